/** Pure parsers: bytes and a source name in, a {@link org.disclosurelake.report.Report} out; no Spark, no I/O. */
package org.disclosurelake.parse;
