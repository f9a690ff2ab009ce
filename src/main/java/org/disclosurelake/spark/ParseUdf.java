package org.disclosurelake.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.disclosurelake.parse.BudgetedParser;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.ParseResult;

/**
 * The parser as a Spark function: (file bytes, path) → a row of {@link LakeSchema#PARSED}. A thin adapter; it
 * never throws for a bad document nor for a bug of ours (an internal error rejection), so one file never fails the
 * batch. Every document runs under the budget of a {@link BudgetedParser} built from the {@link Limits} this function
 * was made with (and serialised with, to the executors): an oversize file, a parse over the time budget or an
 * out-of-memory parse becomes a rejection with its reason instead of a hung or failed task.
 */
public final class ParseUdf implements UDF2<byte[], String, Row> {

  private static final long serialVersionUID = 1L;

  /** The name the function is registered under. */
  public static final String NAME = "parse_report";

  /** What the UDF calls per document: bytes + path → result. */
  @FunctionalInterface
  interface DocumentParser {
    ParseResult parse(byte[] bytes, String path);
  }

  private final Limits limits;

  // built on first use where the function runs; thread-safe and not serializable
  private transient DocumentParser parser;

  /** The parse within the {@link Limits#DEFAULTS default limits}. */
  public ParseUdf() {
    this(Limits.DEFAULTS);
  }

  /** The parse within these limits. */
  public ParseUdf(Limits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
  }

  /** The limits every document is parsed within. */
  public Limits limits() {
    return limits;
  }

  @Override
  public Row call(byte[] content, String path) {
    byte[] bytes = content == null ? new byte[0] : content;
    try {
      return ReportRows.toRow(parser().parse(bytes, path), bytes.length);
    } catch (RuntimeException e) {
      // the parser never throws: this is a bug of the row mapping, an internal error like any other of ours
      return ReportRows.failed(path, ReportParser.sha256(bytes), bytes.length, e);
    }
  }

  private DocumentParser parser() {
    if (parser == null) {
      parser = new BudgetedParser(limits)::parse;
    }
    return parser;
  }
}
