package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
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
import org.junit.jupiter.api.io.TempDir;

/** Every metric family, the roll-ups, XY-CARRY and the dictionary on hand-made facts with hand-computed values. */
class MetricFamiliesIT {

  private static final String HONGZE = "淮安市洪泽区人民政府";
  private static final String HUAIYIN = "淮安市淮阴区人民政府";
  private static final String HUAIAN = "淮安市人民政府";
  private static final String HONGZE_DRC = "淮安市洪泽区发展和改革局";
  private static final String SHUYANG_DRC = "沭阳县发展和改革局";

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
  private static Map<String, Dataset<Row>> tables;
  private static final Map<String, Row> metrics = new HashMap<>();

  @TempDir static Path tmp;

  /** A report with these facts, its typed columns filled by the job's own mapping ({@link ReportRows}). */
  private static void report(String id, String agency, int year, Object... keyValues) {
    List<Fact> stated = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      BigDecimal value = new BigDecimal(keyValues[i + 1].toString());
      facts.add(RowFactory.create(id, keyValues[i], value));
      stated.add(Fact.number(keyValues[i].toString(), value, "", "", keyValues[i + 1].toString()));
    }
    Row parsed = ReportRows.toRow(ParseResult.of(new Report(id, id, agency, year, Template.T2021, Form.TEXT, null,
        null, null, stated, List.of(), "test")), 1);
    reports.add(RowFactory.create(id, agency, year, "2021", List.of(), parsed.get(11), parsed.get(12),
        parsed.get(13), parsed.get(14), parsed.get(LakeSchema.PARSED.fieldIndex(LakeSchema.VALUE_COUNT))));
  }

  @BeforeAll
  static void computeOnHandMadeFacts() {
    // another spelling of the same agency: one agency_id, so 2022 has a true previous year
    report("h2021", "江苏省淮安市洪泽区人民政府", 2021, "t3.new.total", 8, "t3.forward.total", 2);
    report("h2022", HONGZE, 2022, "t3.new.total", 10, "t3.carried.total", 2, "t3.forward.total", 3,
        "proactive.total", 200);
    report("h2023", HONGZE, 2023,
        "t3.new.total", 40, "t3.new.natural", 30, "t3.carried.total", 4,
        "t3.granted.total", 20, "t3.partial.total", 5,
        "t3.denied.state_secret.total", 2, "t3.denied.process_info.total", 1,
        "t3.denied.total", 99, // a printed group total is ignored when leaf rows are stated
        "t3.unable.not_held.total", 4, "t3.unable.unclear.total", 1,
        "t3.not_processed.repeated.total", 2,
        "t3.other.misc.total", 3, "t3.other.no_correction.total", 1,
        "t3.processed.total", 39, "t3.forward.total", 5,
        "t4.review.upheld", 2, "t4.review.corrected", 1, "t4.review.other", 1, "t4.review.pending", 1,
        "t4.review.total", 5,
        "t4.suit_direct.upheld", 1, "t4.suit_direct.corrected", 1, "t4.suit_direct.other", 0,
        "t4.suit_direct.total", 2,
        "t4.suit_after_review.upheld", 0, "t4.suit_after_review.corrected", 0, "t4.suit_after_review.other", 0,
        "t4.suit_after_review.total", 1,
        "proactive.total", 300, "t2.rules.made", 1, "t2.norms.made", 4, "t2.license.decisions", 100,
        "t2.penalty.decisions", 50, "t2.coercion.decisions", 5, "t2.fees.amount_wan", "12.5");
    // pre-2019 style: only the group totals; and no 2022, so 2023 must not compare with 2021
    report("y2021", HUAIYIN, 2021, "t3.new.total", 7);
    report("y2023", HUAIYIN, 2023,
        "t3.new.total", 60, "t3.carried.total", 0, "t3.granted.total", 30, "t3.partial.total", 0,
        "t3.denied.total", 6, "t3.unable.total", 12, "t3.not_processed.total", 2, "t3.other.total", 10,
        "t3.processed.total", 60, "t3.forward.total", 0, "t4.review.total", 0, "t4.suit.total", 3);
    report("c2023", HUAIAN, 2023, "t3.new.total", 1000, "t3.carried.total", 0, "t3.granted.total", 800,
        "t3.partial.total", 0, "t3.processed.total", 900, "t3.forward.total", 100);
    report("d2023", HONGZE_DRC, 2023, "t3.new.total", 5, "t3.granted.total", 5, "t3.partial.total", 0,
        "t3.processed.total", 5);
    report("s2023", SHUYANG_DRC, 2023, "t3.new.total", 0, "t3.processed.total", 0, "t3.granted.total", 0,
        "t3.partial.total", 0, "t4.review.total", 0);

    SparkSession spark = SharedSpark.session().newSession();
    spark.createDataFrame(reports, REPORTS).createOrReplaceTempView("reports");
    spark.createDataFrame(facts, FACTS).createOrReplaceTempView("facts");
    tables = MetricsRunner.runAll(spark);
    for (Row r : tables.get(LakeSchema.AGENCY_YEAR_METRICS).collectAsList()) {
      metrics.put(r.getString(r.fieldIndex("agency_id")) + " " + r.getInt(r.fieldIndex("year")), r);
    }
  }

  private static Object get(String key, String column) {
    Row r = metrics.get(key);
    if (r == null) {
      throw new AssertionError("no metrics row " + key + " in " + metrics.keySet());
    }
    return r.get(r.fieldIndex(column));
  }

  private static double number(String key, String column) {
    Object v = get(key, column);
    if (v == null) {
      throw new AssertionError(key + " " + column + " is NULL");
    }
    return ((Number) v).doubleValue();
  }

  private static final String H = "320813:人民政府";

  @Test
  void oneAgencyIdForEverySpellingAndTheRegionCodesOnTheRow() {
    assertEquals(H + " 2021", metrics.keySet().stream().filter(k -> k.endsWith("2021") && k.startsWith("320813")).findFirst().orElseThrow());
    Row a = tables.get(LakeSchema.AGENCIES).filter("agency_id = '" + H + "'").first();
    assertEquals(List.of("江苏省淮安市洪泽区人民政府", HONGZE), a.getList(a.fieldIndex("raw_names")));
    assertEquals("江苏省淮安市洪泽区人民政府", get(H + " 2023", "agency"));
    assertEquals(H, get(H + " 2023", "agency_key"));
    assertEquals("320000", get(H + " 2023", "province_code"));
    assertEquals("320800", get(H + " 2023", "city_code"));
    assertEquals("county", get(H + " 2023", "level"));
    assertEquals("government", get(H + " 2023", "reporter_type"));
    assertEquals("department", get("320813:发展和改革局 2023", "reporter_type"));
  }

  @Test
  void applicationsAndYearOverYearOnlyAgainstTheTruePreviousYear() {
    assertEquals(40L, get(H + " 2023", "applications"));
    assertEquals(10L, get(H + " 2023", "applications_prev_year"));
    assertEquals(30L, get(H + " 2023", "applications_yoy_diff"));
    assertEquals(4.0, number(H + " 2023", "applications_yoy_ratio"), 1e-12);
    assertEquals(3.0, number(H + " 2023", "applications_yoy_change"), 1e-12);
    assertEquals(false, get(H + " 2023", "applications_yoy_outlier"));
    assertEquals(8L, get(H + " 2022", "applications_prev_year"), "via the other spelling");
    assertEquals(false, get(H + " 2022", "applications_yoy_outlier"));
    String y = "320804:人民政府 2023";
    assertNull(get(y, "applications_prev_year"), "2022 is missing: never compare with 2021");
    assertNull(get(y, "applications_yoy_ratio"));
    assertNull(get(y, "applications_yoy_diff"));
    assertEquals(44L, get(H + " 2023", "workload"));
    assertEquals(4L, get(H + " 2023", "carried_over"));
  }

  @Test
  void outcomeRatesOverProcessedWithLeafSumsOrGroupTotals() {
    String h = H + " 2023";
    assertEquals(3L, get(h, "denied"), "leaf sum, not the printed 99");
    assertEquals(5L, get(h, "unable"));
    assertEquals(2L, get(h, "not_processed"));
    assertEquals(4L, get(h, "other_outcomes"));
    assertEquals(25.0 / 39, number(h, "grant_rate"), 1e-12);
    assertEquals(3.0 / 39, number(h, "denial_rate"), 1e-12);
    assertEquals(5.0 / 39, number(h, "unable_rate"), 1e-12);
    assertEquals(2.0 / 39, number(h, "not_processed_rate"), 1e-12);
    assertEquals(4.0 / 39, number(h, "other_rate"), 1e-12);
    assertEquals(3.0 / 14, number(h, "legal_refusal_share"), 1e-12);
    assertEquals(false, get(h, "outcome_rates_unstable"));
    assertEquals(true, get(h, "legal_refusal_share_unstable"), "14 refusals");
    String y = "320804:人民政府 2023";
    assertEquals(6L, get(y, "denied"), "group total when no leaf is stated");
    assertEquals(0.1, number(y, "denial_rate"), 1e-12);
    assertEquals(0.2, number(y, "legal_refusal_share"), 1e-12);
    assertEquals(0.5, number(y, "grant_rate"), 1e-12);
    assertEquals(true, get("320813:发展和改革局 2023", "outcome_rates_unstable"), "5 cases");
    assertNull(get("321322:发展和改革局 2023", "grant_rate"), "processed = 0");
  }

  @Test
  void requestersBacklogAndCarryCheck() {
    String h = H + " 2023";
    assertEquals(0.25, number(h, "organisation_share"), 1e-12);
    assertEquals(5.0 / 44, number(h, "backlog_rate"), 1e-12);
    assertEquals(3L, get(h, "prev_year_forward"));
    assertEquals(true, get(h, "carry_mismatch"));
    assertEquals(false, get(H + " 2022", "carry_mismatch"), "2 carried = 2 forward");
    assertNull(get(H + " 2021", "carry_mismatch"), "no 2020");
    List<Row> findings = tables.get(LakeSchema.CROSS_YEAR_FINDINGS).collectAsList();
    assertEquals(1, findings.size(), findings.toString());
    Row f = findings.get(0);
    assertEquals(H, f.getString(f.fieldIndex("agency_id")));
    assertEquals(2023, f.getInt(f.fieldIndex("year")));
    assertEquals("XY-CARRY", f.getString(f.fieldIndex("code")));
    String message = f.getString(f.fieldIndex("message"));
    assertTrue(message.contains("4 carried over into 2023") && message.contains("3 carried forward"), message);
  }

  @Test
  void disputesPer100AndCorrectionRatesOverClosedCases() {
    String h = H + " 2023";
    assertEquals(5L, get(h, "review_total"));
    assertEquals(3L, get(h, "litigation_total"));
    assertEquals(12.5, number(h, "review_per_100"), 1e-12);
    assertEquals(7.5, number(h, "litigation_per_100"), 1e-12);
    assertEquals(0.2, number(h, "dispute_conversion"), 1e-12);
    assertNull(get(h, "disputes_prev_year"), "2022 states no 表四");
    assertEquals(0.25, number(h, "review_correction_rate"), 1e-12);
    assertEquals(0.5, number(h, "suit_direct_correction_rate"), 1e-12);
    assertNull(get(h, "suit_after_review_correction_rate"), "no closed case");
    assertEquals(6L, get(h, "closed_cases"));
    assertEquals(2L, get(h, "corrected_cases"));
    assertEquals(1.0 / 3, number(h, "correction_rate"), 1e-12);
    assertEquals(true, get(h, "correction_rate_unstable"));
    assertEquals(5.0, number("320804:人民政府 2023", "litigation_per_100"), 1e-12, "undivided t4.suit");
    assertNull(get("321322:发展和改革局 2023", "review_per_100"), "no applications");
  }

  @Test
  void disclosureRegulationEnforcementAndFees() {
    String h = H + " 2023";
    assertEquals(300L, get(h, "proactive_total"));
    assertEquals(200L, get(h, "proactive_prev_year"));
    assertEquals(100L, get(h, "proactive_yoy_diff"));
    assertEquals(1.5, number(h, "proactive_yoy_ratio"), 1e-12);
    assertEquals(1L, get(h, "rules_made"));
    assertEquals(4L, get(h, "norms_made"));
    assertEquals(100L, get(h, "license_decisions"));
    assertEquals(50L, get(h, "penalty_decisions"));
    assertEquals(5L, get(h, "coercion_decisions"));
    assertEquals(0, new BigDecimal("12.5").compareTo((BigDecimal) get(h, "fees_amount_wan")));
  }

  @Test
  void rankingsWithinProvinceAndLevelAmongTheSameKindOfReporter() {
    assertEquals(2, get(H + " 2023", "rank_in_province_applications"));
    assertEquals(1, get("320804:人民政府 2023", "rank_in_province_applications"));
    assertEquals(1, get(H + " 2023", "rank_in_province_grant_rate"));
    assertEquals(1, get("320800:人民政府 2023", "rank_in_level_applications"), "alone among city governments");
    assertNull(get("321322:发展和改革局 2023", "rank_in_province_grant_rate"));
  }

  @Test
  void rollUpsAddUpAndNeverMixLevelsOrReporterTypes() {
    Map<String, Row> regions = new HashMap<>();
    for (Row r : tables.get(LakeSchema.REGION_YEAR_METRICS).collectAsList()) {
      regions.put(String.join(" ", r.getString(r.fieldIndex("region_level")), r.getString(r.fieldIndex("region_code")),
          r.getString(r.fieldIndex("level")), r.getString(r.fieldIndex("reporter_type")),
          String.valueOf(r.getInt(r.fieldIndex("year")))), r);
    }
    Row counties = regions.get("province 320000 county government 2023");
    assertEquals("江苏省", counties.getString(counties.fieldIndex("region_name")));
    assertEquals(2L, counties.getLong(counties.fieldIndex("agency_count")));
    assertEquals(100L, counties.getLong(counties.fieldIndex("applications")), "40 + 60, without the city's 1000");
    assertEquals(55.0 / 99, counties.getDouble(counties.fieldIndex("grant_rate")), 1e-12);
    Row city = regions.get("city 320800 county government 2023");
    assertEquals("淮安市", city.getString(city.fieldIndex("region_name")));
    assertEquals(100L, city.getLong(city.fieldIndex("applications")));
    assertEquals(1000L, regions.get("province 320000 city government 2023").getLong(counties.fieldIndex("applications")));
    assertEquals(5L, regions.get("province 320000 county department 2023").getLong(counties.fieldIndex("applications")));
    assertEquals(0L, regions.get("city 321300 county department 2023").getLong(counties.fieldIndex("applications")));
    // every region row equals the sum over its agencies
    for (Row r : regions.values()) {
      String code = r.getString(r.fieldIndex("region_code"));
      String column = r.getString(r.fieldIndex("region_level")).equals("province") ? "province_code" : "city_code";
      long sum = 0;
      for (Row m : metrics.values()) {
        if (code.equals(m.get(m.fieldIndex(column))) && r.get(r.fieldIndex("level")).equals(m.get(m.fieldIndex("level")))
            && r.get(r.fieldIndex("reporter_type")).equals(m.get(m.fieldIndex("reporter_type")))
            && r.getInt(r.fieldIndex("year")) == m.getInt(m.fieldIndex("year"))
            && m.get(m.fieldIndex("applications")) != null) {
          sum += m.getLong(m.fieldIndex("applications"));
        }
      }
      assertEquals(sum, r.getLong(r.fieldIndex("applications")), r.toString());
    }
    Row level = tables.get(LakeSchema.LEVEL_YEAR_METRICS)
        .filter("level = 'county' AND reporter_type = 'government' AND year = 2023").first();
    assertEquals(100L, level.getLong(level.fieldIndex("applications")));
    assertEquals(99L, level.getLong(level.fieldIndex("processed")));
  }

  @Test
  void everyColumnOfEveryMetricTableIsInTheDictionaryAndViceVersa() {
    MetricDictionary dictionary = MetricDictionary.bundled();
    Set<String> seen = new TreeSet<>();
    for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
      Set<String> columns = new TreeSet<>(List.of(t.getValue().columns()));
      Set<String> defined = new TreeSet<>();
      dictionary.entriesOf(t.getKey()).forEach(e -> defined.add(e.name()));
      assertEquals(defined, columns, t.getKey());
      seen.add(t.getKey());
    }
    for (MetricDictionary.Entry e : dictionary.entries()) {
      assertTrue(seen.containsAll(e.tables()), e.name() + " lists an unknown table: " + e.tables());
    }
  }

  @Test
  void columnCommentsCarryTheChineseLabelIntoDelta() {
    String path = tmp.resolve("metrics").toString();
    MetricTables.withComments(tables.get(LakeSchema.AGENCY_YEAR_METRICS), MetricDictionary.bundled())
        .write().format("delta").partitionBy("year").save(path);
    StructType schema = SharedSpark.session().read().format("delta").load(path).schema();
    assertTrue(schema.apply("grant_rate").getComment().get().startsWith("公开率 — "));
    assertFalse(schema.apply("applications").getComment().isEmpty());
  }
}
