package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
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

  private static final Logger LOG = LogManager.getLogger(LakeJob.class);

  /** How often the derived tables are recomputed while other writers keep changing their inputs. */
  private static final int METRIC_ATTEMPTS = 5;

  /** Rows per in-memory columnar batch when a DataFrame is persisted. */
  private static final String CACHE_BATCH_ROWS = "spark.sql.inMemoryColumnarStorage.batchSize";

  /** Parsed documents per partition at most once the parse is persisted; see {@link #parsedPartitions}. */
  private static final long DOCUMENTS_PER_PARTITION = 1_000;

  /** Reports per written partition; see {@link #writePartitions}. */
  private static final long REPORTS_PER_WRITE = 500;

  private final SparkSession spark;
  private final JobConfig config;
  private final Lake lake;
  private Stages stages = new Stages();
  private boolean fullMetrics;

  public LakeJob(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.lake = new Lake(spark, config.lake());
  }

  /** Runs an incremental ingest then the derived tables; returns the counts of this run. */
  public RunSummary run() {
    stages = new Stages();
    stages.time("check lake", () -> {
      lake.expectUsable();
      new DeltaWriter(spark, lake).addValueCount();
    });
    Timestamp ingestTime = Timestamp.from(Instant.now());
    boolean reparse = config.mode() == JobConfig.Mode.REPARSE;
    InputFiles inputs = new InputFiles(spark, config);
    Dataset<Row> listing = stages.time("list", inputs::listing).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long listed = stages.time("list", listing::count);
      long listedReadable = stages.time("list", () -> listing.filter(inputs.readable()).count());
      // read before the log is: a path of this run that is not in the log was in none of its versions up to this one
      long logVersion = lake.version(LakeSchema.INPUTS);
      List<Row> candidates = stages.time("compare with log", () -> InputFiles.candidates(listing, log(), reparse));
      long newFiles = candidates.stream().filter(InputFiles::isNew).count();
      long changed = candidates.size() - newFiles;
      if (candidates.isEmpty()) {
        if (!lake.exists(LakeSchema.AGENCY_YEAR_METRICS) && lake.exists(LakeSchema.REPORTS)) {
          stages.time("metrics", () -> computeMetrics(null));
        }
        return new RunSummary(listed, 0, 0, listed, 0, 0, 0, 0, Map.of(), Map.of());
      }
      OptionalLong newSince = changed == 0 ? OptionalLong.of(logVersion) : OptionalLong.empty();
      return ingest(inputs, candidates, listedReadable, reparse, ingestTime, newSince)
          .withFiles(listed, newFiles, changed, listed - candidates.size());
    } finally {
      listing.unpersist();
    }
  }

  /** {@code newSince}: the log version at which no candidate was in the log, when none was (only new files). */
  private RunSummary ingest(InputFiles inputs, List<Row> candidates, long listedReadable, boolean reparse,
      Timestamp ingestTime, OptionalLong newSince) {
    if (!spark.conf().contains(CACHE_BATCH_ROWS)) {
      // a parsed report is a wide nested row (every fact, three tables): Spark's default cache batch of 10,000
      // rows grows one buffer past a gigabyte and ran a 100k-document run out of a 3 GB heap
      spark.conf().set(CACHE_BATCH_ROWS, 500);
    }
    Dataset<Row> read = inputs.parsed(candidates, listedReadable, reparse)
        .coalesce(parsedPartitions(spark.sparkContext().defaultParallelism(), candidates.size()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // pictures that an HTML report of this run was read with are part of that report, not documents of their own
    Dataset<Row> parsed = IngestRows.withoutCompanions(read);
    Dataset<Row> chosen = IngestRows.distinctReports(parsed)
        .coalesce(writePartitions(candidates.size()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long sameBytes = stages.time("parse", () -> read.filter(col("parsed").isNull()).count());
      DeltaWriter writer = new DeltaWriter(spark, lake);
      Dataset<Row> facts = IngestRows.explodeFacts(chosen);
      Dataset<Row> rejects = IngestRows.rejectUpdates(parsed, ingestTime);
      // the raw agency names whose reports this run inserts, refreshes or deletes: what the derived tables follow
      Set<String> changed = new HashSet<>();
      chosen.select("p.agency").where(col("agency").isNotNull()).distinct().collectAsList()
          .forEach(r -> changed.add(r.getString(0)));
      OptionalLong noFactsSince = stages.time("write reports", () -> {
        OptionalLong none = writer.mergeReports(IngestRows.reportRows(chosen, ingestTime));
        changed.addAll(writer.detachPaths(IngestRows.movedPaths(parsed)));
        return none;
      });
      stages.time("write facts", () -> writer.replaceFacts(chosen, facts, noFactsSince));
      stages.time("write rejects", () -> writer.mergeRejects(rejects));
      stages.time("metrics", () -> computeMetrics(changed));
      stages.time("write inputs log", () -> writer.mergeInputs(IngestRows.inputRows(parsed, ingestTime), newSince));
      Map<String, Long> rejected = rejectsByReason(rejects);
      long rejectedFiles = rejected.values().stream().mapToLong(Long::longValue).sum();
      return new RunSummary(
          0, 0, 0, 0, sameBytes, chosen.count(), rejectedFiles, facts.count(), findingsByCode(chosen), rejected);
    } finally {
      chosen.unpersist();
      read.unpersist();
    }
  }

  /**
   * How many partitions hold the persisted parse. binaryFile packs ~32 files into a partition (each file costs
   * {@code spark.sql.files.openCostInBytes}, 4 MB, against a 128 MB split), so 100k files made 3,125 partitions, and
   * every write step that passed over the parse ran 3,125 tasks: 158 s for a rejects merge with nothing to reject.
   * At least eight per core keeps every core busy through the parse (tasks are not all equally long); at most 1,000
   * documents per partition keeps each cached block small: a parsed report is a wide row (every fact), and 6,250 of
   * them in one block ran a 100k run out of a 3 GB heap when the block was read back from disk.
   */
  static int parsedPartitions(int cores, long documents) {
    long byCores = 8L * Math.max(1, cores);
    long bySize = (documents + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(byCores, bySize));
  }

  /**
   * How many partitions hold the distinct reports that {@code reports} and {@code facts} are written from: one per
   * {@value #REPORTS_PER_WRITE} documents, at least one. The reports come out of a shuffle
   * ({@code spark.sql.shuffle.partitions}, which AQE does not coalesce for a persisted plan), and each of its tasks
   * writes a file into every year partition it holds: 29 sample reports made 32 write tasks and ~30 one-row Parquet
   * files of the wide report schema, 15 s of a 130 s fresh run; one task writes them in one go. A big run keeps its
   * parallelism (5,000 documents: 10 tasks; 100,000: 200 on a cluster, or the shuffle's count if fewer).
   */
  static int writePartitions(long documents) {
    long bySize = (documents + REPORTS_PER_WRITE - 1) / REPORTS_PER_WRITE;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, bySize));
  }

  /**
   * Recomputes the derived tables ({@code report_links}, {@code agencies}, {@code agency_year_metrics}, …) from the
   * lake's {@code reports}, all of them, timed as the stage {@code metrics} of {@link #stages()}.
   */
  public void computeMetrics() {
    stages.time("metrics", () -> computeMetrics(null));
  }

  /** Makes the next {@link #run()} recompute every derived table rather than follow the change of its reports. */
  public void recomputeAllMetrics() {
    fullMetrics = true;
  }

  /** Whether the last {@link #run()} recomputed the derived tables (it does when it wrote anything). */
  public boolean computedMetrics() {
    return stages.millis().containsKey("metrics");
  }

  /**
   * Brings the derived tables up to date with the ingest tables: only the rows that depend on the reports of the
   * {@code changed} agency names (see {@link IncrementalMetrics}), or all of them when {@code changed} is null, a
   * full recompute was asked for, or the lake's derived tables are missing or were computed by other metric code.
   *
   * <p>Repeated until {@code reports} and {@code facts} did not change meanwhile. A full recompute is a blind
   * overwrite that Delta does not check against the tables it read, and a followed change reads the other agencies'
   * stored rows; so when another writer committed {@code reports} or {@code facts} meanwhile, this writer computes
   * again: whichever writer commits last has then read everything committed before it (the other writer's agencies
   * are its own to follow, and a MERGE racing another writer's conflicts and is recomputed).
   */
  private void computeMetrics(Set<String> changed) {
    IncrementalMetrics incremental = new IncrementalMetrics(spark, lake, stages);
    boolean follow = changed != null && !fullMetrics && stages.time("metrics/check", incremental::canFollow);
    // the derived tables shuffle one row per report at most: as many partitions as that needs, not the configured count
    try (ShufflePartitions scaled = ShufflePartitions.scaledTo(spark, reportRows())) {
      computeMetrics(changed, incremental, follow);
    }
  }

  private void computeMetrics(Set<String> changed, IncrementalMetrics incremental, boolean follow) {
    for (int attempt = 1; ; attempt++) {
      long reports = lake.version(LakeSchema.REPORTS);
      long facts = lake.version(LakeSchema.FACTS);
      if (!follow || !DeltaRetry.get("follow the change", () -> incremental.follow(changed))) {
        follow = false;
        recomputeAll(incremental);
      }
      if (reports == lake.version(LakeSchema.REPORTS) && facts == lake.version(LakeSchema.FACTS)) {
        return;
      }
      if (attempt == METRIC_ATTEMPTS) {
        LOG.warn("reports or facts kept changing while the derived tables were computed ({} attempts);"
            + " run `disclosure-lake run` again once the other writers are done", attempt);
        return;
      }
    }
  }

  /** The rows of {@code reports} (Delta answers the count from its log), 0 without the table. */
  private long reportRows() {
    return lake.exists(LakeSchema.REPORTS)
        ? spark.read().format("delta").load(lake.path(LakeSchema.REPORTS)).count()
        : 0;
  }

  private void recomputeAll(IncrementalMetrics incremental) {
    // report_links, agencies, agency_year_metrics, cross_year_findings, the roll-ups and the dictionary
    MetricTables.write(spark, lake, stages, true);
    incremental.markComputed();
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

  private static Map<String, Long> rejectsByReason(Dataset<Row> rejects) {
    Map<String, Long> out = new HashMap<>();
    for (Row r : rejects.filter(col("reason").isNotNull()).groupBy("reason").count().collectAsList()) {
      out.merge(RunSummary.reasonKind(r.getString(0)), r.getLong(1), Long::sum);
    }
    return out;
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
