package org.disclosurelake.parse.pdf;

import java.util.regex.Pattern;

/** Tells page furniture (page numbers in the header or footer band) from content. */
final class PageChrome {

  /** "-3-", "— 3 —", "3", "·3·", "- 3 -". */
  private static final Pattern DASHED = Pattern.compile("^[-—–－_~·•.\\s]*\\d{1,4}[-—–－_~·•.\\s]*$");
  /** "第 3 页", "第3页 共5页", "共5页 第3页", "3/5", "Page 3 of 5". */
  private static final Pattern WORDED =
      Pattern.compile(
          "^(第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|共\\s*\\d+\\s*页\\s*[,，]?\\s*第\\s*\\d+\\s*页"
              + "|\\d+\\s*/\\s*\\d+|(?i:page)\\s*\\d+(\\s*(?i:of)\\s*\\d+)?)$");
  /** Share of the page height at the top and at the bottom where headers and footers sit. */
  private static final float BAND = 0.12f;

  private PageChrome() {}

  /** Whether a line at {@code baseline} on a page of {@code height} is a page number or page header/footer. */
  static boolean isChrome(String text, float baseline, float height) {
    boolean inBand = baseline < height * BAND || baseline > height * (1 - BAND);
    String t = text.strip();
    return inBand && (DASHED.matcher(t).matches() || WORDED.matcher(t).matches());
  }
}
