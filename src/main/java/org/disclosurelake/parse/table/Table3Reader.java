package org.disclosurelake.parse.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Vocabulary;

/**
 * Reads 表三 (applications received and handled) from any form: rows located by label keywords in template order,
 * cells split (glued digits included), ambiguous splits settled by the table's own column arithmetic or reported.
 */
public final class Table3Reader {

  static final List<String> COLUMN_LABELS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

  // keywords that identify each row, in printed order (Chinese is the data matched in documents)
  private static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

  static {
    ROWS.put("new", List.of("本年新收"));
    ROWS.put("carried", List.of("上年结转"));
    ROWS.put("granted", List.of("予以公开"));
    ROWS.put("partial", List.of("部分公开"));
    ROWS.put("denied.state_secret", List.of("国家秘密"));
    ROWS.put("denied.law_forbidden", List.of("禁止公开", "法律行政", "止公开"));
    ROWS.put("denied.three_safety", List.of("三安全一稳定", "一稳定"));
    ROWS.put("denied.third_party", List.of("第三方合法权益", "第三方"));
    ROWS.put("denied.internal_affairs", List.of("内部事务"));
    ROWS.put("denied.process_info", List.of("过程性"));
    ROWS.put("denied.enforcement_file", List.of("执法案卷"));
    ROWS.put("denied.query_item", List.of("查询事项"));
    ROWS.put("unable.not_held", List.of("不掌握"));
    ROWS.put("unable.needs_creation", List.of("另行制作"));
    ROWS.put("unable.unclear", List.of("仍不明确", "不明确"));
    ROWS.put("not_processed.petition", List.of("信访举报", "信访"));
    ROWS.put("not_processed.repeated", List.of("重复申请"));
    ROWS.put("not_processed.publication", List.of("出版物"));
    ROWS.put("not_processed.excessive", List.of("反复申请"));
    ROWS.put("not_processed.confirmation", List.of("重新出具", "确认或"));
  }

  private static final List<String> OTHER_HEADING = List.of("其他处理");
  private static final List<String> NO_CORRECTION = List.of("不补正");
  private static final List<String> UNPAID_FEE = List.of("缴纳费用", "收费通知");
  private static final List<String> OTHER_MISC = List.of("3.其他", "3、其他");
  private static final List<String> TOTAL = List.of("总计");
  private static final List<String> FORWARD = List.of("结转下年度");
  // every row's keywords, for matching a label printed beside a row's numbers
  private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>(ROWS);

  static {
    KEYWORDS.put("other.no_correction", NO_CORRECTION);
    KEYWORDS.put("other.unpaid_fee", UNPAID_FEE);
    KEYWORDS.put("other.misc", OTHER_MISC);
    KEYWORDS.put("other", OTHER_HEADING);
    KEYWORDS.put("processed", TOTAL);
    KEYWORDS.put("forward", FORWARD);
  }

  // each row's keywords with one character left out, for labels printed with a typo
  private static final Map<String, List<String>> TYPOS = new LinkedHashMap<>();

  static {
    ROWS.forEach((row, keywords) -> TYPOS.put(row, typoVariants(keywords)));
  }

  private Table3Reader() {}

  /** Reads 表三 into the sink; returns the compact position where the table ends, or -1 when there is none. */
  public static int read(CompactText t, TableSink sink) {
    return read(t, List.of(), sink);
  }

  /**
   * Reads 表三 into the sink, from the fragments of a converted table when {@code lines} hold one (see
   * {@link Table3Fragments}), else by label; returns the compact position where the table ends, or -1.
   */
  public static int read(CompactText t, List<String> lines, TableSink sink) {
    int start = t.indexOf("本年新收", 0, t.length());
    if (start < 0) {
      return -1;
    }
    List<Table3Fragments.Row> stitched = Table3Fragments.stitch(lines, KEYWORDS);
    if (!stitched.isEmpty()) {
      List<String> byPosition = new ArrayList<>();
      for (Table3Fragments.Row r : stitched) {
        if (r.byPosition()) {
          byPosition.addAll(keys(List.of(r.key())));
        }
      }
      sink.finding(
          FindingCode.STITCHED,
          "表三 printed apart from its row labels: " + byPosition.size() + " unlabelled number rows matched to the"
              + " template's rows by their order (the labelled rows agree with that order)",
          byPosition);
      Table3Cells.ofCells(stitched, sink).emit();
      int forward = t.indexOf("结转下年度", start, t.length());
      return forward >= 0 ? forward + "结转下年度".length() : start;
    }
    int end = tableEnd(t, start);
    RowLocator loc = new RowLocator(t, start, end);
    List<String> missing = new ArrayList<>();
    List<Map.Entry<String, List<String>>> rows = new ArrayList<>(ROWS.entrySet());
    for (int i = 0; i < rows.size(); i++) {
      Map.Entry<String, List<String>> row = rows.get(i);
      if (loc.find(row.getKey(), row.getValue())) {
        continue;
      }
      // a label printed with a character dropped or changed ("予公开", "属于行政执法卷", "重复申"): matched only
      // before the next row's own label, so that it is this row's place and no other's
      int next = loc.peek(i + 1 < rows.size() ? rows.get(i + 1).getValue() : OTHER_HEADING);
      if (next < 0 || !loc.find(row.getKey(), TYPOS.get(row.getKey()), next)) {
        missing.add(row.getKey());
      }
    }
    int totalAt = loc.peek(TOTAL);
    int noCorrection = loc.peek(NO_CORRECTION);
    if (noCorrection >= 0 && (totalAt < 0 || noCorrection < totalAt)) {
      // the 2021 template split (六) into three rows
      requireRow(loc, "other.no_correction", NO_CORRECTION, missing);
      requireRow(loc, "other.unpaid_fee", UNPAID_FEE, missing);
      requireRow(loc, "other.misc", OTHER_MISC, missing);
    } else {
      requireRow(loc, "other", OTHER_HEADING, missing);
    }
    requireRow(loc, "processed", TOTAL, missing);
    requireRow(loc, "forward", FORWARD, missing);
    List<RowLocator.Located> located = loc.rows(Math.max(0, start - 64));
    if (!missing.isEmpty()) {
      sink.finding(FindingCode.SHAPE, "表三 rows not found: " + missing, keys(missing));
    }
    new Table3Cells(located, sink).emit();
    return located.isEmpty() ? start : located.get(located.size() - 1).span().tailEnd();
  }

  /** Each keyword of four or more characters with one character left out: "执法案卷" → "执法卷", "执法案", …. */
  static List<String> typoVariants(List<String> keywords) {
    List<String> out = new ArrayList<>();
    for (String kw : keywords) {
      if (kw.length() < 4) {
        continue;
      }
      for (int i = 0; i < kw.length(); i++) {
        String v = kw.substring(0, i) + kw.substring(i + 1);
        if (!out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static void requireRow(RowLocator loc, String key, List<String> keywords, List<String> missing) {
    if (!loc.find(key, keywords)) {
      missing.add(key);
    }
  }

  /** 表三 ends where 表四's heading starts (行政复议), or a little after its last row. */
  private static int tableEnd(CompactText t, int start) {
    int forward = t.indexOf("结转下年度", start, t.length());
    if (forward < 0) {
      return Math.min(t.length(), start + 8000);
    }
    int review = t.indexOf("行政复议", forward, t.length());
    return review >= 0 ? review : Math.min(t.length(), forward + 400);
  }

  private static List<String> keys(List<String> rows) {
    List<String> out = new ArrayList<>();
    for (String r : rows) {
      out.add(Vocabulary.t3(r, "total"));
    }
    return out;
  }
}
