package org.disclosurelake.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Sizes {@code spark.sql.shuffle.partitions} to the rows a step shuffles, for the length of the step.
 *
 * <p>The derived tables are a chain of joins and windows over one row per report and agency-year, most of them
 * against persisted views. A persisted view keeps the partitioning of the shuffle it came out of, and a join with a
 * side that is not a shuffle cannot be coalesced by adaptive execution, so every family's year − 1 join and the
 * joins of the families ran {@code spark.sql.shuffle.partitions} tasks whatever the data: the fresh run on the 29
 * sample reports ran about 1,500 tasks for its derived tables, 32 at a time for a handful of rows. Sized to the data,
 * a small lake shuffles into one partition, and a big one keeps the configured count, which stays the ceiling.
 */
final class ShufflePartitions implements AutoCloseable {

  static final String KEY = "spark.sql.shuffle.partitions";

  /** Rows of the shuffled views per partition: one report (or agency-year) row is some 60 narrow values. */
  static final long ROWS_PER_PARTITION = 20_000;

  private final SparkSession spark;
  private final String before; // null when the session did not set it

  private ShufflePartitions(SparkSession spark, int partitions) {
    this.spark = spark;
    this.before = spark.conf().contains(KEY) ? spark.conf().get(KEY) : null;
    spark.conf().set(KEY, partitions);
  }

  /** Sets the session's shuffle partitions for {@code rows} rows until {@link #close()} restores the setting. */
  static ShufflePartitions scaledTo(SparkSession spark, long rows) {
    int configured = Integer.parseInt(spark.conf().get(KEY));
    return new ShufflePartitions(spark, forRows(configured, rows));
  }

  /** One partition per {@link #ROWS_PER_PARTITION} rows, at least one, at most the configured count. */
  static int forRows(int configured, long rows) {
    long bySize = (Math.max(0, rows) + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION;
    return (int) Math.max(1, Math.min(configured, bySize));
  }

  @Override
  public void close() {
    if (before == null) {
      spark.conf().unset(KEY);
    } else {
      spark.conf().set(KEY, before);
    }
  }
}
