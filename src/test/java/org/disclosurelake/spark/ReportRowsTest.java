package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Form;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Semantics;
import org.disclosurelake.report.Template;
import org.junit.jupiter.api.Test;

/** The row mapping against the declared schema, without a Spark session. */
class ReportRowsTest {

  private static final Report REPORT =
      new Report(
          "a.txt",
          "abc",
          "深州市人民政府办公室",
          2021,
          Template.T2021,
          Form.TEXT,
          LocalDate.of(2022, 1, 12),
          "2021年政府信息公开工作年度报告",
          "UTF-8",
          List.of(
              Fact.number("t3.new.total", new BigDecimal("14"), "一、本年新收", "总计", "14"),
              Fact.number("t3.denied.state_secret.natural", BigDecimal.ZERO, "1.属于国家秘密", "自然人", "0"),
              Fact.number("t4.review.total", new BigDecimal("2"), "", "总计", "2"),
              Fact.number("t2.fees.amount_wan", new BigDecimal("180.338174"), "行政事业性收费", "本年收费金额", "180.338174"),
              Fact.empty("t3.carried.total", Semantics.BLANK, "二、上年结转", "总计", ""),
              Fact.narrative("proactive.total", new BigDecimal("2474"), "主动公开政府信息2474条", false)),
          List.of(Finding.of(FindingCode.T3_BAL, "new + carried ≠ processed + forward", List.of("t3.new.total"))),
          "0.1.0");

  private static Row parsed() {
    return ReportRows.toRow(ParseResult.of(REPORT), 123);
  }

  private static Object field(Row row, String name) {
    return row.get(LakeSchema.PARSED.fieldIndex(name));
  }

  /** The cell {@code row.column} of a grid struct, found by the schema's field names. */
  private static BigDecimal cell(Row grid, StructType schema, String row, String column) {
    String rowField = LakeSchema.fieldName(row);
    StructType cells = (StructType) schema.apply(rowField).dataType();
    return grid.getStruct(schema.fieldIndex(rowField)).getDecimal(cells.fieldIndex(column));
  }

  @Test
  void rowHasOneValuePerSchemaField() {
    assertEquals(LakeSchema.PARSED.size(), parsed().size());
  }

  @Test
  void metadataLandsInItsColumns() {
    Row row = parsed();
    assertEquals("abc", field(row, "report_id"));
    assertNull(field(row, "rejected"));
    assertEquals(123L, field(row, "size"));
    assertEquals(2021, field(row, "year"));
    assertEquals("2021", field(row, "template"));
    assertEquals("text", field(row, "form"));
    assertEquals(java.sql.Date.valueOf("2022-01-12"), field(row, "publication_date"));
    assertEquals(6, field(row, "fact_count"));
    assertEquals(new BigDecimal("2474.000000"), field(row, "proactive_total"));
  }

  @Test
  void tableValuesFillTheNestedStructsWithDottedRowsAsUnderscores() {
    Row t3 = (Row) field(parsed(), "t3");
    assertEquals(new BigDecimal("14.000000"), cell(t3, LakeSchema.T3, "new", "total"));
    assertEquals(new BigDecimal("0.000000"), cell(t3, LakeSchema.T3, "denied.state_secret", "natural"));
    assertNull(cell(t3, LakeSchema.T3, "carried", "total"), "a blank cell is not 0");
    Row t4 = (Row) field(parsed(), "t4");
    assertEquals(new BigDecimal("2.000000"), cell(t4, LakeSchema.T4, "review", "total"));
    Row t2 = (Row) field(parsed(), "t2");
    assertEquals(new BigDecimal("180.338174"), cell(t2, LakeSchema.T2, "fees", "amount_wan"));
  }

  @Test
  void valueCountCountsTheCellsThatHoldAValue() {
    // t3.new.total, t3.denied.state_secret.natural (a stated 0), t4.review.total, t2.fees.amount_wan and
    // proactive_total; the blank t3.carried.total is not a value
    assertEquals(5, field(parsed(), LakeSchema.VALUE_COUNT));
    Row rejected = ReportRows.toRow(ParseResult.rejected(new Rejection("x.png", "def", 8, "not a report", "png")), 8);
    assertNull(field(rejected, LakeSchema.VALUE_COUNT));
  }

  @Test
  void factsKeepSemanticsAndFindingsKeepCodes() {
    // the UDF hands Java lists to Spark, which converts them; read them back as such
    List<?> facts = (List<?>) field(parsed(), "facts");
    Row blank = (Row) facts.get(4);
    assertEquals("t3.carried.total", blank.getString(0));
    assertNull(blank.get(1));
    assertEquals("blank", blank.getString(2));
    Row finding = (Row) ((List<?>) field(parsed(), "findings")).get(0);
    assertEquals("T3-BAL", finding.getString(0));
    assertEquals(List.of("t3.new.total"), finding.get(2));
  }

  @Test
  void rejectionFillsOnlyIdentityAndReason() {
    Row row = ReportRows.toRow(ParseResult.rejected(new Rejection("x.png", "def", 8, "image (png), not a report", "png")), 8);
    assertEquals("def", field(row, "report_id"));
    assertEquals("image (png), not a report", field(row, "rejected"));
    assertEquals("png", field(row, "detected_type"));
    assertNull(field(row, "t3"));
    assertNull(field(row, "companions"));
  }

  @Test
  void aRejectedPageKeepsThePicturesItLookedFor() {
    // a page without tables whose pictures were missing: the next run reads it again once they appear
    Row row = ReportRows.toRow(ParseResult.rejected(new Rejection("/in/r.html", "def", 8, "no table", "html"))
        .withCompanions(List.of("/in/table3.png")), 8);
    assertEquals("no table", field(row, "rejected"));
    assertEquals(List.of("/in/table3.png"), field(row, "companions"));
  }

  @Test
  void valuesOutsideDecimal24_6AreDroppedNotWrapped() {
    assertEquals(new BigDecimal("1.235000"), ReportRows.value(new BigDecimal("1.235")));
    assertNull(ReportRows.value(new BigDecimal("1e18")));
  }
}
