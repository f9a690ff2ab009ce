package org.disclosurelake.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;
import org.disclosurelake.report.Report;

/** One parse result as one line of JSON, with a fixed key order and numbers in plain notation. */
final class ReportJson {

  private static final JsonFactory JSON = new JsonFactory();

  private ReportJson() {}

  static String toJson(ParseResult result) {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(sw)) {
      if (result.isRejected()) {
        writeRejection(g, result.rejection());
      } else {
        writeReport(g, result.report());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write JSON", e);
    }
    return sw.toString();
  }

  private static void writeReport(JsonGenerator g, Report r) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", r.source());
    g.writeStringField("sha256", r.sha256());
    g.writeStringField("agency", r.agency());
    g.writeFieldName("year");
    if (r.year() == null) {
      g.writeNull();
    } else {
      g.writeNumber(r.year());
    }
    g.writeStringField("template", r.template().code());
    g.writeStringField("form", r.form().code());
    g.writeObjectFieldStart("facts");
    for (Map.Entry<String, BigDecimal> e : r.values().entrySet()) {
      g.writeFieldName(e.getKey());
      g.writeNumber(plain(e.getValue()));
    }
    g.writeEndObject();
    if (r.facts().stream().anyMatch(org.disclosurelake.report.Fact::ocr)) {
      g.writeObjectFieldStart("ocr_confidence"); // per fact read by OCR: tesseract's confidence, 0-100
      for (org.disclosurelake.report.Fact f : r.facts()) {
        if (f.ocr() && f.confidence() != null && f.hasValue()) {
          g.writeNumberField(f.key(), Math.round(f.confidence()));
        }
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeStartObject();
      g.writeStringField("code", f.code().code());
      g.writeStringField("message", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeRejection(JsonGenerator g, Rejection r) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", r.source());
    g.writeStringField("sha256", r.sha256());
    g.writeStringField("rejected", r.reason());
    g.writeStringField("detected_type", r.detectedType());
    g.writeEndObject();
  }

  /** 180.338174, 14, 0: no exponent, no trailing zeros. */
  static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
