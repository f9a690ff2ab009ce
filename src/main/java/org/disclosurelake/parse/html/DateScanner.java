package org.disclosurelake.parse.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads calendar dates written as 2024-01-17, 2024/1/17, 2024.01.17 or 2024年1月17日, by hand-written scanning (no
 * regular expressions over page text).
 */
final class DateScanner {

  /** Labels that introduce a page's publication date (not its crawl or print date). */
  static final List<String> PUBLICATION_LABELS = List.of("发布时间", "发布日期", "公开日期", "成文日期", "发文日期");

  /** How far after a label the date may start (colon, spaces, a bracket). */
  private static final int LABEL_GAP = 12;

  private DateScanner() {}

  /** The first date in s, if one starts within the first {@code window} characters. */
  static Optional<LocalDate> findDate(String s, int window) {
    int end = Math.min(s.length(), window);
    for (int i = 0; i < end; i++) {
      if (isDigit(s, i) && (i == 0 || !isDigit(s, i - 1))) {
        Optional<LocalDate> d = dateAt(s, i);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** The first date that follows one of the publication labels in text. */
  static Optional<LocalDate> findLabelled(String text) {
    for (String label : PUBLICATION_LABELS) {
      int from = 0;
      int at;
      while ((at = text.indexOf(label, from)) >= 0) {
        int start = at + label.length();
        Optional<LocalDate> d = findDate(text.substring(start, Math.min(text.length(), start + LABEL_GAP + 10)), LABEL_GAP);
        if (d.isPresent()) {
          return d;
        }
        from = start;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> dateAt(String s, int i) {
    int[] pos = {i};
    int year = number(s, pos, 4, 4);
    if (year < 1990 || year > 2100 || !separator(s, pos, '年')) {
      return Optional.empty();
    }
    int month = number(s, pos, 1, 2);
    if (month < 0 || !separator(s, pos, '月')) {
      return Optional.empty();
    }
    int day = number(s, pos, 1, 2);
    if (day < 0 || isDigit(s, pos[0])) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int number(String s, int[] pos, int min, int max) {
    int n = 0;
    int len = 0;
    while (len < max && isDigit(s, pos[0])) {
      n = n * 10 + (s.charAt(pos[0]) - '0');
      pos[0]++;
      len++;
    }
    return len >= min ? n : -1;
  }

  private static boolean separator(String s, int[] pos, char cjk) {
    if (pos[0] >= s.length()) {
      return false;
    }
    char c = s.charAt(pos[0]);
    if (c == '-' || c == '/' || c == '.' || c == cjk) {
      pos[0]++;
      return true;
    }
    return false;
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }
}
