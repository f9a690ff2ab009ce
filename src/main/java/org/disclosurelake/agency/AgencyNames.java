package org.disclosurelake.agency;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place that cleans agency names: {@link #clean} tells whether a candidate from a document looks like the name
 * of a reporting body (the parser's metadata reader), {@link #normalize} strips width, blanks, quotes and report-title
 * words before a name is matched against the gazetteer (the resolver).
 */
public final class AgencyNames {

  private static final Pattern NOISE = Pattern.compile("[\\s\\u3000\\u00A0《》“”\"'‘’·•【】\\[\\]]");
  private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年度?");
  private static final Pattern REPORT_TITLE =
      Pattern.compile("(\\d{4}年度?)?(政府信息公开)?(工作)?(年度)?报告$");

  // endings of the names of government bodies, longest first where one ends another
  private static final List<String> ENDINGS =
      List.of(
          "人民政府办公室", "人民政府办公厅", "人民政府", "办公室", "办公厅", "管理委员会", "管委会", "委员会", "开发区",
          "实验区", "示范区", "新区", "园区", "产业园", "街道办事处", "办事处", "街道", "政府", "局", "委", "厅", "部", "署", "院",
          "办", "处", "所", "中心", "站", "队", "馆", "会", "区", "县", "市", "省", "州", "盟", "旗", "镇", "乡", "集团",
          "公司", "学校", "大学", "医院", "海关", "监狱", "研究院");

  private static final Pattern CJK_NAME = Pattern.compile("[\\p{IsHan}（）()·]{2,40}");
  private static final Pattern LEADING =
      Pattern.compile("^(?:标题|题目|单位|发布机构)\\s*[:：]\\s*|^关于|^(?:现将|现就|兹将|特将|现公布)|^[【\\[《“]");
  // "…管理局关于报送2020年度…报告的函": the words of the cover letter, not of the name
  private static final Pattern LETTER_TAIL = Pattern.compile("关于(?:报送|上报|印发|公布|发布|公开)?$");
  // abbreviations agencies use of themselves, and the full names they stand for
  private static final java.util.Map<String, String> SHORT_FORMS = shortForms();
  // "全市…", "本局", "我区…": the text speaking of itself, not a name (全南县 and 本溪市 are names)
  private static final Pattern GENERIC_SUBJECT =
      Pattern.compile("(?:全|本|我|各|该)(?:市|区|县|镇|乡|局|委|办|厅|街道|单位|机关|部门|省)");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
  // "化学新材料产业园-沿江街道": two bodies joined by a hyphen, as the 统计用区划 names merged units
  private static final Pattern HYPHEN = Pattern.compile("[-－‐—]+");
  private static final Pattern HYPHEN_EDGES = Pattern.compile("^[-－‐—]+|[-－‐—]+$");
  private static final Pattern YEAR_TAIL = Pattern.compile("\\d{4}\\s*年\\s*度?$");

  private AgencyNames() {}

  /** NFKC (full-width to half-width), no blanks or quotes, no leading year, no trailing "…年度报告". */
  static String normalize(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    s = NOISE.matcher(s).replaceAll("");
    s = LEADING_YEAR.matcher(s).replaceFirst("");
    s = REPORT_TITLE.matcher(s).replaceFirst("");
    return s;
  }

  /** The cleaned name, or null when the text does not look like an agency name. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = LEADING.matcher(raw.strip()).replaceFirst("");
    s = YEAR_TAIL.matcher(s).replaceFirst("").strip();
    s = SPACES.matcher(s).replaceAll("");
    s = LETTER_TAIL.matcher(s).replaceFirst("");
    s = expand(s);
    String[] joined = HYPHEN.split(HYPHEN_EDGES.matcher(s).replaceAll(""), -1);
    if (joined.length > 1) {
      // two bodies make one name; otherwise it is a breadcrumb ("政务公开-某某局") and its last part the name
      String last = named(joined[joined.length - 1]);
      String first = joined.length == 2 ? named(joined[0]) : null;
      return first != null && last != null ? first + "-" + last : last;
    }
    return named(s);
  }

  /** "上海市科委" → "上海市科学技术委员会": a division name followed by a standard abbreviation. */
  static String expand(String s) {
    for (java.util.Map.Entry<String, String> e : SHORT_FORMS.entrySet()) {
      String shortForm = e.getKey();
      if (s.endsWith(shortForm) && s.length() > shortForm.length()) {
        String head = s.substring(0, s.length() - shortForm.length());
        char last = head.charAt(head.length() - 1);
        if (last == '市' || last == '省' || last == '区' || last == '县' || last == '州' || last == '旗' || last == '盟') {
          return head + e.getValue();
        }
      }
    }
    return s;
  }

  private static java.util.Map<String, String> shortForms() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("发改委", "发展和改革委员会");
    m.put("科委", "科学技术委员会");
    m.put("经信委", "经济和信息化委员会");
    m.put("卫健委", "卫生健康委员会");
    m.put("住建委", "住房和城乡建设委员会");
    m.put("国资委", "国有资产监督管理委员会");
    m.put("民宗委", "民族宗教事务委员会");
    m.put("教委", "教育委员会");
    m.put("交委", "交通委员会");
    m.put("商委", "商务委员会");
    m.put("农委", "农业委员会");
    m.put("发改局", "发展和改革局");
    m.put("人社局", "人力资源和社会保障局");
    m.put("住建局", "住房和城乡建设局");
    m.put("卫健局", "卫生健康局");
    m.put("文旅局", "文化和旅游局");
    m.put("市监局", "市场监督管理局");
    m.put("侨办", "人民政府侨务办公室");
    m.put("外办", "人民政府外事办公室");
    return java.util.Collections.unmodifiableMap(m);
  }

  private static String named(String s) {
    if (!CJK_NAME.matcher(s).matches()) {
      return null;
    }
    if (GENERIC_SUBJECT.matcher(s).lookingAt() || s.contains("年度")) {
      return null;
    }
    String ending = null;
    for (String e : ENDINGS) {
      if (s.endsWith(e) && (ending == null || e.length() > ending.length())) {
        ending = e;
      }
    }
    // "开发区", "本区" alone name no one: a specific part must stand before the generic ending
    if (ending == null || s.length() - ending.length() < 2) {
      return null;
    }
    return s;
  }
}
