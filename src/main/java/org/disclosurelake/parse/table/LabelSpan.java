package org.disclosurelake.parse.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a row label sits in a {@link CompactText}: the keyword that identified it, extended backwards over its
 * head (enumerators such as "2." or "（三）不予公开") and forwards over its tail ("…申请数量"), all in compact
 * positions. The cells of the row are what lies between this span's end and the next label's start.
 */
record LabelSpan(int headStart, int keywordStart, int keywordEnd, int tailEnd) {

  // enumerators that open a label: （一） 一、 1. 1、 — not "第（五）项", which is part of a heading
  private static final Pattern ENUMERATOR =
      Pattern.compile("(?<!第)(\\([一二三四五六七八九十]{1,2}\\)|[一二三四五六七八九十]{1,2}、|[0-9][.、])");

  /** Extends a keyword match to the whole label, never crossing {@code floor} or {@code ceiling}. */
  static LabelSpan around(CompactText t, int keywordStart, int keywordEnd, int floor, int ceiling) {
    return new LabelSpan(
        headStart(t, keywordStart, floor), keywordStart, keywordEnd, tailEnd(t, keywordEnd, ceiling));
  }

  private static int headStart(CompactText t, int keywordStart, int floor) {
    int p = keywordStart;
    while (p > floor) {
      char c = t.charAt(p - 1);
      if ((c == '.' || c == '、') && p - 2 >= floor && isDigit(t.charAt(p - 2))) {
        p -= 2; // an enumerator "2." glued after the previous row's digits belongs to this label
        if (p > floor && (isDigit(t.charAt(p - 1)) || t.charAt(p - 1) == '|')) {
          break;
        }
      } else if (isLabelChar(c) && !(isUnit(c) && p - 2 >= floor && isDigit(t.charAt(p - 2)))) {
        p--;
      } else {
        break;
      }
    }
    return p;
  }

  private static int tailEnd(CompactText t, int keywordEnd, int ceiling) {
    int p = keywordEnd;
    while (p < ceiling && p < t.length()) {
      char c = t.charAt(p);
      boolean softPunct = (c == ',' || c == ';') && p + 1 < t.length() && !isDigit(t.charAt(p + 1));
      if ((isLabelChar(c) && !isValueWord(t, p)) || softPunct) {
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  /** "无" standing alone before a separator is a not-applicable cell, not part of the label. */
  private static boolean isValueWord(CompactText t, int p) {
    char c = t.charAt(p);
    if (c != '无') {
      return false;
    }
    return p + 1 >= t.length() || t.charAt(p + 1) == '|' || isDigit(t.charAt(p + 1));
  }

  /** The label as printed: from its last enumerator (if any) to the end of its tail. */
  String printed(CompactText t) {
    String label = t.compact().substring(headStart, tailEnd);
    int kw = keywordStart - headStart;
    int start = -1;
    if (mayHoldEnumerator(label)) {
      Matcher m = ENUMERATOR.matcher(label);
      while (m.find() && m.start() < kw) {
        start = m.start();
      }
    }
    if (start < 0) {
      start = Math.max(0, kw - 2); // e.g. "行政" before "规范性文件"
      if (start < kw && !isPrefixWord(label.substring(start, kw))) {
        start = kw;
      }
    }
    return label.substring(start);
  }

  /** Every enumerator holds '(', '、' or '.'; a label without them needs no regular expression. */
  private static boolean mayHoldEnumerator(String label) {
    return label.indexOf('(') >= 0 || label.indexOf('、') >= 0 || label.indexOf('.') >= 0;
  }

  private static boolean isPrefixWord(String s) {
    return s.equals("行政") || s.equals("其他") || s.equals("属于");
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUnit(char c) {
    return c == '万' || c == '元' || c == '亿';
  }

  /** CJK ideographs, CJK and full-width punctuation, quotes and brackets: what labels are made of. */
  static boolean isLabelChar(char c) {
    if (c >= '\u3400' && c <= '\u9fff') {
      return true;
    }
    if (c >= '\uf900' && c <= '\ufaff') {
      return true;
    }
    if (c >= '\u3000' && c <= '\u303f') {
      return c != '\u3007'; // 〇 is a digit
    }
    if (c >= '\uff00' && c <= '\uffef') {
      return c != '\uff5c';
    }
    switch (c) {
      case '(':
      case ')':
      case ':':
      case '"':
      case '\'':
      case '\u201c':
      case '\u201d':
      case '\u2018':
      case '\u2019':
      case '<':
      case '>':
      case '\u300a':
      case '\u300b':
      case '[':
      case ']':
        return true;
      default:
        return false;
    }
  }
}
