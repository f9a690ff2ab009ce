package org.disclosurelake.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the job's Spark session: Delta enabled, the master left to spark-submit (or the notebook). */
public final class Sessions {

  /** Delta's SQL extension; also set on the spark-submit command line on clusters. */
  public static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";

  /** Delta's catalog for {@code spark_catalog}. */
  public static final String DELTA_CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";

  private Sessions() {}

  /** The session of this JVM, created with Delta enabled if none exists yet. */
  public static SparkSession getOrCreate(String appName) {
    return SparkSession.builder()
        .appName(appName)
        .config("spark.sql.extensions", DELTA_EXTENSION)
        .config("spark.sql.catalog.spark_catalog", DELTA_CATALOG)
        // columns added by a newer version (facts.ocr, facts.confidence) join a lake written by an older one on its
        // next MERGE instead of failing it; the lake's tables only ever gain columns
        .config("spark.databricks.delta.schema.autoMerge.enabled", "true")
        .getOrCreate();
  }
}
