package org.disclosurelake.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelake.report.Fact;

/**
 * Numbers stated in prose: the proactive-disclosure total and its channels (any era), and for pre-2019 reports the
 * applications, answers, outcomes, reviews and suits mapped onto the table keys (domain.md §3). Zero phrases
 * ("未收到…申请", "没有发生…行政复议及行政诉讼") state zeros; "4200余条" is kept with the approximate flag.
 */
final class NarrativeReader {

  private static final int MAX_SENTENCE = 600;
  // characters a figure's phrase never crosses: clause and sentence ends, full-width and ASCII
  private static final String STOP = "，。；：,;:！？!?";
  private static final String NUM = "(?<pre>近|约|逾|超过)?\\s*(?<n>\\d[\\d,]*)\\s*(?<post>余|多)?\\s*";

  // each pattern with a literal it cannot match without, checked first because a failing regex search is slow
  private static final List<Phrase> PROACTIVE =
      List.of(
          new Phrase("主动公开", Pattern.compile("主动公开[^" + STOP + "\\d]{0,12}?信息(?:共|达|合计)?\\s*" + NUM + "条")),
          new Phrase("各类", Pattern.compile("(?:公开|公布|发布)各类(?:公开)?政府信息(?:共|达)?\\s*" + NUM + "条")),
          new Phrase(
              "等各类政府信息",
              Pattern.compile("(?:公开|公布|发布)[^" + STOP + "\\d]{0,30}?等各类政府信息\\s*" + NUM + "条")),
          new Phrase("共", Pattern.compile("共(?:主动)?(?:公开|公布)[^" + STOP + "\\d]{0,8}?信息\\s*" + NUM + "条")));
  private static final Pattern CHANNEL =
      Pattern.compile("(门户网站|政府网站|网站|微信公众号|微信|微博|政务新媒体|新媒体|公示栏|公开栏|其他方式)[^" + STOP + "\\d]{0,12}?" + NUM + "条");

  // pre-2019 application figures
  private static final Pattern APPLICATIONS =
      Pattern.compile("(?:受理|收到|接到|接收)[^" + STOP + "\\d]{0,30}?(?:公开)?申请(?:共|合计)?\\s*" + NUM + "件");
  private static final Pattern NO_APPLICATIONS = Pattern.compile("(?:未|没有|无)(?:收到|受理|接到)[^" + STOP + "\\d]{0,20}?申请");
  private static final Pattern ANSWERED = Pattern.compile("(?:答复|办结|已办理)[^" + STOP + "\\d]{0,10}?" + NUM + "件");
  private static final Pattern GRANTED =
      Pattern.compile("(?<!部分)(?:同意公开|予以公开|属于(?:主动)?公开范围)[^" + STOP + "\\d]{0,8}?" + NUM + "件");
  private static final Pattern PARTIAL = Pattern.compile("部分公开[^" + STOP + "\\d]{0,8}?" + NUM + "件");
  private static final Pattern DENIED = Pattern.compile("(?:不予公开|不同意公开|不予以公开)[^" + STOP + "\\d]{0,8}?" + NUM + "件");
  private static final Pattern REVIEW = Pattern.compile("行政复议[^" + STOP + "\\d]{0,10}?" + NUM + "件");
  private static final Pattern SUIT = Pattern.compile("行政诉讼[^" + STOP + "\\d]{0,10}?" + NUM + "件");
  private static final Pattern NO_DISPUTES =
      Pattern.compile("(?:没有|未|无)(?:发生|出现|收到|因)?[^" + STOP + "\\d]{0,40}?(?:复议|诉讼)[^" + STOP + "\\d]{0,20}?(?:情况|案件|发生|申请)");

  /** A pattern and a literal that every match contains. */
  private record Phrase(String literal, Pattern pattern) {}

  private NarrativeReader() {}

  /** Facts from the prose; pre-2019 application facts only when {@code preTemplate}. */
  static List<Fact> read(List<String> lines, boolean preTemplate) {
    Map<String, Fact> facts = new LinkedHashMap<>();
    for (String line : lines) {
      boolean counts = line.indexOf('条') >= 0;
      boolean cases = preTemplate && (line.indexOf('件') >= 0 || line.contains("申请"));
      if (!counts && !cases) {
        continue; // no figure these patterns read can be in the line
      }
      for (String sentence : sentences(line)) {
        if (counts && sentence.indexOf('条') >= 0) {
          proactive(sentence, facts);
        }
        if (cases) {
          applications(sentence, facts);
        }
      }
    }
    return new ArrayList<>(facts.values());
  }

  private static void proactive(String s, Map<String, Fact> facts) {
    if (facts.containsKey("proactive.total")) {
      return;
    }
    Matcher first = null;
    for (Phrase p : PROACTIVE) {
      if (!s.contains(p.literal())) {
        continue;
      }
      Matcher m = p.pattern().matcher(s);
      if (m.find() && (first == null || m.start() < first.start())) {
        first = m; // the overall figure comes first; "其他应主动公开政府信息1053条" later is a category
      }
    }
    if (first == null) {
      return;
    }
    put(facts, "proactive.total", first);
    Matcher c = CHANNEL.matcher(s.substring(first.end()));
    while (c.find()) {
      put(facts, "proactive." + channel(c.group(1)), c);
    }
  }

  private static String channel(String word) {
    if (word.contains("网站")) {
      return "website";
    }
    if (word.contains("微信")) {
      return "wechat";
    }
    if (word.contains("微博")) {
      return "weibo";
    }
    if (word.contains("新媒体")) {
      return "new_media";
    }
    if (word.contains("栏")) {
      return "notice_board";
    }
    return "other_channels";
  }

  private static void applications(String s, Map<String, Fact> facts) {
    if (!s.contains("申请")) {
      return; // "已办结15042件" of a hotline is not an answer to disclosure applications
    }
    boolean cases = s.indexOf('件') >= 0; // every figure pattern below ends in 件
    if (cases) {
      find(s, APPLICATIONS, "t3.new.total", facts);
    }
    if (!facts.containsKey("t3.new.total") && NO_APPLICATIONS.matcher(s).find()) {
      facts.put("t3.new.total", Fact.narrative("t3.new.total", BigDecimal.ZERO, s, false));
    }
    if (cases) {
      find(s, ANSWERED, "t3.processed.total", facts);
      find(s, GRANTED, "t3.granted.total", facts);
      find(s, PARTIAL, "t3.partial.total", facts);
      find(s, DENIED, "t3.denied.total", facts);
      find(s, REVIEW, "t4.review.total", facts);
      find(s, SUIT, "t4.suit.total", facts);
    }
    if (!s.contains("复议") && !s.contains("诉讼")) {
      return; // NO_DISPUTES names one of them
    }
    Matcher none = NO_DISPUTES.matcher(s);
    if (none.find()) {
      String phrase = none.group();
      if (phrase.contains("复议") && !facts.containsKey("t4.review.total")) {
        facts.put("t4.review.total", Fact.narrative("t4.review.total", BigDecimal.ZERO, phrase, false));
      }
      if (phrase.contains("诉讼") && !facts.containsKey("t4.suit.total")) {
        facts.put("t4.suit.total", Fact.narrative("t4.suit.total", BigDecimal.ZERO, phrase, false));
      }
    }
  }

  private static void find(String s, Pattern p, String key, Map<String, Fact> facts) {
    if (facts.containsKey(key)) {
      return;
    }
    Matcher m = p.matcher(s);
    if (m.find()) {
      put(facts, key, m);
    }
  }

  private static void put(Map<String, Fact> facts, String key, Matcher m) {
    BigDecimal v = new BigDecimal(m.group("n").replace(",", ""));
    boolean approximate = m.group("pre") != null || m.group("post") != null;
    facts.putIfAbsent(key, Fact.narrative(key, v, m.group(), approximate));
  }

  /** Sentences of a line, each bounded in length, so every pattern runs on short text. */
  private static List<String> sentences(String line) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '。' || c == '；' || c == ';' || i - start >= MAX_SENTENCE) {
        out.add(line.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < line.length()) {
      out.add(line.substring(start));
    }
    return out;
  }
}
