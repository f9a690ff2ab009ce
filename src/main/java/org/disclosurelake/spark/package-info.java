/** The Spark job: reads raw files, parses them through a UDF, writes the Delta lake tables and the metrics. */
package org.disclosurelake.spark;
