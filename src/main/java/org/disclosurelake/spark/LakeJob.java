package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job, one method per step: list the input, keep the files the {@code inputs} log does not know in this form,
 * parse each once, merge reports, facts and rejects into the lake, recompute the derived tables, and log the files
 * last — so a run killed at any point is repaired by the next one.
 */
public final class LakeJob {

  private final SparkSession spark;
  private final JobConfig config;
  private final Lake lake;
  private Stages stages = new Stages();

  public LakeJob(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.lake = new Lake(spark, config.lake());
  }

  /** Runs an incremental ingest then the derived tables; returns the counts of this run. */
  public RunSummary run() {
    stages = new Stages();
    stages.time("check lake", lake::expectUsable);
    Timestamp ingestTime = Timestamp.from(Instant.now());
    boolean reparse = config.mode() == JobConfig.Mode.REPARSE;
    InputFiles inputs = new InputFiles(spark, config.input());
    Dataset<Row> listing = stages.time("list", inputs::listing).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long listed = stages.time("list", listing::count);
      long listedNonEmpty = stages.time("list", () -> listing.filter(col("size").gt(0)).count());
      List<Row> candidates = stages.time("compare with log", () -> InputFiles.candidates(listing, log(), reparse));
      long newFiles = candidates.stream().filter(r -> r.isNullAt(3)).count();
      long changed = candidates.size() - newFiles;
      if (candidates.isEmpty()) {
        if (!lake.exists(LakeSchema.AGENCY_YEAR_METRICS) && lake.exists(LakeSchema.REPORTS)) {
          stages.time("metrics", () -> computeMetrics(new DeltaWriter(spark, lake)));
        }
        return new RunSummary(listed, 0, 0, listed, 0, 0, 0, 0, Map.of());
      }
      return ingest(inputs, candidates, listedNonEmpty, reparse, ingestTime)
          .withFiles(listed, newFiles, changed, listed - candidates.size());
    } finally {
      listing.unpersist();
    }
  }

  private RunSummary ingest(
      InputFiles inputs, List<Row> candidates, long listedNonEmpty, boolean reparse, Timestamp ingestTime) {
    Dataset<Row> parsed =
        inputs.parsed(candidates, listedNonEmpty, reparse).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> chosen = IngestRows.distinctReports(parsed).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long sameBytes = stages.time("parse", () -> parsed.filter(col("parsed").isNull()).count());
      DeltaWriter writer = new DeltaWriter(spark, lake);
      Dataset<Row> facts = IngestRows.explodeFacts(chosen);
      Dataset<Row> rejects = IngestRows.rejectUpdates(parsed, ingestTime);
      stages.time("write reports", () -> {
        writer.mergeReports(IngestRows.reportRows(chosen, ingestTime));
        writer.detachPaths(IngestRows.movedPaths(parsed));
      });
      stages.time("write facts", () -> writer.replaceFacts(chosen, facts));
      stages.time("write rejects", () -> writer.mergeRejects(rejects));
      stages.time("metrics", () -> computeMetrics(writer));
      stages.time("write inputs log", () -> writer.mergeInputs(IngestRows.inputRows(parsed, ingestTime)));
      return new RunSummary(
          0, 0, 0, 0, sameBytes, chosen.count(), rejects.filter(col("reason").isNotNull()).count(), facts.count(),
          findingsByCode(chosen));
    } finally {
      chosen.unpersist();
      parsed.unpersist();
    }
  }

  /** Recomputes the derived tables ({@code report_links}, {@code agencies}, {@code agency_year_metrics}, …). */
  public void computeMetrics() {
    computeMetrics(new DeltaWriter(spark, lake));
  }

  private void computeMetrics(DeltaWriter writer) {
    writer.overwrite(LakeSchema.REPORT_LINKS, () -> {
      lake.registerViews();
      return spark.sql(MetricsRunner.sql(LakeSchema.REPORT_LINKS));
    });
    // agencies, agency_year_metrics, cross_year_findings, the roll-ups and the dictionary (see MetricTables)
    MetricTables.write(spark, lake);
  }

  /** The lake this job writes. */
  public Lake lake() {
    return lake;
  }

  /** Wall time per step of the last {@link #run()}. */
  public Stages stages() {
    return stages;
  }

  private Dataset<Row> log() {
    if (lake.exists(LakeSchema.INPUTS)) {
      return spark.read().format("delta").load(lake.path(LakeSchema.INPUTS));
    }
    return spark.createDataFrame(List.of(), LakeSchema.INPUTS_TABLE);
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
