package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The job, one method per step: read the files, parse each once, merge reports, facts and rejects into the lake,
 * then recompute the metrics over the whole lake.
 */
public final class LakeJob {

  private final SparkSession spark;
  private final JobConfig config;
  private final Lake lake;
  private final StageTimes stageTimes = new StageTimes();

  public LakeJob(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.lake = new Lake(spark, config.lake());
  }

  /** Runs ingest then metrics; returns the counts of this run. */
  public RunSummary run() {
    Timestamp ingestTime = Timestamp.from(Instant.now());
    Dataset<Row> parsed =
        withParsedReport(readFiles()).unionByName(emptyFiles()).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> chosen = distinctReports(parsed).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      DeltaWriter writer = new DeltaWriter(spark, lake);
      Dataset<Row> facts = explodeFacts(chosen);
      Dataset<Row> rejects = rejectedFiles(parsed, ingestTime);
      stageTimes.time("parse", () -> parsed.count()); // materialises the cached parse
      stageTimes.time("reports merge", () -> writer.mergeReports(reportRows(chosen, ingestTime)));
      stageTimes.time("facts", () -> writer.replaceFacts(chosen, facts));
      stageTimes.time("rejects", () -> writer.mergeRejects(rejects));
      stageTimes.time("metrics", () -> computeMetrics(writer));
      return new RunSummary(parsed.count(), chosen.count(), rejects.count(), facts.count(), findingsByCode(chosen));
    } finally {
      chosen.unpersist();
      parsed.unpersist();
    }
  }

  /** Recomputes {@code agency_year_metrics} from the lake's current tables. */
  public void computeMetrics() {
    computeMetrics(new DeltaWriter(spark, lake));
  }

  private void computeMetrics(DeltaWriter writer) {
    lake.registerViews();
    writer.overwrite(LakeSchema.AGENCY_YEAR_METRICS, MetricsRunner.run(spark));
  }

  /** The wall time of each step of the runs of this job so far: parse, reports merge, facts, rejects, metrics. */
  public StageTimes stageTimes() {
    return stageTimes;
  }

  /** The lake this job writes. */
  public Lake lake() {
    return lake;
  }

  private Dataset<Row> readFiles() {
    return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(config.input());
  }

  /** path, parsed for the empty files, which binaryFile skips: parsed on the driver (no bytes to ship). */
  private Dataset<Row> emptyFiles() {
    ParseUdf parser = new ParseUdf();
    List<Row> rows = new ArrayList<>();
    for (String path : EmptyFiles.under(spark, config.input())) {
      rows.add(RowFactory.create(path, parser.call(new byte[0], path)));
    }
    StructType schema =
        new StructType().add("path", DataTypes.StringType).add("parsed", LakeSchema.PARSED);
    return spark.createDataFrame(rows, schema);
  }

  /** path, parsed: the parse UDF applied once per file; the bytes are dropped after parsing. */
  private Dataset<Row> withParsedReport(Dataset<Row> files) {
    spark.udf().register(ParseUdf.NAME, new ParseUdf(), LakeSchema.PARSED);
    return files.select(col("path"), call_udf(ParseUdf.NAME, col("content"), col("path")).as("parsed"));
  }

  /**
   * report_id, source_paths, p: one row per distinct content. Identical bytes under several paths are one report;
   * the parse of the smallest path is kept (the parser may use the file name as a hint).
   */
  private static Dataset<Row> distinctReports(Dataset<Row> parsed) {
    return parsed
        .filter(col("parsed.rejected").isNull())
        .groupBy(col("parsed.report_id").as("report_id"))
        .agg(array_sort(collect_set(col("path"))).as("source_paths"), min_by(col("parsed"), col("path")).as("p"));
  }

  private static Dataset<Row> reportRows(Dataset<Row> chosen, Timestamp ingestTime) {
    return chosen.select(
        col("report_id"),
        col("source_paths"),
        col("p.agency"),
        col("p.year"),
        col("p.template"),
        col("p.form"),
        col("p.title"),
        col("p.publication_date"),
        col("p.charset"),
        col("p.t2"),
        col("p.t3"),
        col("p.t4"),
        col("p.proactive_total"),
        col("p.findings"),
        col("p.fact_count"),
        col("p.parser_version"),
        lit(ingestTime).as("ingest_time"));
  }

  private static Dataset<Row> explodeFacts(Dataset<Row> chosen) {
    return chosen
        .select(
            col("report_id"),
            col("p.agency").as("agency"),
            col("p.year").as("year"),
            col("p.template").as("template"),
            explode(col("p.facts")).as("f"))
        .select(col("report_id"), col("agency"), col("year"), col("template"), col("f.*"));
  }

  private static Dataset<Row> rejectedFiles(Dataset<Row> parsed, Timestamp ingestTime) {
    return parsed
        .filter(col("parsed.rejected").isNotNull())
        .select(
            col("path"),
            col("parsed.report_id").as("report_id"),
            col("parsed.rejected").as("reason"),
            col("parsed.size").as("size"),
            col("parsed.detected_type").as("detected_type"),
            lit(ingestTime).as("ingest_time"))
        .dropDuplicates("path", "report_id");
  }

  private static Map<String, Long> findingsByCode(Dataset<Row> chosen) {
    Map<String, Long> out = new HashMap<>();
    for (Row r :
        chosen.select(explode(col("p.findings.code")).as("code")).groupBy("code").count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }
}
