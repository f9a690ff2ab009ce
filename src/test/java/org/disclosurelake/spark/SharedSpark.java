package org.disclosurelake.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The one small Delta-enabled Spark session of a test JVM, loopback only; every IT shares it. */
public final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      Path warehouse;
      try {
        warehouse = Files.createTempDirectory("disclosure-lake-warehouse");
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the test warehouse folder", e);
      }
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("disclosure-lake-it")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.databricks.delta.snapshotPartitions", "2")
              .config("spark.sql.extensions", Sessions.DELTA_EXTENSION)
              .config("spark.sql.catalog.spark_catalog", Sessions.DELTA_CATALOG)
              .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }
}
