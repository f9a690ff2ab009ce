package org.disclosurelake.parse;

import java.util.Locale;
import org.disclosurelake.report.Form;

/** Tells from the first bytes (and the file name as a hint) what a file is, before any parser sees it. */
final class Sniffer {

  /** What the bytes are: a form to parse, or a type to reject with a reason. */
  record Kind(Form form, String detectedType, String rejectReason) {
    boolean rejected() {
      return rejectReason != null;
    }
  }

  /** Image types read as scanned pages; the others (GIF, BMP, WebP) are not scans of reports in practice. */
  private static final java.util.Set<String> SCANNED_IMAGES = java.util.Set.of("png", "jpeg", "tiff");

  private Sniffer() {}

  static Kind sniff(byte[] b, String source) {
    if (b.length == 0) {
      return reject("empty", "empty file");
    }
    if (startsWith(b, "%PDF-") || indexOf(b, "%PDF-", 1024) >= 0) {
      return new Kind(Form.PDF, "pdf", null);
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      if (indexOf(b, "word/", Math.min(b.length, 1 << 20)) >= 0) {
        return new Kind(Form.DOCX, "docx", null);
      }
      return reject("zip", "archive (zip), not a report");
    }
    if (u(b, 0) == 0xD0 && u(b, 1) == 0xCF && u(b, 2) == 0x11 && u(b, 3) == 0xE0) {
      return new Kind(Form.DOC, "doc", null);
    }
    String image = imageType(b);
    if (image != null && SCANNED_IMAGES.contains(image)) {
      return new Kind(Form.IMAGE_OCR, image, null);
    }
    if (image != null) {
      return reject(image, "image (" + image + "), not a report");
    }
    if (u(b, 0) == 0x1F && u(b, 1) == 0x8B) {
      return reject("gzip", "archive (gzip), not a report");
    }
    if (startsWith(b, "Rar!") || startsWith(b, "7z\u00BC\u00AF")) {
      return reject("archive", "archive, not a report");
    }
    boolean utf16 = (u(b, 0) == 0xFF && u(b, 1) == 0xFE) || (u(b, 0) == 0xFE && u(b, 1) == 0xFF);
    if (!utf16 && looksBinary(b)) {
      return reject("binary", "binary file, not text");
    }
    return new Kind(looksHtml(b, source) ? Form.HTML : Form.TEXT, "text", null);
  }

  private static Kind reject(String type, String reason) {
    return new Kind(Form.UNKNOWN, type, reason);
  }

  private static String imageType(byte[] b) {
    if (u(b, 0) == 0x89 && startsWith(b, 1, "PNG")) {
      return "png";
    }
    if (u(b, 0) == 0xFF && u(b, 1) == 0xD8 && u(b, 2) == 0xFF) {
      return "jpeg";
    }
    if (startsWith(b, "GIF8")) {
      return "gif";
    }
    if (startsWith(b, "BM") && b.length > 26 && u(b, 14) >= 12 && u(b, 15) == 0) {
      return "bmp";
    }
    if (startsWith(b, "II*\u0000") || startsWith(b, "MM\u0000*")) {
      return "tiff";
    }
    if (startsWith(b, "RIFF") && startsWith(b, 8, "WEBP")) {
      return "webp";
    }
    return null;
  }

  /** Text has no NUL bytes and few control characters in its first 8 KiB. */
  private static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c >= 0x20) {
        continue;
      }
      if (c == 0) {
        return true;
      }
      if (c < 0x09 || (c > 0x0D && c != 0x1B)) {
        control++;
      }
    }
    return control > n / 20;
  }

  private static boolean looksHtml(byte[] b, String source) {
    int head = Math.min(b.length, 65536);
    boolean weakTag = false; // <p, <div, <br make HTML only in a file named so
    for (int i = 0; i < head; i++) {
      if (b[i] != '<') {
        continue;
      }
      if (tagAt(b, i, head, "<html") || tagAt(b, i, head, "<!doctype html") || tagAt(b, i, head, "<body")
          || tagAt(b, i, head, "<table")) {
        return true;
      }
      weakTag = weakTag || tagAt(b, i, head, "<p") || tagAt(b, i, head, "<div") || tagAt(b, i, head, "<br");
    }
    if (!weakTag) {
      return false;
    }
    String name = source.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml");
  }

  /** True when the lower-case ASCII {@code tag} starts at {@code i}, ignoring ASCII case, and ends before limit. */
  private static boolean tagAt(byte[] b, int i, int limit, String tag) {
    if (i + tag.length() > limit) {
      return false;
    }
    for (int j = 0; j < tag.length(); j++) {
      int c = b[i + j] & 0xff;
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != tag.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static int u(byte[] b, int i) {
    return i < b.length ? b[i] & 0xff : -1;
  }

  private static boolean startsWith(byte[] b, String prefix) {
    return startsWith(b, 0, prefix);
  }

  private static boolean startsWith(byte[] b, int offset, String prefix) {
    if (b.length < offset + prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (u(b, offset + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, String needle, int limit) {
    int end = Math.min(b.length, limit) - needle.length();
    for (int i = 0; i <= end; i++) {
      if (startsWith(b, i, needle)) {
        return i;
      }
    }
    return -1;
  }
}
