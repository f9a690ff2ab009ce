/** Immutable records shared by parsers, the Spark job and users: reports, facts, findings. */
package org.disclosurelake.report;
