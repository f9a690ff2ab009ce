package org.disclosurelake.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The fact vocabulary of domain.md §3: every table key a parser may emit. Keys are the contract between parsers,
 * tables, metrics and users; extend only under the documented prefixes, never reuse a key with another meaning.
 */
public final class Vocabulary {

  /** 表三 columns, in printed order. */
  public static final List<String> T3_COLUMNS =
      List.of("natural", "commercial", "research", "social", "legal", "other", "total");

  /** 表三 leaf outcome rows of the 2019 template, in printed order (（六） is one row). */
  public static final List<String> T3_OUTCOMES_2019 =
      List.of(
          "granted",
          "partial",
          "denied.state_secret",
          "denied.law_forbidden",
          "denied.three_safety",
          "denied.third_party",
          "denied.internal_affairs",
          "denied.process_info",
          "denied.enforcement_file",
          "denied.query_item",
          "unable.not_held",
          "unable.needs_creation",
          "unable.unclear",
          "not_processed.petition",
          "not_processed.repeated",
          "not_processed.publication",
          "not_processed.excessive",
          "not_processed.confirmation",
          "other");

  /** 表三 leaf outcome rows of the 2021 template (（六） split into three rows). */
  public static final List<String> T3_OUTCOMES_2021;

  static {
    List<String> rows = new ArrayList<>(T3_OUTCOMES_2019.subList(0, T3_OUTCOMES_2019.size() - 1));
    rows.addAll(List.of("other.no_correction", "other.unpaid_fee", "other.misc"));
    T3_OUTCOMES_2021 = List.copyOf(rows);
  }

  /** Group totals some reports print as extra rows; pre-2019 reports often give only these. */
  public static final List<String> T3_GROUPS = List.of("denied", "unable", "not_processed");

  /** 表四 blocks, in printed order. */
  public static final List<String> T4_BLOCKS = List.of("review", "suit_direct", "suit_after_review");

  /** 表四 columns of each block, in printed order. */
  public static final List<String> T4_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

  /** 表二 items. */
  public static final List<String> T2_ITEMS =
      List.of("rules", "norms", "license", "other_services", "penalty", "coercion", "fees", "procurement");

  /** 表二 columns (a union over both templates). */
  public static final List<String> T2_COLUMNS =
      List.of(
          "made",
          "published",
          "public_total",
          "repealed",
          "valid",
          "prev_items",
          "change",
          "decisions",
          "amount_wan",
          "items",
          "amount_yuan");

  private Vocabulary() {}

  /** 表三 rows of a template in printed order: new, carried, the outcomes, processed, forward. */
  public static List<String> t3Rows(Template template) {
    List<String> rows = new ArrayList<>(List.of("new", "carried"));
    rows.addAll(template == Template.T2021 ? T3_OUTCOMES_2021 : T3_OUTCOMES_2019);
    rows.addAll(List.of("processed", "forward"));
    return List.copyOf(rows);
  }

  /** Every 表三 row key of either template plus the group totals. */
  public static List<String> allT3Rows() {
    List<String> rows = new ArrayList<>(List.of("new", "carried"));
    rows.addAll(T3_OUTCOMES_2019);
    rows.addAll(T3_OUTCOMES_2021.subList(T3_OUTCOMES_2021.size() - 3, T3_OUTCOMES_2021.size()));
    rows.addAll(T3_GROUPS);
    rows.addAll(List.of("processed", "forward"));
    return List.copyOf(rows);
  }

  public static String t3(String row, String column) {
    return "t3." + row + "." + column;
  }

  public static String t4(String block, String column) {
    return "t4." + block + "." + column;
  }

  public static String t2(String item, String column) {
    return "t2." + item + "." + column;
  }
}
