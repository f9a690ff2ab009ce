package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.parse.ocr.Scans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on a folder holding a scanned report: it lands in {@code reports} with its OCR facts and findings. */
class ScannedRunIT {

  @TempDir static Path tmp;

  @Test
  void aScannedReportIsIngestedWithItsOcrFactsAndFindings() throws IOException {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("input"));
    byte[] pdf;
    try (InputStream in = getClass().getResourceAsStream("/reports/real/淮安市洪泽区人民政府_2023.pdf")) {
      pdf = in.readAllBytes();
    }
    Files.write(input.resolve("scan.pdf"), Scans.imageOnlyPdf(Scans.render(pdf, 150), -1));
    // the default 30 s budget: the OCR allowance per page must carry the scan through it
    LakeJob job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("lake").toString()));
    RunSummary summary = job.run();
    assertEquals(0, summary.filesRejected(), summary.toString());

    List<Row> reports = spark.read().format("delta").load(job.lake().path(LakeSchema.REPORTS))
        .select("form", "year", "findings").collectAsList();
    assertEquals(1, reports.size());
    assertEquals("pdf-ocr", reports.get(0).getString(0));
    assertEquals(2023, reports.get(0).getInt(1));
    assertFalse(reports.get(0).getList(2).isEmpty(), "the scan has its findings (OCR confidence, the report's own T4-SUM)");

    List<Row> facts = spark.read().format("delta").load(job.lake().path(LakeSchema.FACTS))
        .select("key", "value", "ocr", "confidence").collectAsList();
    assertFalse(facts.isEmpty());
    assertTrue(facts.stream().allMatch(r -> r.getBoolean(2) && !r.isNullAt(3)), "every fact marked as OCR'd");
    Row total = spark.read().format("delta").load(job.lake().path(LakeSchema.FACTS))
        .filter(col("key").equalTo("t3.new.total")).select("value").first();
    assertEquals(0, new BigDecimal("21").compareTo(total.getDecimal(0)));
  }
}
