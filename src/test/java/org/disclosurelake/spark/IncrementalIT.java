package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.generate.CorpusGenerator;
import org.disclosurelake.generate.GeneratedDocument;
import org.disclosurelake.parse.ReportParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Incremental runs on the seeds: what is skipped, what is read again, and that nothing is duplicated or lost. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");
  private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001");

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static Path input;
  private static List<Path> seeds;
  private static LakeJob job;

  @BeforeAll
  static void firstRun() throws IOException {
    spark = SharedSpark.session();
    input = Files.createDirectories(tmp.resolve("input"));
    try (Stream<Path> files = Files.list(SAMPLE)) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path seed : seeds) {
      Files.copy(seed, input.resolve(seed.getFileName()));
    }
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("late.txt"), PNG);
    job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("lake").toString()));
    RunSummary first = job.run();
    assertEquals(7, first.filesNew());
    assertEquals(2, first.filesRejected());
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(job.lake().path(name));
  }

  private static long version(String name) {
    return DeltaTable.forPath(spark, job.lake().path(name)).history(1).first().getLong(0);
  }

  private static void assertNoDuplicates() {
    assertEquals(table(LakeSchema.REPORTS).count(), table(LakeSchema.REPORTS).select("report_id").distinct().count());
    assertEquals(
        table(LakeSchema.REPORTS).select(explode(col("source_paths"))).count(),
        table(LakeSchema.REPORTS).select(explode(col("source_paths"))).distinct().count(),
        "a path belongs to one report at most");
    assertEquals(table(LakeSchema.INPUTS).count(), table(LakeSchema.INPUTS).select("path").distinct().count());
    // every listed file is accounted for: a report's path or a reject
    long accounted = table(LakeSchema.REPORTS).select(explode(col("source_paths"))).count()
        + table(LakeSchema.REJECTS).count();
    assertEquals(table(LakeSchema.INPUTS).count(), accounted);
  }

  @Test
  @Order(1)
  void aRerunOnUnchangedInputReadsAndWritesNothing() {
    long reports = version(LakeSchema.REPORTS);
    long facts = version(LakeSchema.FACTS);
    RunSummary again = job.run();
    assertEquals(7, again.filesUnchanged());
    assertEquals(0, again.filesNew() + again.filesChanged());
    assertEquals(reports, version(LakeSchema.REPORTS));
    assertEquals(facts, version(LakeSchema.FACTS));
    assertNoDuplicates();
  }

  @Test
  @Order(2)
  void aNewModificationTimeWithTheSameBytesIsConfirmedByHashAndNotParsed() throws IOException {
    long facts = table(LakeSchema.FACTS).count();
    Path touched = input.resolve(seeds.get(0).getFileName());
    Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
    RunSummary again = job.run();
    assertEquals(1, again.filesChanged());
    assertEquals(1, again.filesSameBytes());
    assertEquals(0, again.reportsWritten());
    assertEquals(5, table(LakeSchema.REPORTS).count());
    assertEquals(facts, table(LakeSchema.FACTS).count());
    assertNoDuplicates();
    assertEquals(0, job.run().filesChanged(), "the new time is logged");
  }

  @Test
  @Order(3)
  void aPathWhoseContentChangedMovesToTheNewReportAndTheOldOneGoes() throws IOException {
    Path changed = input.resolve(seeds.get(1).getFileName());
    String oldId = ReportParser.sha256(Files.readAllBytes(changed));
    Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8) + "\n（修订）\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
    String newId = ReportParser.sha256(Files.readAllBytes(changed));
    RunSummary again = job.run();
    assertEquals(1, again.filesChanged());
    assertEquals(0, table(LakeSchema.REPORTS).filter(col("report_id").equalTo(oldId)).count());
    assertEquals(0, table(LakeSchema.FACTS).filter(col("report_id").equalTo(oldId)).count());
    List<String> paths = table(LakeSchema.REPORTS).filter(col("report_id").equalTo(newId)).first().getList(1);
    assertEquals(1, paths.size());
    assertTrue(paths.get(0).endsWith("/" + changed.getFileName()), paths.toString());
    assertTrue(table(LakeSchema.FACTS).filter(col("report_id").equalTo(newId)).count() > 0);
    assertEquals(5, table(LakeSchema.REPORTS).count());
    assertNoDuplicates();
  }

  @Test
  @Order(4)
  void aFileRejectedEarlierThatNowParsesLeavesRejects() throws IOException {
    Path late = input.resolve("late.txt");
    assertEquals(1, table(LakeSchema.REJECTS).filter(col("path").endsWith("/late.txt")).count());
    Files.write(late, (Files.readString(seeds.get(2), StandardCharsets.UTF_8) + "\n附：更正\n")
        .getBytes(StandardCharsets.UTF_8));
    job.run();
    assertEquals(0, table(LakeSchema.REJECTS).filter(col("path").endsWith("/late.txt")).count());
    assertEquals(1, table(LakeSchema.REPORTS)
        .filter(functionsArrayContainsSuffix("/late.txt")).count());
    assertEquals(6, table(LakeSchema.REPORTS).count());
    assertNoDuplicates();
  }

  @Test
  @Order(5)
  void reparseReadsEverythingAndChangesNoRowCount() {
    long reports = table(LakeSchema.REPORTS).count();
    long facts = table(LakeSchema.FACTS).count();
    long rejects = table(LakeSchema.REJECTS).count();
    LakeJob reparse = new LakeJob(
        spark, new JobConfig(input.toString(), job.lake().toString(), JobConfig.Mode.REPARSE));
    RunSummary all = reparse.run();
    assertEquals(7, all.filesChanged());
    assertEquals(0, all.filesSameBytes());
    assertEquals(reports, table(LakeSchema.REPORTS).count());
    assertEquals(facts, table(LakeSchema.FACTS).count());
    assertEquals(rejects, table(LakeSchema.REJECTS).count());
    assertNoDuplicates();
  }

  @Test
  @Order(6)
  void twoRenditionsOfOneReportAreBothKeptAndLinked() throws IOException {
    CorpusGenerator generator = new CorpusGenerator(7, 0);
    GeneratedDocument html = generator.sample(42, "html", 2022, 40_000);
    GeneratedDocument text = generator.sample(42, "pipe", 2022, 15_000);
    Files.write(input.resolve("rendition.html"), html.bytes());
    Files.write(input.resolve("rendition.txt"), text.bytes());
    job.run();
    String htmlId = ReportParser.sha256(html.bytes());
    String textId = ReportParser.sha256(text.bytes());
    assertEquals(2, table(LakeSchema.REPORTS).filter(col("report_id").isin(htmlId, textId)).count());
    List<Row> links = table(LakeSchema.REPORT_LINKS).filter(col("report_id").isin(htmlId, textId))
        .orderBy("form").select("report_id", "sibling_report_ids", "finding").collectAsList();
    assertEquals(2, links.size(), "both renditions are linked: " + links);
    for (Row link : links) {
      assertEquals("DUPLICATE_RENDITION", link.getString(2));
      String other = link.getString(0).equals(htmlId) ? textId : htmlId;
      assertEquals(List.of(other), link.getList(1));
    }
    assertFalse(table(LakeSchema.AGENCY_YEAR_METRICS).isEmpty());
    assertNoDuplicates();
  }

  private static org.apache.spark.sql.Column functionsArrayContainsSuffix(String suffix) {
    return org.apache.spark.sql.functions.exists(col("source_paths"), p -> p.endsWith(suffix));
  }
}
