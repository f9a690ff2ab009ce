package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.disclosurelake.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job over the real corpus fixtures: one agency_id per series, hand-computed metrics, then export. */
class RealCorpusMetricsIT {

  private static final Path REAL =
      Path.of(System.getProperty("project.basedir", "."), "src/test/resources/reports/real");
  private static final String HONGZE = "320813:人民政府";
  private static final String PINGTAN = "350128/平潭综合实验区:管理委员会";

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static LakeJob job;
  private static final Map<String, Row> metrics = new HashMap<>();

  @BeforeAll
  static void runTheJobOnTheRealCorpus() throws IOException {
    spark = SharedSpark.session();
    Path input = Files.createDirectories(tmp.resolve("input"));
    try (Stream<Path> files = Files.list(REAL)) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(pdf|html|txt)$")).toList()) {
        Files.copy(f, input.resolve(f.getFileName()));
      }
    }
    job = new LakeJob(spark, new JobConfig(input.toString(), tmp.resolve("lake").toString()));
    job.run();
    for (Row r : table(LakeSchema.AGENCY_YEAR_METRICS).collectAsList()) {
      metrics.put(r.getString(r.fieldIndex("agency_id")) + " " + r.getInt(r.fieldIndex("year")), r);
    }
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(job.lake().path(name));
  }

  private static Object get(String key, String column) {
    Row r = metrics.get(key);
    if (r == null) {
      throw new AssertionError("no metrics row " + key + " in " + metrics.keySet());
    }
    return r.get(r.fieldIndex(column));
  }

  private static double number(String key, String column) {
    return ((Number) get(key, column)).doubleValue();
  }

  @Test
  void everyCorpusAgencyResolvesToItsRegion() {
    Map<String, String> codes = new HashMap<>();
    for (Row a : table(LakeSchema.AGENCIES).collectAsList()) {
      codes.put(a.getString(a.fieldIndex("agency_id")),
          a.getString(a.fieldIndex("province_code")) + " " + a.getString(a.fieldIndex("city_code")) + " "
              + a.getString(a.fieldIndex("county_code")) + " " + a.getString(a.fieldIndex("level")) + " "
              + a.getString(a.fieldIndex("reporter_type")));
    }
    assertEquals(
        Map.of(
            HONGZE, "320000 320800 320813 county government",
            "320800:人民政府", "320000 320800 null city government",
            "321322:发展和改革局", "320000 321300 321322 county department",
            // the curated development-zone table hosts 平潭综合实验区 in 平潭县 and gives it city level
            PINGTAN, "350000 350100 350128 city development_zone"),
        codes);
  }

  @Test
  void hongzeTwoPdfsOneAgencyAndApplications21To95() {
    assertEquals(21L, get(HONGZE + " 2023", "applications"));
    assertEquals(95L, get(HONGZE + " 2024", "applications"));
    assertEquals(21L, get(HONGZE + " 2024", "applications_prev_year"));
    assertEquals(74L, get(HONGZE + " 2024", "applications_yoy_diff"));
    assertEquals(95.0 / 21, number(HONGZE + " 2024", "applications_yoy_ratio"), 1e-12);
    assertEquals(95.0 / 21 - 1, number(HONGZE + " 2024", "applications_yoy_change"), 1e-12);
    assertEquals(false, get(HONGZE + " 2024", "carry_mismatch"), "0 carried = 0 forward");
    assertEquals("江苏省淮安市洪泽区人民政府", get(HONGZE + " 2024", "agency"));
    // 2023: 4 partial of 21, refusals 3 denied + 13 unable + 1 not processed + 0 other
    assertEquals(4.0 / 21, number(HONGZE + " 2023", "grant_rate"), 1e-12);
    assertEquals(3.0 / 17, number(HONGZE + " 2023", "legal_refusal_share"), 1e-12);
    assertEquals(true, get(HONGZE + " 2023", "outcome_rates_unstable"));
  }

  @Test
  void pingtanSeriesWithAMissing2021() {
    for (int year : List.of(2018, 2020, 2022, 2023)) {
      assertTrue(metrics.containsKey(PINGTAN + " " + year), year + " in " + metrics.keySet());
    }
    assertEquals(4, metrics.keySet().stream().filter(k -> k.startsWith(PINGTAN)).count());
    assertEquals(2L, get(PINGTAN + " 2022", "report_count"), "HTML and text renditions");
    assertNull(get(PINGTAN + " 2022", "applications_prev_year"), "2021 is missing");
    assertNull(get(PINGTAN + " 2022", "applications_yoy_ratio"));
    assertNull(get(PINGTAN + " 2020", "applications_prev_year"), "2019 is missing");
    assertEquals(74L, get(PINGTAN + " 2023", "applications_prev_year"));
    assertEquals(81.0 / 74, number(PINGTAN + " 2023", "applications_yoy_ratio"), 1e-12);
    assertEquals(0L, get(PINGTAN + " 2018", "applications"));
    assertNull(get(PINGTAN + " 2018", "grant_rate"), "processed = 0");
    String p = PINGTAN + " 2023";
    assertEquals(42.0 / 81, number(p, "grant_rate"), 1e-12);
    assertEquals(5.0 / 81, number(p, "denial_rate"), 1e-12);
    assertEquals(5.0 / 39, number(p, "legal_refusal_share"), 1e-12);
    assertEquals(1 - 80.0 / 81, number(p, "organisation_share"), 1e-12);
    assertEquals(200.0 / 81, number(p, "review_per_100"), 1e-12);
    assertEquals(700.0 / 81, number(p, "litigation_per_100"), 1e-12);
    assertEquals(9.0 / 81, number(p, "dispute_conversion"), 1e-12);
    assertEquals(1.0 / 8, number(p, "correction_rate"), 1e-12);
    assertEquals(0, new BigDecimal("5949.088667").compareTo((BigDecimal) get(p, "fees_amount_wan")));
    assertEquals(false, get(p, "carry_mismatch"));
    assertEquals(0, table(LakeSchema.CROSS_YEAR_FINDINGS).count());
  }

  @Test
  void theDictionaryIsATableAndTheMetricColumnsCarryComments() {
    assertEquals(MetricDictionary.bundled().entries().size(), table(LakeSchema.METRIC_DICTIONARY).count());
    assertTrue(table(LakeSchema.AGENCY_YEAR_METRICS).schema().apply("backlog_rate").getComment().get()
        .startsWith("结转率"));
  }

  @Test
  void exportWritesOneCsvPerTableWithBomAndChineseIntactAndParquetReadable() throws IOException {
    Path csv = tmp.resolve("csv");
    Path parquet = tmp.resolve("parquet");
    StringWriter err = new StringWriter();
    String lake = job.lake().toString();
    assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "export", "--lake", lake, "--out", csv.toString()), err.toString());
    assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "export", "--lake", lake, "--out", parquet.toString(), "--format", "parquet"), err.toString());
    byte[] bytes = Files.readAllBytes(csv.resolve("agency_year_metrics.csv"));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("agency_key,agency,year,"), text.substring(0, 40));
    assertTrue(text.contains("江苏省淮安市洪泽区人民政府"));
    assertTrue(Files.exists(csv.resolve("reports.csv")), "nested columns exported as JSON");
    assertEquals(metrics.size(),
        spark.read().parquet(parquet.resolve("agency_year_metrics.parquet").toString()).count());
  }
}
