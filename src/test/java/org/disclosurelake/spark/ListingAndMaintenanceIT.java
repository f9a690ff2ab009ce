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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing reads no file content; maintain compacts and vacuums without changing a row. */
class ListingAndMaintenanceIT {

  private static final Path SAMPLE = Path.of(System.getProperty("project.basedir", "."), "data/sample");

  @TempDir Path tmp;

  @Test
  @org.junit.jupiter.api.Disabled(
      "issue #6 open: Spark's binaryFile checks every file's length against 2 GiB even when only path, length and"
          + " modificationTime are selected, so a 3 GiB input fails the listing; the listing must skip such files")
  void theListingReadsNoContentEvenOfAFileTooLargeToRead() throws IOException {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("big"));
    try (RandomAccessFile f = new RandomAccessFile(input.resolve("huge.bin").toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: no disk used, but binaryFile refuses to read content over 2 GB
    }
    List<Row> listed = new InputFiles(spark, input.toString()).listing().collectAsList();
    assertEquals(1, listed.size());
    assertEquals(3L << 30, listed.get(0).getLong(1));
    Exception e = assertThrows(Exception.class, () ->
        spark.read().format("binaryFile").load(input.toString()).select("content").collectAsList());
    assertTrue(String.valueOf(e.getMessage()).contains("2147483647") || e.getCause() != null, e.toString());
  }

  @Test
  @org.junit.jupiter.api.Disabled(
      "issue #6 open: ran over 6 minutes without finishing on this machine in the last two runs; find why"
          + " before it goes back into CI")
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
