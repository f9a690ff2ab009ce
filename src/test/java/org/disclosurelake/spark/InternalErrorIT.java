package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.parse.pdf.Fixtures;
import org.disclosurelake.parse.pdf.TableFinderFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug of ours in the PDF layout code shows in a run as an internal error, counted apart, with the file's path. */
class InternalErrorIT {

  @TempDir Path tmp;

  @Test
  void aRuntimeExceptionInTableFinderIsCountedAsAnInternalErrorOfThatFile() throws Exception {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("input"));
    Path pdf = Files.write(input.resolve("hongze_2024.pdf"), Fixtures.bytes("real/淮安市洪泽区人民政府_2024.pdf"));
    Files.writeString(input.resolve("note.txt"), "not a report at all");
    LakeJob job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("lake").toString()));
    RunSummary summary;
    try (TableFinderFault fault = TableFinderFault.inject()) {
      summary = job.run(); // local mode: the executor threads share this JVM and see the fault
    }
    assertEquals(1, summary.internalErrors(), summary.toString());
    assertEquals(0, summary.reportsWritten(), summary.toString());
    assertEquals(2, summary.filesRejected(), summary.toString());
    assertEquals(Map.of("internal error", 1L, "not a disclosure report", 1L), summary.rejectsByReason());
    List<Row> rejects = spark.read().format("delta").load(job.lake().path(LakeSchema.REJECTS))
        .filter(col("reason").startsWith("internal error")).select("path", "reason").collectAsList();
    assertEquals(1, rejects.size(), rejects.toString());
    assertTrue(rejects.get(0).getString(0).endsWith(pdf.getFileName().toString()), rejects.toString());
    assertTrue(rejects.get(0).getString(1).contains("parse.pdf.TableFinder.find(TableFinder.java:"), rejects.toString());
  }
}
