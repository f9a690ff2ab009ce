package org.disclosurelake.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.disclosurelake.parse.InternalErrors;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Vocabulary;

/** Maps a {@link ParseResult} to a row of {@link LakeSchema#PARSED}, field by field; no parsing happens here. */
public final class ReportRows {

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(LakeSchema.VALUE.precision() - LakeSchema.VALUE.scale());

  private ReportRows() {}

  /** The row of one parse result. */
  public static Row toRow(ParseResult result, long size) {
    return result.isRejected()
        ? rejected(result.rejection(), result.companions())
        : parsed(result.report(), size, result.companions());
  }

  /** The row of a file whose result could not be mapped (a bug of ours): an internal error for that path. */
  public static Row failed(String path, String reportId, long size, Throwable bug) {
    return rejected(InternalErrors.rejection(path, reportId, size, "unknown", bug), List.of());
  }

  /** A reject's row: its reason, and the files it looked for beside it (a page whose pictures were missing). */
  private static Row rejected(Rejection r, List<String> companions) {
    Object[] v = new Object[LakeSchema.PARSED.size()];
    v[0] = r.sha256();
    v[1] = r.reason();
    v[2] = r.detectedType();
    v[3] = r.size();
    v[LakeSchema.PARSED.fieldIndex("companions")] = companions.isEmpty() ? null : companions;
    return RowFactory.create(v);
  }

  private static Row parsed(Report r, long size, List<String> companions) {
    Map<String, BigDecimal> values = r.values();
    Row t2 = grid("t2", LakeSchema.T2_ROWS, Vocabulary.T2_COLUMNS, values);
    Row t3 = grid("t3", LakeSchema.T3_ROWS, Vocabulary.T3_COLUMNS, values);
    Row t4 = grid("t4", LakeSchema.T4_ROWS, Vocabulary.T4_COLUMNS, values);
    BigDecimal proactive = value(values.get("proactive.total"));
    return RowFactory.create(
        r.sha256(),
        null,
        r.form().code(),
        size,
        r.agency(),
        r.year(),
        r.template().code(),
        r.form().code(),
        r.title(),
        r.publicationDate() == null ? null : Date.valueOf(r.publicationDate()),
        r.charset(),
        t2,
        t3,
        t4,
        proactive,
        facts(r.facts()),
        findings(r.findings()),
        r.facts().size(),
        stated(t2) + stated(t3) + stated(t4) + (proactive == null ? 0 : 1),
        r.parserVersion(),
        companions.isEmpty() ? null : companions);
  }

  /** A struct of structs (one per vocabulary row, in schema order) filled from keys {@code prefix.row.column}. */
  private static Row grid(String prefix, List<String> rows, List<String> columns, Map<String, BigDecimal> values) {
    Object[] out = new Object[rows.size()];
    for (int r = 0; r < out.length; r++) {
      Object[] cells = new Object[columns.size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = value(values.get(prefix + "." + rows.get(r) + "." + columns.get(c)));
      }
      out[r] = RowFactory.create(cells);
    }
    return RowFactory.create(out);
  }

  /** The cells of a grid that hold a value: its part of {@link LakeSchema#VALUE_COUNT}. */
  private static int stated(Row grid) {
    int n = 0;
    for (int r = 0; r < grid.size(); r++) {
      Row cells = grid.getStruct(r);
      for (int c = 0; c < cells.size(); c++) {
        n += cells.isNullAt(c) ? 0 : 1;
      }
    }
    return n;
  }

  private static List<Row> facts(List<Fact> facts) {
    List<Row> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      out.add(
          RowFactory.create(
              f.key(),
              value(f.value()),
              f.semantics().code(),
              f.rowLabel(),
              f.columnLabel(),
              f.raw(),
              f.approximate(),
              f.ocr(),
              f.confidence()));
    }
    return out;
  }

  private static List<Row> findings(List<Finding> findings) {
    List<Row> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(RowFactory.create(f.code().code(), f.message(), f.keys()));
    }
    return out;
  }

  /** The value at the lake's scale; null when absent or too large for decimal(24,6) (the fact keeps its raw text). */
  public static BigDecimal value(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal scaled = v.setScale(LakeSchema.VALUE.scale(), RoundingMode.HALF_UP);
    return scaled.abs().compareTo(LIMIT) >= 0 ? null : scaled;
  }
}
