package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.parse.ReportParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the five seed reports plus two junk files, with real Spark and real Delta. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LakeJobIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");
  private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static Path input;
  private static LakeJob job;
  private static RunSummary first;
  private static List<Path> seeds;

  private static String shufflePartitionsBefore;

  @BeforeAll
  static void runTheJobOnce() throws IOException {
    spark = SharedSpark.session();
    input = Files.createDirectories(tmp.resolve("input"));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path seed : seeds) {
      Files.copy(seed, input.resolve(seed.getFileName()));
    }
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("scan.png"), PNG);
    job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("lake").toString()));
    shufflePartitionsBefore = spark.conf().get(ShufflePartitions.KEY);
    first = job.run();
  }

  @Test
  @Order(0)
  void theRunLeavesTheSessionsShufflePartitionsAsItFoundThem() {
    // the derived tables are computed with partitions sized to the data (ShufflePartitions); the user's session
    // (a notebook's, SharedSpark's "2") gets its own setting back
    assertEquals(shufflePartitionsBefore, spark.conf().get(ShufflePartitions.KEY));
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(job.lake().path(name));
  }

  private static Set<String> seedIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path seed : seeds) {
      ids.add(ReportParser.sha256(Files.readAllBytes(seed)));
    }
    return ids;
  }

  @Test
  @Order(1)
  void tablesExistWithTheDeclaredColumnsPartitionedByYear() {
    assertEquals(
        List.of(
            LakeSchema.AGENCIES, LakeSchema.AGENCY_YEAR_METRICS, LakeSchema.CROSS_YEAR_FINDINGS, LakeSchema.FACTS,
            LakeSchema.INPUTS, LakeSchema.LEVEL_YEAR_METRICS, LakeSchema.METRIC_DICTIONARY,
            LakeSchema.REGION_YEAR_METRICS, LakeSchema.REJECTS, LakeSchema.REPORT_LINKS, LakeSchema.REPORTS),
        job.lake().tables());
    assertEquals(
        List.of("report_id", "source_paths", "agency", "year", "template", "form", "title", "publication_date",
            "charset", "t2", "t3", "t4", "proactive_total", "findings", "fact_count", "parser_version", "ingest_time",
            "value_count"),
        List.of(table(LakeSchema.REPORTS).columns()));
    assertEquals(
        List.of("report_id", "agency", "year", "template", "key", "value", "semantics", "row_label", "column_label",
            "raw", "approximate", "ocr", "confidence"),
        List.of(table(LakeSchema.FACTS).columns()));
    assertEquals(
        List.of("path", "report_id", "reason", "size", "detected_type", "ingest_time"),
        List.of(table(LakeSchema.REJECTS).columns()));
    assertEquals(
        List.of("agency_key", "agency", "year", "report_id", "report_count", "applications",
            "applications_prev_year", "applications_yoy_change", "workload", "grant_rate", "review_per_100",
            "litigation_per_100", "review_correction_rate", "proactive_total"),
        // the original columns come first; the metric families follow (see metrics/dictionary.tsv)
        List.of(table(LakeSchema.AGENCY_YEAR_METRICS).columns()).subList(0, 14));
    assertEquals(LakeSchema.REPORTS_TABLE, table(LakeSchema.REPORTS).schema());
    assertEquals(LakeSchema.FACTS_TABLE, table(LakeSchema.FACTS).schema());
    for (String name : List.of(LakeSchema.REPORTS, LakeSchema.FACTS, LakeSchema.AGENCY_YEAR_METRICS)) {
      Row detail = DeltaTable.forPath(spark, job.lake().path(name)).detail().select("partitionColumns").first();
      assertEquals(List.of("year"), detail.getList(0), name);
    }
  }

  @Test
  @Order(2)
  void oneReportPerDistinctFileAndTheSummaryCountsFromTheData() throws IOException {
    assertEquals(new RunSummary(7, 5, 2, table(LakeSchema.FACTS).count(), first.findingsByCode(),
        first.rejectsByReason()), first);
    assertEquals(2, first.rejectsByReason().values().stream().mapToLong(Long::longValue).sum(), first.toString());
    List<String> ids = new ArrayList<>();
    table(LakeSchema.REPORTS).select("report_id").collectAsList().forEach(r -> ids.add(r.getString(0)));
    assertEquals(seedIds(), new TreeSet<>(ids));
    assertEquals(5, ids.size());
    // a null year is a partition value like any other; the rows read back whatever the parser found
    ReportParser parser = new ReportParser();
    long nullYears = 0;
    for (Path seed : seeds) {
      if (parser.parse(Files.readAllBytes(seed), seed.toString()).report().year() == null) {
        nullYears++;
      }
    }
    assertEquals(nullYears, table(LakeSchema.REPORTS).filter(col("year").isNull()).count());
  }

  @Test
  @Order(3)
  void junkFilesAreRejectedWithTheirTypeAndHash() {
    List<Row> rejects =
        table(LakeSchema.REJECTS).orderBy("size").select("path", "report_id", "size", "detected_type").collectAsList();
    assertEquals(2, rejects.size());
    assertTrue(rejects.get(0).getString(0).endsWith("/empty.txt"), rejects.get(0).getString(0));
    assertEquals(ReportParser.sha256(new byte[0]), rejects.get(0).getString(1));
    assertEquals(0L, rejects.get(0).getLong(2));
    assertEquals("empty", rejects.get(0).getString(3));
    assertTrue(rejects.get(1).getString(0).endsWith("/scan.png"));
    assertEquals(ReportParser.sha256(PNG), rejects.get(1).getString(1));
    assertEquals("png", rejects.get(1).getString(3));
  }

  @Test
  @Order(4)
  void rerunDuplicatesNothingAndMergesThePathsOfIdenticalBytes() throws IOException {
    long facts = table(LakeSchema.FACTS).count();
    Path copy = Files.createDirectories(input.resolve("mirror")).resolve("copy.txt");
    Files.copy(seeds.get(1), copy, StandardCopyOption.REPLACE_EXISTING);

    RunSummary second = job.run();

    assertEquals(8, second.filesSeen());
    // incremental: only the new copy is read; its bytes are a known report, so its path joins that report
    assertEquals(1, second.filesNew());
    assertEquals(7, second.filesUnchanged());
    assertEquals(1, second.reportsWritten());
    assertEquals(5, table(LakeSchema.REPORTS).count());
    assertEquals(facts, table(LakeSchema.FACTS).count());
    assertEquals(2, table(LakeSchema.REJECTS).count());
    String id = ReportParser.sha256(Files.readAllBytes(seeds.get(1)));
    List<String> paths =
        table(LakeSchema.REPORTS).filter(col("report_id").equalTo(id)).first().getList(1);
    assertEquals(2, paths.size(), paths.toString());
    assertTrue(paths.get(0).endsWith("/input/" + seeds.get(1).getFileName()), paths.toString());
    assertTrue(paths.get(1).endsWith("/input/mirror/copy.txt"), paths.toString());
    for (Row r : table(LakeSchema.REPORTS).filter(col("report_id").notEqual(id)).collectAsList()) {
      assertEquals(1, r.getList(1).size());
    }
  }

  /** The figures issue #2 states for the seeds, end to end through the job. */
  @Test
  @Order(5)
  void seedFactsMatchTheIssue() {
    assertFact("深州市人民政府办公室", 2021, "t3.new.total", "14");
    assertFact("深州市人民政府办公室", 2021, "t4.review.total", "2");
    assertFact("深州市人民政府办公室", 2021, "t4.suit_direct.total", "1");
    assertFact("深州市人民政府办公室", 2021, "t4.suit_after_review.total", "2");
    assertFact("常德经济技术开发区", 2020, "t4.suit_after_review.total", "1");
    assertFact("常德经济技术开发区", 2020, "proactive.total", "2474");
    assertFact("咸阳市", 2017, "t3.new.total", "201");
    assertEquals("2019", template("常德经济技术开发区", 2020));
    assertEquals("pre2019", template("咸阳市", 2017));
    assertEquals("2021", template("深州市人民政府办公室", 2021));
    Row shenzhou =
        table(LakeSchema.REPORTS)
            .filter(col("agency").equalTo("深州市人民政府办公室").and(col("year").equalTo(2021)))
            .select("t3.new.total", "t4.review.total")
            .first();
    assertEquals(0, new BigDecimal("14").compareTo(shenzhou.getDecimal(0)));
    assertEquals(0, new BigDecimal("2").compareTo(shenzhou.getDecimal(1)));
    Row metrics =
        table(LakeSchema.AGENCY_YEAR_METRICS)
            // the metric tables are keyed by the resolved agency_id; `agency` there is the canonical name
            .filter(col("agency_id")
                .equalTo(org.disclosurelake.agency.AgencyResolver.bundled().resolve("深州市人民政府办公室").agencyId())
                .and(col("year").equalTo(2021)))
            .select("applications", "review_per_100", "litigation_per_100")
            .first();
    assertEquals(14L, metrics.getLong(0));
    assertEquals(100.0 * 2 / 14, metrics.getDouble(1), 1e-9);
    assertEquals(100.0 * 3 / 14, metrics.getDouble(2), 1e-9);
  }

  @Test
  @Order(6)
  void aLakeWrittenBeforeValueCountGetsItCountedFromTheTypedCells() {
    // what this build counted in Java as it mapped each parse result (ReportRows)
    TreeMap<String, Integer> counted = new TreeMap<>();
    for (Row r : table(LakeSchema.REPORTS).select("report_id", LakeSchema.VALUE_COUNT).collectAsList()) {
      counted.put(r.getString(0), r.getInt(1));
    }
    assertTrue(counted.values().stream().allMatch(n -> n > 0), counted.toString());
    // the lake as an earlier build left it: the same rows without the column
    table(LakeSchema.REPORTS).drop(LakeSchema.VALUE_COUNT).write().format("delta").mode("overwrite")
        .option("overwriteSchema", "true").partitionBy(LakeSchema.PARTITION).save(job.lake().path(LakeSchema.REPORTS));
    assertFalse(List.of(table(LakeSchema.REPORTS).columns()).contains(LakeSchema.VALUE_COUNT));

    job.run(); // no file changed: the run only brings the table up to date (SQL count of the typed cells)

    assertEquals(LakeSchema.REPORTS_TABLE, table(LakeSchema.REPORTS).schema());
    TreeMap<String, Integer> upgraded = new TreeMap<>();
    for (Row r : table(LakeSchema.REPORTS).select("report_id", LakeSchema.VALUE_COUNT).collectAsList()) {
      upgraded.put(r.getString(0), r.getInt(1));
    }
    assertEquals(counted, upgraded);
  }

  private static void assertFact(String agency, int year, String key, String expected) {
    List<Row> rows =
        table(LakeSchema.FACTS)
            .filter(col("agency").equalTo(agency).and(col("year").equalTo(year)).and(col("key").equalTo(key)))
            .select("value")
            .collectAsList();
    assertEquals(1, rows.size(), agency + " " + year + " " + key);
    assertEquals(0, new BigDecimal(expected).compareTo(rows.get(0).getDecimal(0)), agency + " " + key);
  }

  private static String template(String agency, int year) {
    return table(LakeSchema.REPORTS)
        .filter(col("agency").equalTo(agency).and(col("year").equalTo(year)))
        .select("template")
        .first()
        .getString(0);
  }
}
