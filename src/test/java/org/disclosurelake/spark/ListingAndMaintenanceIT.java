package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.parse.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing reads no file content, and files over the size limit are rejected unread; maintain compacts and vacuums
 * without changing a row.
 */
class ListingAndMaintenanceIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");

  @TempDir Path tmp;

  @Test
  void aFileTooLargeToReadIsListedAndRejectedAsOversizeUnread() throws IOException {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("big"));
    try (RandomAccessFile f = new RandomAccessFile(input.resolve("huge.html").toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: no disk used, but binaryFile refuses to read content over 2 GiB
    }
    Path report = SAMPLE.resolve("000_3d44559d993b5fb4.txt");
    Files.copy(report, input.resolve("report.txt"));
    JobConfig config = new JobConfig(input.toString(), tmp.resolve("lake").toString());

    List<Row> listed = new InputFiles(spark, config).listing().orderBy("path").collectAsList();
    assertEquals(2, listed.size());
    assertEquals(3L << 30, listed.get(0).getLong(1));

    RunSummary summary = new LakeJob(spark, config).run();
    assertEquals(1, summary.reportsWritten(), summary.toString());
    assertEquals(java.util.Map.of("oversize", 1L), summary.rejectsByReason());
    List<Row> rejects = spark.read().format("delta").load(tmp.resolve("lake/rejects").toString())
        .select("path", "reason", "size", "report_id").collectAsList();
    assertEquals(1, rejects.size());
    assertTrue(rejects.get(0).getString(0).endsWith("/huge.html"), rejects.toString());
    assertEquals("oversize: 3221225472 bytes > limit 67108864 bytes", rejects.get(0).getString(1));
    assertEquals(3L << 30, rejects.get(0).getLong(2));
    assertTrue(rejects.get(0).isNullAt(3), "no content hash: the file was never read");
  }

  @Test
  void theLimitsOfTheRunReachTheListingAndTheReadersOnTheExecutors() throws IOException {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("limit"));
    Path page = SAMPLE.resolve("shuyang/shuyang_fagaiju_2023.html");
    Files.copy(page, input.resolve("page.html"));
    long limit = Files.size(page);
    // a text report one byte over the limit (padded with blank lines), which the listing rejects unread
    byte[] report = Files.readAllBytes(SAMPLE.resolve("000_3d44559d993b5fb4.txt"));
    byte[] padded = java.util.Arrays.copyOf(report, (int) limit + 1);
    java.util.Arrays.fill(padded, report.length, padded.length, (byte) '\n');
    Files.write(input.resolve("report.txt"), padded);
    // the HTML page at the limit is read by the parse function on an executor, within a table row limit of 4
    Limits limits = Limits.DEFAULTS.withMaxFileBytes(limit).withHtml(Limits.Html.DEFAULTS.withMaxRows(4));
    JobConfig config =
        new JobConfig(input.toString(), tmp.resolve("limit-lake").toString(), JobConfig.Mode.INCREMENTAL, limits);

    RunSummary summary = new LakeJob(spark, config).run();

    assertEquals(1, summary.reportsWritten(), summary.toString());
    assertEquals(java.util.Map.of("oversize", 1L), summary.rejectsByReason());
    Row reject = spark.read().format("delta").load(tmp.resolve("limit-lake/rejects").toString())
        .select("reason", "detected_type").first();
    assertEquals("oversize: " + (limit + 1) + " bytes > limit " + limit + " bytes", reject.getString(0));
    assertEquals("text", reject.getString(1));
    List<String> budget = spark.read().format("delta").load(tmp.resolve("limit-lake/reports").toString())
        .selectExpr("explode(findings) AS f").where("f.code = 'BUDGET'").selectExpr("f.message")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(List.of("table longer than 4 rows: rows beyond dropped"), budget);
  }

  @Test
  void maintainCompactsAndVacuumsWithoutChangingARow() throws IOException {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("input"));
    try (var files = Files.list(SAMPLE)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, input.resolve(p.getFileName()));
      }
    }
    LakeJob job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("lake").toString()));
    job.run();
    new LakeJob(spark, new JobConfig(input.toString(), job.lake().toString(), JobConfig.Mode.REPARSE)).run();
    long reports = spark.read().format("delta").load(job.lake().path(LakeSchema.REPORTS)).count();
    long facts = spark.read().format("delta").load(job.lake().path(LakeSchema.FACTS)).count();

    Maintenance maintenance = new Maintenance(spark, job.lake());
    assertThrows(IllegalArgumentException.class, () -> maintenance.run(1, false));
    List<Maintenance.TableResult> results = maintenance.run(Maintenance.SAFE_RETENTION_HOURS, false);

    assertEquals(job.lake().tables().size(), results.size());
    assertTrue(results.stream().anyMatch(r -> r.filesRemoved() > 0), results.toString());
    assertEquals(reports, spark.read().format("delta").load(job.lake().path(LakeSchema.REPORTS)).count());
    assertEquals(facts, spark.read().format("delta").load(job.lake().path(LakeSchema.FACTS)).count());
    // forced, with no retention: the files the compaction replaced are deleted
    List<Maintenance.TableResult> forced = maintenance.run(0, true);
    assertTrue(forced.stream().anyMatch(r -> r.filesVacuumed() > 0), forced.toString());
    assertEquals(facts, spark.read().format("delta").load(job.lake().path(LakeSchema.FACTS)).count());
  }
}
