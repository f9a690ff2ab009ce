package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.disclosurelake.parse.ReportParser;

/** The DataFrame steps from parsed files to the rows of each table; no I/O here. */
final class IngestRows {

  private IngestRows() {}

  /**
   * report_id, source_paths, p: one row per distinct content. Identical bytes under several paths are one report;
   * the parse of the smallest path is kept (the parser may use the file name as a hint).
   */
  static Dataset<Row> distinctReports(Dataset<Row> parsed) {
    return parsed
        .filter(col("parsed").isNotNull().and(col("parsed.rejected").isNull()))
        .groupBy(col("parsed.report_id").as("report_id"))
        .agg(array_sort(collect_set(col("path"))).as("source_paths"), min_by(col("parsed"), col("path")).as("p"));
  }

  static Dataset<Row> reportRows(Dataset<Row> chosen, Timestamp ingestTime) {
    return chosen.select(
        col("report_id"), col("source_paths"), col("p.agency"), col("p.year"), col("p.template"), col("p.form"),
        col("p.title"), col("p.publication_date"), col("p.charset"), col("p.t2"), col("p.t3"), col("p.t4"),
        col("p.proactive_total"), col("p.findings"), col("p.fact_count"), col("p.parser_version"),
        lit(ingestTime).as("ingest_time"), col("p." + LakeSchema.VALUE_COUNT));
  }

  static Dataset<Row> explodeFacts(Dataset<Row> chosen) {
    return chosen
        .select(
            col("report_id"),
            col("p.agency").as("agency"),
            col("p.year").as("year"),
            col("p.template").as("template"),
            explode(col("p.facts")).as("f"))
        .select(col("report_id"), col("agency"), col("year"), col("template"), col("f.*"));
  }

  /** One row per file read and parsed: its reject columns, {@code reason} null when it became a report. */
  static Dataset<Row> rejectUpdates(Dataset<Row> parsed, Timestamp ingestTime) {
    return parsed
        .filter(col("parsed").isNotNull())
        .select(
            col("path"),
            col("parsed.report_id").as("report_id"),
            col("parsed.rejected").as("reason"),
            col("parsed.size").as("size"),
            col("parsed.detected_type").as("detected_type"),
            lit(ingestTime).as("ingest_time"))
        .dropDuplicates("path");
  }

  /** report_id, paths: the reports that held a path before its content changed (or stopped parsing). */
  static Dataset<Row> movedPaths(Dataset<Row> parsed) {
    return parsed
        .filter(col("parsed").isNotNull().and(col("known_id").isNotNull()).and(col("known_rejected").isNull()))
        .filter(col("parsed.rejected").isNotNull().or(col("parsed.report_id").notEqual(col("known_id"))))
        .groupBy(col("known_id").as("report_id"))
        .agg(collect_set(col("path")).as("paths"));
  }

  /**
   * The parse without the files that a report of this run read as its companions (the pictures beside an HTML
   * report): their {@code parsed} is null, so they become neither a report nor a reject of their own — their tables
   * are in the page's report — and the log records them as files whose outcome did not change.
   */
  static Dataset<Row> withoutCompanions(Dataset<Row> parsed) {
    Dataset<Row> companions =
        parsed.select(explode(col("parsed.companions")).as("companion")).distinct();
    return parsed.join(broadcast(companions), col("path").equalTo(col("companion")), "left")
        .withColumn("parsed",
            when(col("companion").isNotNull(), lit(null).cast(LakeSchema.PARSED)).otherwise(col("parsed")))
        .drop("companion");
  }

  /** The {@code inputs} log rows of every file read; a file with unchanged bytes keeps its logged outcome. */
  static Dataset<Row> inputRows(Dataset<Row> parsed, Timestamp ingestTime) {
    Column fresh = col("parsed").isNotNull();
    return parsed
        .select(
            col("path"),
            col("size"),
            col("modification_time"),
            coalesce(col("parsed.report_id"), col("known_id")).as("report_id"),
            when(fresh, col("parsed.rejected")).otherwise(col("known_rejected")).as("rejected"),
            lit(ReportParser.VERSION).as("parser_version"),
            lit(ingestTime).as("ingest_time"),
            when(fresh, col("parsed.companions")).otherwise(col("known_companions")).as("companions"))
        .dropDuplicates("path");
  }
}
