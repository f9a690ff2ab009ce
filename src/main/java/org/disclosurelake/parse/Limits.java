package org.disclosurelake.parse;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Every limit that bounds the parse of one document, in one immutable value: built once (from the command line, else
 * {@link #DEFAULTS}), carried by the job to the executors with the parse function, and handed down to the reader that
 * enforces each limit. A limit never changes what a normal report yields; it cuts a pathological document short with a
 * {@code BUDGET} finding, or rejects it with the limit in the reason.
 *
 * @param maxFileBytes files larger than this are rejected as oversize without being read ({@code --max-file-size})
 * @param parseTimeout the wall-clock time one document may take before it is rejected ({@code --parse-timeout})
 * @param html the limits of the HTML reader
 * @param maxPdfPages pages of a PDF read at most; the rest is left out with a finding
 * @param maxDocParagraphs paragraphs of a Word 97–2003 file read at most
 * @param ocr the limits of the OCR reader
 */
public record Limits(
    long maxFileBytes, Duration parseTimeout, Html html, int maxPdfPages, int maxDocParagraphs, Ocr ocr)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The limits of every command and of the job unless the command line says otherwise. */
  public static final Limits DEFAULTS =
      new Limits(64L << 20, Duration.ofSeconds(30), Html.DEFAULTS, 300, 200_000, Ocr.DEFAULTS);

  public Limits {
    Objects.requireNonNull(parseTimeout, "parseTimeout");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(ocr, "ocr");
    if (maxFileBytes <= 0 || parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new IllegalArgumentException("Cannot set limits: file size limit " + maxFileBytes + " and parse timeout "
          + parseTimeout + " must be positive");
    }
    positive("PDF pages", maxPdfPages);
    positive("DOC paragraphs", maxDocParagraphs);
  }

  public Limits withMaxFileBytes(long bytes) {
    return new Limits(bytes, parseTimeout, html, maxPdfPages, maxDocParagraphs, ocr);
  }

  public Limits withParseTimeout(Duration timeout) {
    return new Limits(maxFileBytes, timeout, html, maxPdfPages, maxDocParagraphs, ocr);
  }

  public Limits withHtml(Html limits) {
    return new Limits(maxFileBytes, parseTimeout, limits, maxPdfPages, maxDocParagraphs, ocr);
  }

  public Limits withMaxPdfPages(int pages) {
    return new Limits(maxFileBytes, parseTimeout, html, pages, maxDocParagraphs, ocr);
  }

  public Limits withMaxDocParagraphs(int paragraphs) {
    return new Limits(maxFileBytes, parseTimeout, html, maxPdfPages, paragraphs, ocr);
  }

  public Limits withOcr(Ocr limits) {
    return new Limits(maxFileBytes, parseTimeout, html, maxPdfPages, maxDocParagraphs, limits);
  }

  /** Whether a file of this many bytes is read at all: the one test of the file size limit. */
  public boolean admits(long size) {
    return size <= maxFileBytes;
  }

  /** The reason an oversize file is rejected with. */
  public String oversizeReason(long size) {
    return "oversize: " + size + " bytes > limit " + maxFileBytes + " bytes";
  }

  /**
   * What keeps pathological pages (deeply nested tables, megabytes of digits, huge spans) in bounded time.
   *
   * @param maxInputChars decoded characters parsed; the rest of a larger page is dropped
   * @param maxRows rows kept per table
   * @param maxCols grid columns kept per table
   * @param maxSpan largest rowspan or colspan honoured
   * @param maxTableNesting layout tables nested deeper are read as data tables, inner tables flattened into cells
   * @param maxCellChars characters kept per table cell
   * @param maxLineChars characters kept per text line
   * @param maxOutputChars characters kept over all lines
   */
  public record Html(
      int maxInputChars, int maxRows, int maxCols, int maxSpan, int maxTableNesting, int maxCellChars,
      int maxLineChars, long maxOutputChars) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Html DEFAULTS = new Html(32 << 20, 5_000, 200, 1_000, 32, 100_000, 256 * 1024, 16L << 20);

    public Html {
      positive("HTML input characters", maxInputChars);
      positive("HTML rows", maxRows);
      positive("HTML columns", maxCols);
      positive("HTML span", maxSpan);
      positive("HTML table nesting", maxTableNesting);
      positive("HTML cell characters", maxCellChars);
      positive("HTML line characters", maxLineChars);
      positive("HTML output characters", maxOutputChars);
    }

    public Html withMaxRows(int rows) {
      return new Html(maxInputChars, rows, maxCols, maxSpan, maxTableNesting, maxCellChars, maxLineChars,
          maxOutputChars);
    }

    public Html withMaxCols(int cols) {
      return new Html(maxInputChars, maxRows, cols, maxSpan, maxTableNesting, maxCellChars, maxLineChars,
          maxOutputChars);
    }
  }

  /**
   * What keeps a scanned document's OCR bounded.
   *
   * @param maxPages pages read at most; the rest is left out with a finding
   * @param maxPixels larger page images are rejected unread (an A4 page at 600 dpi has 35 million pixels)
   * @param maxRenderDpi PDF pages are rendered at their scan's resolution, at most this
   */
  public record Ocr(int maxPages, long maxPixels, double maxRenderDpi) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Ocr DEFAULTS = new Ocr(60, 40_000_000L, 300);

    public Ocr {
      positive("OCR pages", maxPages);
      positive("OCR pixels", maxPixels);
      if (!(maxRenderDpi > 0)) {
        throw new IllegalArgumentException("Cannot set limits: OCR render dpi must be positive, not " + maxRenderDpi);
      }
    }
  }

  private static void positive(String what, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("Cannot set limits: " + what + " must be positive, not " + value);
    }
  }
}
