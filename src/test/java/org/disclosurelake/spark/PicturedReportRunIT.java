package org.disclosurelake.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.parse.ocr.Scans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} on a folder holding an HTML report whose 表三 is a picture beside it ({@code reports/pictured/}): the
 * picture is part of the page's report, not a document of its own, and when the picture is replaced while the page
 * stays as it was, the next incremental run reads the page again with the new picture.
 */
class PicturedReportRunIT {

  @TempDir static Path tmp;

  @Test
  void aPictureIsPartOfItsPageAndAReplacedPictureIsReadAgain() throws IOException {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("input"));
    Files.write(input.resolve("report.html"), resource("/reports/pictured/report.html"));
    Files.write(input.resolve("table3.png"), resource("/reports/pictured/table3.png"));
    Files.write(input.resolve("table4.png"), resource("/reports/pictured/table4.png"));
    JobConfig config = new JobConfig(input.toString(), tmp.resolve("lake").toString());

    LakeJob firstJob = new LakeJob(spark, config);
    RunSummary first = firstJob.run();
    assertEquals(3, first.filesNew(), first.toString());
    assertEquals(1, first.reportsWritten(), "the pictures are not reports of their own: " + first);
    assertEquals(0, first.filesRejected(), "nor a rejected document: " + first);
    Lake lake = firstJob.lake();
    List<Row> reports = table(spark, lake, LakeSchema.REPORTS).select("report_id", "form", "year").collectAsList();
    assertEquals(1, reports.size());
    assertEquals("html", reports.get(0).getString(1));
    assertEquals(2024, reports.get(0).getInt(2));
    String reportId = reports.get(0).getString(0);
    // the label of 淮安市人民政府_2024.pdf, whose 表三 page the picture is (/work/shared/corpus/real/labels.csv)
    assertEquals(0, new BigDecimal("3119").compareTo(newTotal(spark, lake)), "the picture's 表三 is read in place");

    Row logged = table(spark, lake, LakeSchema.INPUTS).filter(col("path").endsWith("/report.html"))
        .select("companions").first();
    List<String> companions = logged.getList(0);
    List<String> picturePaths = table(spark, lake, LakeSchema.INPUTS).filter(col("path").endsWith(".png"))
        .select("path").orderBy("path").collectAsList().stream().map(r -> r.getString(0)).toList();
    assertEquals(picturePaths, companions.stream().sorted().toList(), "the log names the pictures as the listing does");

    // the publisher replaces the pictures, the page stays byte for byte: here with the 表三/表四 pages of another real
    // report (淮安市洪泽区人民政府_2023.pdf, pages 3 and 4; its 本年新收 总计 is 21)
    List<java.awt.image.BufferedImage> pages = Scans.render(resource("/reports/real/淮安市洪泽区人民政府_2023.pdf"), 150);
    for (int i = 0; i < 2; i++) {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(pages.get(2 + i), "png", png);
      Files.write(input.resolve("table" + (3 + i) + ".png"), png.toByteArray());
    }

    RunSummary second = new LakeJob(spark, config).run();
    assertEquals(3, second.filesChanged(), "the pictures, and the page read with them: " + second);
    assertEquals(0, second.filesRejected(), second.toString());
    List<Row> after = table(spark, lake, LakeSchema.REPORTS).select("report_id").collectAsList();
    assertEquals(List.of(reportId), after.stream().map(r -> r.getString(0)).toList(), "the same page, one report");
    assertEquals(0, new BigDecimal("21").compareTo(newTotal(spark, lake)), "read again with the new picture");

    RunSummary third = new LakeJob(spark, config).run();
    assertEquals(3, third.filesUnchanged(), "nothing changed, nothing read: " + third);
    assertEquals(0, third.reportsWritten(), third.toString());
  }

  @Test
  void aPictureAddedAfterItsPageMakesThePageReadAgain() throws IOException {
    SparkSession spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("input-added"));
    // the page is published before its pictures (or they failed to download with it)
    Files.write(input.resolve("report.html"), resource("/reports/pictured/report.html"));
    JobConfig config = new JobConfig(input.toString(), tmp.resolve("lake-added").toString());

    LakeJob firstJob = new LakeJob(spark, config);
    RunSummary first = firstJob.run();
    assertEquals(1, first.filesNew(), first.toString());
    Lake lake = firstJob.lake();
    assertEquals(0, table(spark, lake, LakeSchema.FACTS).filter(col("key").equalTo("t3.new.total")).count(),
        "without its pictures the page states no 表三");
    List<String> looked = table(spark, lake, LakeSchema.INPUTS).filter(col("path").endsWith("/report.html"))
        .select("companions").first().getList(0);
    assertEquals(List.of("table3.png", "table4.png"),
        looked.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).sorted().toList(),
        "the log names the pictures the page looked for: " + looked);

    Files.write(input.resolve("table3.png"), resource("/reports/pictured/table3.png"));
    Files.write(input.resolve("table4.png"), resource("/reports/pictured/table4.png"));
    RunSummary second = new LakeJob(spark, config).run();
    assertEquals(2, second.filesNew(), "the pictures: " + second);
    assertEquals(1, second.filesChanged(), "and the page, read again with them: " + second);
    assertEquals(1, table(spark, lake, LakeSchema.REPORTS).count(), "one report, the page's");
    assertEquals(0, table(spark, lake, LakeSchema.REJECTS).count(), "no reject left behind");
    // the label of 淮安市人民政府_2024.pdf, whose 表三 page the picture is (/work/shared/corpus/real/labels.csv)
    assertEquals(0, new BigDecimal("3119").compareTo(newTotal(spark, lake)), "the added picture's 表三 is read");

    RunSummary third = new LakeJob(spark, config).run();
    assertEquals(3, third.filesUnchanged(), "nothing changed, nothing read: " + third);
  }

  private static BigDecimal newTotal(SparkSession spark, Lake lake) {
    List<Row> rows = table(spark, lake, LakeSchema.FACTS).filter(col("key").equalTo("t3.new.total"))
        .select("value", "ocr").collectAsList();
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).getBoolean(1), "read from the picture, so marked as OCR'd");
    return rows.get(0).getDecimal(0);
  }

  private static Dataset<Row> table(SparkSession spark, Lake lake, String name) {
    return spark.read().format("delta").load(lake.path(name));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PicturedReportRunIT.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
