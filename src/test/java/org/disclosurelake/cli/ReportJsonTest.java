package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
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

class ReportJsonTest {

  @Test
  void reportIsOneLineWithStatedNumbersInPlainNotation() {
    Report report =
        new Report(
            "a.txt",
            "ab12",
            "咸阳市",
            2017,
            Template.PRE2019,
            Form.HTML,
            null,
            null,
            null,
            List.of(
                Fact.number("t3.new.total", new BigDecimal("14.000000"), "", "", "14"),
                Fact.number("t2.fees.amount_wan", new BigDecimal("180.3381740"), "", "", ""),
                Fact.number("t2.procurement.amount_yuan", new BigDecimal("7.7E+7"), "", "", "7700万"),
                Fact.number("t4.review.total", new BigDecimal("0.00"), "", "", "0"),
                Fact.empty("t3.carried.total", Semantics.NOT_APPLICABLE, "", "", "/")),
            List.of(Finding.of(FindingCode.T4_SUM, "review: 1 + 0 + 0 + 0 ≠ 2 \"total\"")),
            "0.1.0");
    assertEquals(
        "{\"source\":\"a.txt\",\"sha256\":\"ab12\",\"agency\":\"咸阳市\",\"year\":2017,\"template\":\"pre2019\","
            + "\"form\":\"html\",\"facts\":{\"t3.new.total\":14,\"t2.fees.amount_wan\":180.338174,"
            + "\"t2.procurement.amount_yuan\":77000000,\"t4.review.total\":0},"
            + "\"findings\":[{\"code\":\"T4-SUM\",\"message\":\"review: 1 + 0 + 0 + 0 ≠ 2 \\\"total\\\"\"}]}",
        ReportJson.toJson(ParseResult.of(report)));
  }

  @Test
  void unknownAgencyAndYearAreNull() {
    Report report =
        new Report("b.txt", "cd", null, null, Template.UNKNOWN, Form.TEXT, null, null, null, List.of(), List.of(), "0");
    assertEquals(
        "{\"source\":\"b.txt\",\"sha256\":\"cd\",\"agency\":null,\"year\":null,\"template\":\"unknown\","
            + "\"form\":\"text\",\"facts\":{},\"findings\":[]}",
        ReportJson.toJson(ParseResult.of(report)));
  }

  @Test
  void rejectionHasReasonAndDetectedType() {
    assertEquals(
        "{\"source\":\"x.png\",\"sha256\":\"ef\",\"rejected\":\"image (png), not a report\",\"detected_type\":\"png\"}",
        ReportJson.toJson(
            ParseResult.rejected(new Rejection("x.png", "ef", 10, "image (png), not a report", "png"))));
  }
}
