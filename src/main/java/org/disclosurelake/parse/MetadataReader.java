package org.disclosurelake.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelake.agency.AgencyNames;

/**
 * Finds who reports and for which year: the agency from the title, "现将XX…年度报告", the 指南 title or the contact
 * sentence; the statistics year from the 统计期限 sentence first, then the title (never the publication date); and
 * the publication date when stated. All patterns are bounded and applied to single lines of bounded length.
 */
final class MetadataReader {

  /** What was found; {@code yearInferred} is true when the year came only from counting mentions. */
  /**
   * @param agencyFromContact the agency was read from the contact sentence alone ("请与…联系"), which often names
   *     an office of the reporter rather than the reporter
   */
  record Metadata(
      String agency, Integer year, boolean yearInferred, String title, LocalDate publicationDate,
      boolean agencyFromContact) {}

  private static final int MAX_LINE = 4000;
  private static final int HEAD_LINES = 40;

  // "XX2021年度政府信息公开工作年度报告" — the agency before the year
  private static final Pattern TITLE =
      Pattern.compile(
          "([^\\s，。；:：|]{0,40}?)[ \\u3000]?(\\d{4})\\s*年\\s*度?\\s*(?:(?:政府|政务)?信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告");
  // "2021年XX政府信息公开工作年度报告" — the year before the agency
  private static final Pattern TITLE_YEAR_FIRST =
      Pattern.compile("(\\d{4})\\s*年\\s*度?([^\\s，。；:：|\\d]{2,40}?)(?:(?:政府|政务)?信息公开|政务公开)(?:工作)?(?:年度)?报告");
  private static final Pattern NOW_PUBLISH =
      Pattern.compile("现将([^，。；\\s]{2,40}?)(\\d{4})\\s*年\\s*度?(?:政府|政务)?信息公开");
  private static final Pattern GUIDE = Pattern.compile("《([^《》，。\\s]{2,40}?)政府信息公开指南》");
  // "2022年，平潭综合实验区坚持…": the body names the reporter as the subject of its first sentence
  private static final Pattern BODY_SUBJECT =
      Pattern.compile("^\\d{4}\\s*年(?:度|以来)?[，,]\\s*([^，。；\\s]{2,30}?)(?:坚持|认真|深入|紧紧|严格|进一步|按照|围绕|全面|持续|扎实|始终|高度|以)");
  private static final Pattern CONTACT = Pattern.compile("请(?:与|联系)[:：]?([^，。；（(\\s]{2,30}?)(?:联系|[（(])");
  private static final Pattern PERIOD =
      Pattern.compile("(\\d{4})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日\\s*(?:起)?\\s*(?:至|到|—|-|～|~)\\s*(?:(\\d{4})\\s*年\\s*)?12\\s*月\\s*31\\s*日");
  private static final Pattern PUB_DATE =
      Pattern.compile("(?:发布|公开|成文|印发)(?:时间|日期)\\s*[:：]?\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
  private static final Pattern DATE_LINE =
      Pattern.compile("^[(（]?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[)）]?$");
  private static final Pattern YEAR_MENTION = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern LEADING_JUNK =
      Pattern.compile("^(?:标题|题目|名称|文章标题)\\s*[:：]\\s*|^关于|^[【\\[《]");

  private MetadataReader() {}

  static Metadata read(Body body) {
    List<String> lines = body.lines();
    String title = null;
    String agency = null;
    Integer titleYear = null;
    for (String candidate : titleCandidates(body)) {
      Optional<String[]> t = titleParts(candidate);
      if (t.isPresent()) {
        title = title == null ? t.get()[2] : title;
        titleYear = titleYear == null ? Integer.valueOf(t.get()[1]) : titleYear;
        String a = AgencyNames.clean(t.get()[0]);
        if (a == null && candidate != null) {
          a = previousLineAgency(lines, candidate);
        }
        if (a != null) {
          agency = a;
          break;
        }
      }
    }
    if (agency == null) {
      agency = firstAgency(lines, NOW_PUBLISH, 1, "现将");
    }
    if (agency == null) {
      agency = firstAgency(lines, GUIDE, 1, "指南》");
    }
    if (agency == null) {
      agency = firstAgency(lines, BODY_SUBJECT, 1, "年");
    }
    boolean fromContact = false;
    if (agency == null) {
      agency = firstAgency(lines, CONTACT, 1, "联系"); // the contact office, often not the reporter itself: last resort
      fromContact = agency != null;
    }
    agency = AgencyPrefix.complete(agency, lines);
    Integer year = statedPeriodYear(lines);
    boolean inferred = false;
    if (year == null) {
      year = titleYear;
    }
    if (year == null) {
      year = firstYear(lines, NOW_PUBLISH, 2);
    }
    if (year == null) {
      year = mostMentionedYear(lines);
      inferred = year != null;
    }
    LocalDate published = body.publicationDate() != null ? body.publicationDate() : publicationDate(lines);
    return new Metadata(agency, year, inferred, title, published, fromContact);
  }

  private static List<String> titleCandidates(Body body) {
    List<String> out = new java.util.ArrayList<>();
    if (body.title() != null) {
      out.add(body.title());
    }
    List<String> lines = body.lines();
    for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
      String line = lines.get(i);
      if (line.length() <= 200 && line.contains("报告")) {
        out.add(line);
      } else if (line.length() <= 100 && i + 1 < lines.size() && lines.get(i + 1).length() <= 20
          && lines.get(i + 1).contains("报告")) {
        out.add(line + lines.get(i + 1)); // a title broken over two lines: "2024 年上海市科委政府信息公开工作" / "年度报告"
      }
    }
    return out;
  }

  /** {agency part, year, title text} of a title line, when it is one. */
  private static Optional<String[]> titleParts(String line) {
    String s = LEADING_JUNK.matcher(bounded(line).strip()).replaceFirst("");
    if (!s.contains("信息公开") && !s.contains("政务公开")) {
      return Optional.empty(); // TITLE names it; the lazy search of TITLE is slow where it fails
    }
    Matcher m = TITLE.matcher(s);
    if (m.find()) {
      String agency = m.group(1);
      if (agency.isEmpty()) {
        Matcher y = TITLE_YEAR_FIRST.matcher(s);
        if (y.find()) {
          return Optional.of(new String[] {y.group(2), y.group(1), s.substring(y.start(), y.end())});
        }
      }
      return Optional.of(new String[] {agency, m.group(2), s.substring(m.start(), m.end())});
    }
    Matcher y = TITLE_YEAR_FIRST.matcher(s);
    if (y.find()) {
      return Optional.of(new String[] {y.group(2), y.group(1), s.substring(y.start(), y.end())});
    }
    return Optional.empty();
  }

  /** "深州市人民政府办公室" on the line before "2021年政府信息公开工作年度报告". */
  private static String previousLineAgency(List<String> lines, String titleLine) {
    int i = lines.indexOf(titleLine);
    return i > 0 ? AgencyNames.clean(lines.get(i - 1)) : null;
  }

  private static String firstAgency(List<String> lines, Pattern p, int group, String mustContain) {
    for (String line : lines) {
      if (!line.contains(mustContain)) {
        continue;
      }
      Matcher m = p.matcher(bounded(line));
      while (m.find()) {
        String a = AgencyNames.clean(m.group(group));
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  private static Integer firstYear(List<String> lines, Pattern p, int group) {
    for (String line : lines) {
      Matcher m = p.matcher(bounded(line));
      if (m.find()) {
        return Integer.valueOf(m.group(group));
      }
    }
    return null;
  }

  /** The year of "统计期限自2021年1月1日起至2021年12月31日止" when both ends name the same year. */
  private static Integer statedPeriodYear(List<String> lines) {
    for (String line : lines) {
      if (line.indexOf('月') < 0 || !line.contains("31")) {
        continue;
      }
      Matcher m = PERIOD.matcher(bounded(line));
      while (m.find()) {
        if (m.group(2) == null || m.group(1).equals(m.group(2))) {
          return Integer.valueOf(m.group(1));
        }
      }
    }
    return null;
  }

  private static Integer mostMentionedYear(List<String> lines) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String line : lines) {
      Matcher m = YEAR_MENTION.matcher(bounded(line));
      while (m.find()) {
        counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static LocalDate publicationDate(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = bounded(lines.get(i));
      if (line.contains("时间") || line.contains("日期")) {
        Matcher m = PUB_DATE.matcher(line);
        if (m.find()) {
          return date(m);
        }
      }
      if (i < HEAD_LINES) {
        Matcher d = DATE_LINE.matcher(line.strip());
        if (d.find()) {
          return date(d);
        }
      }
    }
    return null;
  }

  private static LocalDate date(Matcher m) {
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String bounded(String line) {
    return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
  }
}
