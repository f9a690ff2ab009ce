package org.disclosurelake.spark;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Compaction (OPTIMIZE) and clean-up of unreferenced files (VACUUM) for every table of a lake. */
public final class Maintenance {

  /** Delta's own safe minimum: files a concurrent reader or a running writer may still need. */
  public static final int SAFE_RETENTION_HOURS = 168;

  private static final String LISTING_PARALLELISM = "spark.sql.sources.parallelPartitionDiscovery.parallelism";

  /** What was done to one table. */
  public record TableResult(String table, long filesRemoved, long filesAdded, long filesVacuumed) {}

  private final SparkSession spark;
  private final Lake lake;

  public Maintenance(SparkSession spark, Lake lake) {
    this.spark = spark;
    this.lake = lake;
  }

  /**
   * Optimizes then vacuums every table. A retention below {@link #SAFE_RETENTION_HOURS} is refused unless forced:
   * it can delete files that a running job or a time-travel query still reads.
   */
  public List<TableResult> run(int retentionHours, boolean force) {
    if (retentionHours < SAFE_RETENTION_HOURS && !force) {
      throw new IllegalArgumentException(
          "Cannot vacuum with a retention of " + retentionHours + " h: below the safe " + SAFE_RETENTION_HOURS
              + " h; add --force if no job or reader uses the lake");
    }
    lake.expectUsable();
    // Delta refuses short retentions by itself; --force lifts that check for this session only
    spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", String.valueOf(!force));
    // VACUUM lists and deletes files in as many tasks as this setting (default 10,000): per table and per pass, which
    // on a small lake and a few cores is tens of thousands of empty tasks. Scale it to the cores, unless it is set.
    if (!spark.conf().contains(LISTING_PARALLELISM)) {
      spark.conf().set(LISTING_PARALLELISM, Math.max(8, 4 * spark.sparkContext().defaultParallelism()));
    }
    List<TableResult> out = new ArrayList<>();
    for (String table : lake.tables()) {
      String path = lake.path(table);
      Row metrics =
          DeltaRetry.get("optimize " + table, () -> DeltaTable.forPath(spark, path).optimize().executeCompaction())
              .select("metrics.numFilesRemoved", "metrics.numFilesAdded")
              .first();
      String vacuum = "VACUUM delta.`" + path.replace("`", "``") + "` RETAIN " + retentionHours + " HOURS";
      long doomed = spark.sql(vacuum + " DRY RUN").count();
      spark.sql(vacuum).collect();
      out.add(new TableResult(table, metrics.getLong(0), metrics.getLong(1), doomed));
    }
    return out;
  }
}
