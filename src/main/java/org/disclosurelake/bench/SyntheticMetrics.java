package org.disclosurelake.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.disclosurelake.spark.Lake;
import org.disclosurelake.spark.LakeSchema;
import org.disclosurelake.spark.MetricsRunner;
import org.disclosurelake.spark.DeltaWriter;

/**
 * The metric SQL over N synthetic {@code reports} rows (and their metric facts), made directly as rows, not
 * documents: N / 10 agencies × 10 years, 13 values per report, in the typed columns {@code report_values.sql} reads
 * and as facts.
 */
final class SyntheticMetrics {

  private static final String[] KEYS = {
    "t3.new.total", "t3.carried.total", "t3.granted.total", "t3.partial.total", "t3.processed.total",
    "t4.review.upheld", "t4.review.corrected", "t4.review.other", "t4.review.total", "t4.suit_direct.total",
    "t4.suit_after_review.total", "t4.suit.total", "proactive.total"
  };

  private SyntheticMetrics() {}

  static Map<String, String> time(SparkSession spark, Path dir, long rows) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    IngestBenchmark.deleteTree(dir);
    Lake lake = new Lake(spark, dir.toString());
    long t0 = System.nanoTime();
    Dataset<Row> ids = spark.range(rows).select(
        col("id"),
        expr("sha2(cast(id AS STRING), 256)").as("report_id"),
        expr("concat('机关', cast(id DIV 10 AS STRING))").as("agency"),
        expr("cast(2014 + id % 10 AS INT)").as("year"));
    // the same values in the typed columns the metrics read as in the facts
    Dataset<Row> typed = ids
        .withColumn("t3", expr(grid(LakeSchema.T3, "t3")))
        .withColumn("t4", expr(grid(LakeSchema.T4, "t4")))
        .withColumn("proactive_total", expr(value("proactive.total")));
    conform(typed, LakeSchema.REPORTS_TABLE)
        .withColumn(LakeSchema.VALUE_COUNT, expr(LakeSchema.valueCount("")))
        .write().format("delta").partitionBy(LakeSchema.PARTITION).save(lake.path(LakeSchema.REPORTS));
    String keys = "array('" + String.join("','", KEYS) + "')";
    Dataset<Row> facts = ids.select(col("report_id"), col("agency"), col("year"), explode(expr(keys)).as("key"))
        .withColumn("value", expr(value("key")));
    conform(facts, LakeSchema.FACTS_TABLE)
        .write().format("delta").partitionBy(LakeSchema.PARTITION).save(lake.path(LakeSchema.FACTS));
    out.put("metrics: synthetic rows", rows + " reports, " + rows * KEYS.length + " facts (written in "
        + IngestBenchmark.fmt(IngestBenchmark.seconds(t0)) + " s)");
    long t1 = System.nanoTime();
    lake.registerViews();
    long metricRows = MetricsRunner.run(spark).count();
    out.put("metrics: SQL over the lake s", IngestBenchmark.fmt(IngestBenchmark.seconds(t1)) + " (" + metricRows
        + " agency_year_metrics rows, computed and counted)");
    // where the time goes: each step materialised on its own (agencies are resolved on the driver, the chosen report
    // per agency-year is cached, every later view reads that cache)
    MetricsRunner.release(spark);
    long t3 = System.nanoTime();
    MetricsRunner.runAll(spark);
    List<String> steps = new ArrayList<>();
    steps.add("agencies " + IngestBenchmark.fmt(IngestBenchmark.seconds(t3)));
    for (String view : List.of(MetricsRunner.CACHED, LakeSchema.AGENCY_YEAR_METRICS)) {
      long t = System.nanoTime();
      spark.table(view).count();
      steps.add(view + " " + IngestBenchmark.fmt(IngestBenchmark.seconds(t)));
    }
    out.put("metrics: steps s", String.join(", ", steps));
    MetricsRunner.release(spark);
    long t2 = System.nanoTime();
    new DeltaWriter(spark, lake).overwrite(LakeSchema.AGENCY_YEAR_METRICS, () -> MetricsRunner.run(spark));
    out.put("metrics: SQL + Delta overwrite s", IngestBenchmark.fmt(IngestBenchmark.seconds(t2)));
    return out;
  }

  /** The synthetic value of a key (a column name or a quoted key) of a report. */
  private static String value(String key) {
    String k = key.equals("key") ? key : "'" + key + "'";
    return "cast(abs(hash(report_id, " + k + ")) % 1000 AS DECIMAL(24,6))";
  }

  /** A t3/t4 struct holding the synthetic value of each of {@link #KEYS} under {@code prefix}, NULL elsewhere. */
  private static String grid(org.apache.spark.sql.types.StructType type, String prefix) {
    List<String> rows = new ArrayList<>();
    for (StructField row : type.fields()) {
      List<String> cells = new ArrayList<>();
      for (String column : ((org.apache.spark.sql.types.StructType) row.dataType()).fieldNames()) {
        String key = prefix + "." + row.name() + "." + column;
        cells.add("'" + column + "', " + (List.of(KEYS).contains(key) ? value(key) : "CAST(NULL AS DECIMAL(24,6))"));
      }
      rows.add("'" + row.name() + "', named_struct(" + String.join(", ", cells) + ")");
    }
    return "named_struct(" + String.join(", ", rows) + ")";
  }

  /** Every column of the table: the generated ones, the rest NULL of the declared type. */
  private static Dataset<Row> conform(Dataset<Row> source, org.apache.spark.sql.types.StructType schema) {
    Column[] columns = new Column[schema.size()];
    int i = 0;
    for (StructField f : schema.fields()) {
      columns[i++] = (java.util.Arrays.asList(source.columns()).contains(f.name())
          ? col(f.name()) : lit(null)).cast(f.dataType()).as(f.name());
    }
    return source.select(columns);
  }
}
