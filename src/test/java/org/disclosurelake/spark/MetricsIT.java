package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Form;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** agency_year_metrics on hand-made reports and facts, against values computed by hand. */
class MetricsIT {

  private static final StructType REPORTS =
      new StructType()
          .add("report_id", DataTypes.StringType)
          .add("agency", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("template", DataTypes.StringType)
          .add("findings", DataTypes.createArrayType(LakeSchema.FINDING))
          .add("t2", LakeSchema.T2)
          .add("t3", LakeSchema.T3)
          .add("t4", LakeSchema.T4)
          .add("proactive_total", LakeSchema.VALUE)
          .add(LakeSchema.VALUE_COUNT, DataTypes.IntegerType);

  private static final StructType FACTS =
      new StructType()
          .add("report_id", DataTypes.StringType)
          .add("key", DataTypes.StringType)
          .add("value", LakeSchema.VALUE);

  private static final List<Row> reports = new ArrayList<>();
  private static final List<Row> facts = new ArrayList<>();
  private static Map<String, Row> metrics;

  private static void report(String id, String agency, Integer year, int findings, Object... keyValues) {
    List<Row> f = new ArrayList<>();
    for (int i = 0; i < findings; i++) {
      f.add(RowFactory.create("T3-BAL", "does not balance", List.of()));
    }
    List<Fact> stated = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      BigDecimal value = new BigDecimal(keyValues[i + 1].toString());
      facts.add(RowFactory.create(id, keyValues[i], value));
      stated.add(Fact.number(keyValues[i].toString(), value, "", "", keyValues[i + 1].toString()));
    }
    // the typed columns the metrics read, filled by the job's own mapping
    Row parsed = ReportRows.toRow(ParseResult.of(new Report(id, id, agency, year, Template.T2019, Form.TEXT, null,
        null, null, stated, List.of(), "test")), 1);
    reports.add(RowFactory.create(id, agency, year, "2019", f, parsed.get(11), parsed.get(12), parsed.get(13),
        parsed.get(14), parsed.get(LakeSchema.PARSED.fieldIndex(LakeSchema.VALUE_COUNT))));
  }

  @BeforeAll
  static void computeOnHandMadeFacts() {
    report("a2019", "甲局", 2019, 0,
        "t3.new.total", 100, "t3.carried.total", 10, "t3.granted.total", 40, "t3.partial.total", 10,
        "t3.processed.total", 100, "t4.review.upheld", 1, "t4.review.corrected", 1, "t4.review.other", 0,
        "t4.review.total", 3, "t4.suit_direct.total", 1, "t4.suit_after_review.total", 2, "proactive.total", 500);
    // two renditions of 甲局 2020: the one with more stated values is chosen
    report("a2020x", "甲局", 2020, 0, "t3.new.total", 150, "t3.carried.total", 5);
    report("a2020y", "甲局", 2020, 1,
        "t3.new.total", 120, "t3.carried.total", 0, "t3.granted.total", 0, "t3.partial.total", 0,
        "t3.processed.total", 0);
    // no 2021: 2022 must not be compared with 2020
    report("a2022", "甲局", 2022, 0, "t3.new.total", 30);
    // pre-2019 narrative: one litigation count without the split
    report("b2017", "乙市", 2017, 0, "t3.new.total", 50, "t4.suit.total", 2);
    report("b2018", "乙市", 2018, 0, "t3.new.total", 0, "t4.review.total", 1);
    // equal values: fewest findings wins; then the smallest report_id
    report("c1", "丙区", 2021, 1, "t3.new.total", 10);
    report("c2", "丙区", 2021, 0, "t3.new.total", 20);
    report("d_b", "丁镇", 2021, 0, "t3.new.total", 7);
    report("d_a", "丁镇", 2021, 0, "t3.new.total", 8);
    report("nobody", null, 2021, 0, "t3.new.total", 9);

    SparkSession spark = SharedSpark.session().newSession();
    spark.createDataFrame(reports, REPORTS).createOrReplaceTempView("reports");
    spark.createDataFrame(facts, FACTS).createOrReplaceTempView("facts");
    metrics = new HashMap<>();
    for (Row r : MetricsRunner.run(spark).collectAsList()) {
      metrics.put(r.getString(r.fieldIndex("agency")) + " " + r.getInt(r.fieldIndex("year")), r);
    }
  }

  private static Object get(String agencyYear, String column) {
    Row r = metrics.get(agencyYear);
    return r.get(r.fieldIndex(column));
  }

  private static double number(String agencyYear, String column) {
    return ((Number) get(agencyYear, column)).doubleValue();
  }

  @Test
  void oneRowPerAgencyAndYearWithAnAgency() {
    assertEquals(7, metrics.size(), metrics.keySet().toString());
  }

  @Test
  void countsAndRatesOfACompleteReport() {
    String a = "甲局 2019";
    assertEquals("a2019", get(a, "report_id"));
    assertEquals(1L, get(a, "report_count"));
    assertEquals(100L, get(a, "applications"));
    assertNull(get(a, "applications_prev_year"));
    assertNull(get(a, "applications_yoy_change"));
    assertEquals(110L, get(a, "workload"));
    assertEquals(0.5, number(a, "grant_rate"), 1e-12);
    assertEquals(3.0, number(a, "review_per_100"), 1e-12);
    assertEquals(3.0, number(a, "litigation_per_100"), 1e-12);
    assertEquals(0.5, number(a, "review_correction_rate"), 1e-12);
    assertEquals(500L, get(a, "proactive_total"));
  }

  @Test
  void theReportWithMostValuesIsChosenAndTheYearBeforeIsJoined() {
    String a = "甲局 2020";
    assertEquals("a2020y", get(a, "report_id"));
    assertEquals(2L, get(a, "report_count"));
    assertEquals(120L, get(a, "applications"));
    assertEquals(100L, get(a, "applications_prev_year"));
    assertEquals(0.2, number(a, "applications_yoy_change"), 1e-12);
    assertEquals(120L, get(a, "workload"));
    assertNull(get(a, "grant_rate"), "processed = 0");
    assertNull(get(a, "review_per_100"), "review not stated");
    assertNull(get(a, "litigation_per_100"));
    assertNull(get(a, "review_correction_rate"));
  }

  @Test
  void aMissingPreviousYearGivesNullNotAnOlderYear() {
    assertNull(get("甲局 2022", "applications_prev_year"));
    assertNull(get("甲局 2022", "applications_yoy_change"));
  }

  @Test
  void preReformLitigationFallsBackToTheUndividedCountAndZeroDenominatorsGiveNull() {
    assertEquals(4.0, number("乙市 2017", "litigation_per_100"), 1e-12);
    assertEquals(-1.0, number("乙市 2018", "applications_yoy_change"), 1e-12);
    assertNull(get("乙市 2018", "review_per_100"), "no applications");
  }

  @Test
  void tiesAreBrokenByFewestFindingsThenSmallestReportId() {
    assertEquals("c2", get("丙区 2021", "report_id"));
    assertEquals("d_a", get("丁镇 2021", "report_id"));
    assertEquals(2L, get("丁镇 2021", "report_count"));
  }
}
