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

  private static final String UNIT = "(?:条|件|份)";
  // proactive-disclosure figures: a verb of publishing, at most a few words, 信息 (or 文件), the figure
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?<verb>主动公开|公开|公布|发布)(?<mid>[^" + STOP + "\\d]{0,14}?)(?:信息|文件)(?:（文件）)?"
              + "(?:数|总数|共计|共|达|合计|总计)?\\s*" + NUM + UNIT);
  private static final Pattern PUBLISHED_AFTER =
      Pattern.compile("(?<verb>信息主动公开)(?<mid>)(?:共|达|合计)?\\s*" + NUM + UNIT);
  private static final Pattern PUBLISHED_BEFORE =
      Pattern.compile("(?<verb>主动公开)(?:的|了)?\\s*" + NUM + UNIT + "(?<mid>[^" + STOP + "\\d]{0,6}?)信息");
  private static final Pattern PUBLISHED_BARE = Pattern.compile("(?<verb>主动公开)(?<mid>)\\s*" + NUM + "份");
  private static final Pattern PUBLISHED_KINDS =
      Pattern.compile(
          "(?<verb>公开|公布|发布)(?<mid>[^" + STOP + "\\d]{0,30}?等各类(?:政府)?)信息\\s*" + NUM + UNIT);
  private static final List<Pattern> PROACTIVE =
      List.of(PUBLISHED, PUBLISHED_AFTER, PUBLISHED_BEFORE, PUBLISHED_BARE, PUBLISHED_KINDS);
  // figures of one channel or medium, not the overall count
  private static final Pattern CHANNEL_WORDS = Pattern.compile("新媒体|微信|微博|公众号|头条号|抖音|视频号|客户端");
  private static final Pattern YEAR_WORDS = Pattern.compile("(?:19|20)\\d\\d年(?!\\d{1,2}月)|全年|本年|今年|年度|当年|一年来");
  private static final int MIN_SCORE = 2;
  private static final Pattern CHANNEL =
      Pattern.compile("(门户网站|政府网站|网站|微信公众号|微信|微博|政务新媒体|新媒体|公示栏|公开栏|其他方式)[^" + STOP + "\\d]{0,12}?" + NUM + "条");

  // application figures (every era: pre-2019 reports state them only here; templated ones repeat the table)
  private static final Pattern APPLICATIONS =
      Pattern.compile(
          "(?:受理|收到|接到|接收)(?<mid>[^" + STOP + "\\d]{0,30}?)(?:公开)?(?:申请|政府信息)(?:共|合计|数量为|数为|为)?\\s*"
              + NUM + "(?:件|条)");
  private static final Pattern NO_APPLICATIONS =
      Pattern.compile("(?:未|没有|无)(?:收到|受理|接到)(?<mid>[^" + STOP + "\\d]{0,20}?)申请(?!人)");
  private static final Pattern CARRIED =
      Pattern.compile("上年(?:度)?结转[^" + STOP + "\\d]{0,16}?申请(?:共)?\\s*" + NUM + "件");
  private static final Pattern FORWARD =
      Pattern.compile("(?:转下一年度|转入下一年度|结转下年度|结转至下一?年度|结转到下一?年度)[^" + STOP + "\\d]{0,16}?" + NUM + "件");
  // "收到的申请均按规定全部答复": every application received was answered
  private static final Pattern ALL_ANSWERED =
      Pattern.compile("申请[^" + STOP + "\\d]{0,10}?(?:均|全部|都)[^" + STOP + "\\d]{0,8}?(?:答复|办结|办理完毕|办理完成)");
  private static final Pattern ANSWERED =
      Pattern.compile("(?:答复|办结|已办理)(?:件数)?[^" + STOP + "\\d]{0,10}?" + NUM + "件");
  private static final Pattern GRANTED =
      Pattern.compile("(?<!部分)(?:同意公开|予以公开|属于(?:主动)?公开范围)[^" + STOP + "\\d]{0,8}?" + NUM + "件");
  private static final Pattern PARTIAL = Pattern.compile("部分公开[^" + STOP + "\\d]{0,8}?" + NUM + "件");
  private static final Pattern DENIED = Pattern.compile("(?:不予公开|不同意公开|不予以公开)[^" + STOP + "\\d]{0,8}?" + NUM + "件");
  private static final Pattern REVIEW = Pattern.compile("行政复议[^" + STOP + "\\d]{0,10}?" + NUM + "(?:件|起|宗)");
  private static final Pattern SUIT = Pattern.compile("行政诉讼[^" + STOP + "\\d]{0,10}?" + NUM + "(?:件|起|宗)");
  private static final Pattern NO_DISPUTES =
      Pattern.compile("(?:没有|未|无)(?:发生|出现|收到|因)?[^" + STOP + "\\d]{0,40}?(?:复议|诉讼)[^" + STOP + "\\d]{0,20}?(?:情况|案件|发生|申请)");
  // 表二 figures the prose repeats: normative documents made this year, and in force
  private static final Pattern NORMS_MADE =
      Pattern.compile("(?:制发|制定|印发|发布|出台)(?:了|的)?(?:行政)?规范性文件(?:共)?\\s*" + NUM + "(?:件|份|条|个)");
  private static final Pattern NORMS_MADE_BEFORE =
      Pattern.compile("(?:制发|制定|印发|发布|出台)(?:了|的)?\\s*" + NUM + "(?:件|份|条|个)(?:行政)?规范性文件");
  private static final Pattern NORMS_VALID =
      Pattern.compile("现行有效(?:的)?(?:行政)?规范性文件(?:共)?\\s*" + NUM + "(?:件|份|条|个)");
  private static final Pattern NORMS_VALID_COUNT = Pattern.compile("现行有效件数\\s*" + NUM + "件");
  // 累计 is cumulative unless the year qualifies it; "近3年", "三年来" span several years ("全年累计公开…184条" and
  // "2025年累计主动公开…20条" are the year's figure; "2018年以来累计" is not)
  private static final Pattern CUMULATIVE =
      Pattern.compile(
          "历年|截至|截止|(?<!全年|本年|今年|年度|当年|年，|年,|[0-9]年)累计|近[0-9一二三四五六七八九十两]{1,2}年|[0-9一二三四五六七八九十两]{1,2}年来");

  /** A pattern and a literal that every match contains. */
  private record Phrase(String literal, Pattern pattern) {}

  private NarrativeReader() {}

  /** Facts from the prose; application facts only when {@code preTemplate}. */
  static List<Fact> read(List<String> lines, boolean preTemplate) {
    return read(lines, preTemplate ? Scope.ALL : Scope.PROACTIVE);
  }

  /** Which figures to read. */
  enum Scope {
    /** the proactive-disclosure figures only */
    PROACTIVE,
    /** the proactive figures and the applications, answers, outcomes, reviews and suits */
    ALL
  }

  /** Facts from the prose: sentences are read across the line breaks of wrapped text. */
  static List<Fact> read(List<String> lines, Scope scope) {
    Map<String, Fact> facts = new LinkedHashMap<>();
    Figure best = null;
    String bestSentence = null;
    for (String paragraph : paragraphs(lines)) {
      boolean counts = paragraph.indexOf('条') >= 0 || paragraph.indexOf('件') >= 0 || paragraph.indexOf('份') >= 0;
      boolean cases = scope == Scope.ALL && (paragraph.indexOf('件') >= 0 || paragraph.contains("申请"));
      if (!counts && !cases) {
        continue; // no figure these patterns read can be in it
      }
      for (String sentence : sentences(paragraph)) {
        if (counts) {
          Figure f = proactive(sentence);
          if (f != null && (best == null || f.score() > best.score())) {
            best = f;
            bestSentence = sentence;
          }
        }
        if (cases) {
          applications(sentence, facts);
        }
        if (sentence.contains("规范性文件") || sentence.contains("现行有效件数")) {
          find(sentence, NORMS_MADE, "t2.norms.made", facts);
          find(sentence, NORMS_MADE_BEFORE, "t2.norms.made", facts);
          find(sentence, NORMS_VALID, "t2.norms.valid", facts);
          find(sentence, NORMS_VALID_COUNT, "t2.norms.valid", facts);
        }
      }
    }
    if (best != null) {
      facts.put("proactive.total", best.fact("proactive.total"));
      Matcher c = CHANNEL.matcher(bestSentence.substring(best.end()));
      while (c.find()) {
        put(facts, "proactive." + channel(c.group(1)), c);
      }
    }
    return new ArrayList<>(facts.values());
  }

  /**
   * Lines joined where a wrapped sentence continues on the next line (no sentence end before the break); table
   * rows stay apart.
   */
  static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    for (String line : lines) {
      boolean row = line.indexOf('|') >= 0;
      if (p.length() > 0 && (row || endsSentence(p.charAt(p.length() - 1)) || endsTitle(p))) {
        out.add(p.toString());
        p.setLength(0);
      }
      if (row) {
        out.add(line);
        continue;
      }
      if (p.length() > 0 && isAsciiWordChar(p.charAt(p.length() - 1)) && isAsciiWordChar(line.charAt(0))) {
        p.append(' ');
      }
      p.append(line);
    }
    if (p.length() > 0) {
      out.add(p.toString());
    }
    return out;
  }

  /** A title or heading line ("…工作年度报告", "二、主动公开政府信息情况") ends its paragraph without a stop. */
  private static boolean endsTitle(CharSequence p) {
    String tail = p.subSequence(Math.max(0, p.length() - 4), p.length()).toString();
    return tail.endsWith("报告") || tail.endsWith("情况") || tail.endsWith("概述");
  }

  private static boolean endsSentence(char c) {
    return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '：' || c == ':';
  }

  private static boolean isAsciiWordChar(char c) {
    return c < 128 && Character.isLetter(c);
  }

  /**
   * The sentence's best candidate for the overall proactive figure: a figure of a publishing verb and 信息 that
   * is neither cumulative (历年累计, 截至…累计), nor a category (其中…, 其他…, …类信息), nor one channel's (微信, 新媒体…),
   * scored by what marks an overall annual figure: 主动公开 itself, the year (2018年, 全年, 本年度), 共/总/各类. A
   * figure scoring below {@value #MIN_SCORE} is not taken; between sentences the higher score wins, then the
   * earlier sentence; within a sentence a 主动公开 figure outranks a plain publishing one
   * ("发布政府信息575份，其中主动公开317份").
   */
  private static Figure proactive(String s) {
    if (!s.contains("公开") && !s.contains("发布") && !s.contains("公布")) {
      return null;
    }
    Figure best = null;
    for (Pattern p : PROACTIVE) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        int score = score(s, m);
        if (score < MIN_SCORE) {
          continue;
        }
        Figure f = Figure.of(m, score);
        if (best == null || f.score() > best.score() || (f.score() == best.score() && f.start() < best.start())) {
          best = f;
        }
      }
    }
    return best;
  }

  /** How strongly the figure reads as the overall annual one; 0 when it is cumulative, a category or a channel's. */
  private static int score(String s, Matcher m) {
    int clause = clauseStart(s, m.start());
    String before = s.substring(clause, m.start());
    String phrase = m.group();
    String wider = s.substring(Math.max(0, m.start() - 8), m.end());
    String mid = m.group("mid");
    // one channel's figure ("通过微信公众号公开…698条"), unless the channels are listed as the ways of the whole
    String channelWindow = s.substring(Math.max(clause, m.start() - 10), m.start()) + mid;
    boolean oneChannel = CHANNEL_WORDS.matcher(channelWindow).find() && !channelWindow.contains("等");
    if (CUMULATIVE.matcher(wider).find() || oneChannel) {
      return 0;
    }
    String near = s.substring(Math.max(clause, m.start() - 6), m.start());
    boolean proper = m.group("verb").contains("主动公开");
    if (near.contains("其他") || mid.contains("其他") || (near.contains("其中") && !proper)) {
      return 0;
    }
    boolean whole = phrase.contains("共") || before.contains("共") || phrase.contains("总") || phrase.contains("各类");
    boolean year = YEAR_WORDS.matcher(s.substring(Math.max(0, clause - 12), m.start())).find();
    if (mid.contains("类") && !mid.contains("各类") && !whole) {
      return 0;
    }
    return (proper ? 3 : 1) + (year ? 2 : 0) + (whole ? 1 : 0);
  }

  private static int clauseStart(String s, int at) {
    int i = at;
    while (i > 0 && STOP.indexOf(s.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  /** A figure found in a sentence. */
  private record Figure(int start, int end, int score, BigDecimal value, boolean approximate, String raw) {

    static Figure of(Matcher m, int score) {
      return new Figure(
          m.start(), m.end(), score, new BigDecimal(m.group("n").replace(",", "")),
          m.group("pre") != null || m.group("post") != null, m.group());
    }

    Fact fact(String key) {
      return Fact.narrative(key, value, raw, approximate);
    }
  }


  /** Not a cumulative figure and not a category of the overall one. */
  private static boolean overall(String s, Matcher m) {
    int clause = clauseStart(s, m.start());
    String before = s.substring(clause, m.start());
    String phrase = m.group();
    if (CUMULATIVE.matcher(before + phrase).find()) {
      return false;
    }
    String mid = m.group("mid");
    String near = s.substring(Math.max(clause, m.start() - 6), m.start());
    if (near.contains("其他") || mid.contains("其他")) {
      return false;
    }
    boolean whole = phrase.contains("共") || before.contains("共") || before.contains("全年") || phrase.contains("总");
    if (mid.contains("类") && !mid.contains("各类") && !whole) {
      return false;
    }
    return !(near.contains("其中") && !m.group("verb").contains("主动公开"));
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
    boolean cases = s.indexOf('件') >= 0 || s.indexOf('条') >= 0;
    if (cases) {
      findAbout(s, APPLICATIONS, "t3.new.total", facts);
    }
    if (!facts.containsKey("t3.new.total")) {
      Matcher none = NO_APPLICATIONS.matcher(s);
      while (none.find()) {
        if (aboutApplications(s, none)) {
          facts.put("t3.new.total", Fact.narrative("t3.new.total", BigDecimal.ZERO, none.group(), false));
          break;
        }
      }
    }
    if (cases) {
      findAbout(s, CARRIED, "t3.carried.total", facts);
      findAbout(s, FORWARD, "t3.forward.total", facts);
      findAbout(s, ANSWERED, "t3.processed.total", facts);
      Fact received = facts.get("t3.new.total");
      Matcher all = ALL_ANSWERED.matcher(s);
      if (received != null && !facts.containsKey("t3.processed.total") && all.find() && aboutApplications(s, all)) {
        facts.put(
            "t3.processed.total",
            Fact.narrative("t3.processed.total", received.value(), all.group(), received.approximate()));
      }
      findAbout(s, GRANTED, "t3.granted.total", facts);
      findAbout(s, PARTIAL, "t3.partial.total", facts);
      findAbout(s, DENIED, "t3.denied.total", facts);
      find(s, REVIEW, "t4.review.total", facts);
      find(s, SUIT, "t4.suit.total", facts);
    }
    if (!s.contains("复议") && !s.contains("诉讼")) {
      return; // NO_DISPUTES names one of them
    }
    Matcher none = NO_DISPUTES.matcher(s);
    while (none.find()) { // "未收到…行政复议申请，也未发生…行政诉讼的情况": one statement each
      String phrase = none.group();
      if (phrase.contains("复议") && !facts.containsKey("t4.review.total")) {
        facts.put("t4.review.total", Fact.narrative("t4.review.total", BigDecimal.ZERO, phrase, false));
      }
      if (phrase.contains("诉讼") && !facts.containsKey("t4.suit.total")) {
        facts.put("t4.suit.total", Fact.narrative("t4.suit.total", BigDecimal.ZERO, phrase, false));
      }
    }
  }

  /**
   * A figure about disclosure applications themselves: neither its clause nor its phrase is about reviews or suits
   * ("未收到…行政复议申请" states no application count), and it is not a cumulative figure.
   */
  private static boolean aboutApplications(String s, Matcher m) {
    String clause = s.substring(clauseStart(s, m.start()), m.end());
    return !clause.contains("复议") && !clause.contains("诉讼") && !CUMULATIVE.matcher(clause).find();
  }

  private static void findAbout(String s, Pattern p, String key, Map<String, Fact> facts) {
    if (facts.containsKey(key)) {
      return;
    }
    Matcher m = p.matcher(s);
    while (m.find()) {
      if (aboutApplications(s, m)) {
        put(facts, key, m);
        return;
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
