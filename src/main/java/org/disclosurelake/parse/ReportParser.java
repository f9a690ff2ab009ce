package org.disclosurelake.parse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disclosurelake.parse.html.HtmlReader;
import org.disclosurelake.parse.ocr.Tesseract;
import org.disclosurelake.parse.pdf.PdfReader;
import org.disclosurelake.report.Form;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;

/**
 * The one entry point: bytes and a source name in, a report or a rejection out. Never throws: a bad document is a
 * rejection with its reason, a bug of ours an {@link InternalErrors internal error} rejection, so one file never stops
 * a batch; the Spark UDF and the CLI both call {@link #parse(byte[], String)}.
 */
public final class ReportParser {

  /**
   * The project version plus a hash of the parser's code, data and libraries, computed by the build
   * ({@link ParserFingerprint}), e.g. {@code 0.1.0+3f2a9c81d0e4}: it moves with every change that can change parsing
   * output. Stored with every report and logged file, so an incremental run re-reads what another version read.
   */
  public static final String VERSION = ParserVersion.load();

  private final Map<Form, FormReader> readers;
  private final ScannedReports scans;
  private final HtmlPictures pictures;

  /**
   * The parser with the {@link Limits#DEFAULTS default limits}, OCR through the {@code tesseract} command (see
   * {@link Tesseract#fromEnvironment()}), reading the pictures of HTML reports from their folder on the local file
   * system ({@link SiblingFiles#local()}).
   */
  public ReportParser() {
    this(Limits.DEFAULTS);
  }

  /** As {@link #ReportParser()}, with these limits. */
  public ReportParser(Limits limits) {
    this(Tesseract.fromEnvironment(), SiblingFiles.local(), limits);
  }

  /** The parser with OCR through the given tesseract and the default limits; pictures only from {@code data:} URIs. */
  public ReportParser(Tesseract tesseract) {
    this(tesseract, SiblingFiles.NONE, Limits.DEFAULTS);
  }

  /** The parser with OCR through the given tesseract and these limits; pictures only from {@code data:} URIs. */
  public ReportParser(Tesseract tesseract, Limits limits) {
    this(tesseract, SiblingFiles.NONE, limits);
  }

  /** The parser with OCR through the given tesseract, pictures of HTML reports read through {@code siblings}. */
  public ReportParser(Tesseract tesseract, SiblingFiles siblings) {
    this(tesseract, siblings, Limits.DEFAULTS);
  }

  /**
   * The parser with OCR through the given tesseract, pictures of HTML reports read through {@code siblings}, each
   * reader enforcing its part of {@code limits} (the file size and time limits are {@link BudgetedParser}'s).
   */
  public ReportParser(Tesseract tesseract, SiblingFiles siblings, Limits limits) {
    Objects.requireNonNull(limits, "limits");
    this.scans = new ScannedReports(tesseract, limits);
    this.pictures = new HtmlPictures(tesseract, siblings, limits.ocr());
    this.readers =
        Map.of(
            Form.TEXT, new TextReader(),
            Form.HTML, new HtmlReader(limits),
            Form.PDF, new PdfReader(limits),
            Form.DOCX, new org.disclosurelake.parse.word.DocxReader(),
            Form.DOC, new org.disclosurelake.parse.word.DocReader(limits));
  }

  /** Parses one document. Thread-safe. */
  public ParseResult parse(byte[] bytes, String source) {
    String sha = sha256(bytes);
    Sniffer.Kind kind = Sniffer.sniff(bytes, source);
    if (kind.rejected()) {
      return reject(source, sha, bytes, kind.rejectReason(), kind.detectedType());
    }
    if (kind.form() == Form.IMAGE_OCR) {
      return guarded(() -> scans.parseImage(bytes, source, sha, kind.detectedType()), source, sha, bytes, kind);
    }
    FormReader reader = readers.get(kind.form());
    if (reader == null) {
      return reject(source, sha, bytes, kind.form().code() + " files are not supported yet", kind.detectedType());
    }
    // the pictures an HTML page names beside it, when none of them could be read (missing, broken): the page's text
    // is then the report, or the reason it is none, and still lists them, so it is read again once they appear
    List<String> unreadPictures = List.of();
    try {
      if (kind.form() == Form.HTML && pictures.worthReading(bytes)) {
        HtmlReader.PicturedBody page = ((HtmlReader) reader).readPictured(bytes, source);
        if (page.pictures().isEmpty()) { // no picture in the report's content: the body is the plain one
          return ReportExtractor.extract(page.body(), source, sha, bytes.length);
        }
        Optional<ParseResult> read = pictures.parse(page, source, sha, bytes.length);
        if (read.isPresent()) {
          return read.get();
        }
        unreadPictures = pictures.companions(page, source);
      }
      Body body = reader.read(bytes, source);
      Optional<org.disclosurelake.report.Finding> garbled = PdfReader.garbled(body);
      if (garbled.isPresent()) {
        // a text layer that decodes to garbage: the rendered pages are what the reader sees, so OCR reads them
        return guarded(() -> scans.parseGarbledPdf(bytes, source, sha, garbled.get(),
            () -> ReportExtractor.extract(body, source, sha, bytes.length)), source, sha, bytes, kind);
      }
      return ReportExtractor.extract(body, source, sha, bytes.length).withCompanions(unreadPictures);
    } catch (RejectedDocumentException e) {
      if (PdfReader.IMAGE_ONLY.equals(e.getMessage())) {
        return guarded(() -> scans.parsePdf(bytes, source, sha), source, sha, bytes, kind);
      }
      return reject(source, sha, bytes, e.getMessage(), e.detectedType()).withCompanions(unreadPictures);
    } catch (RuntimeException | StackOverflowError e) {
      // a bug of ours must not fail the batch, nor hide: an internal error, counted apart; a fixture should follow
      return ParseResult.rejected(InternalErrors.rejection(source, sha, bytes.length, kind.detectedType(), e));
    }
  }

  /** Runs an OCR parse, turning a parser bug into a rejection like the other readers' bugs. */
  private static ParseResult guarded(
      java.util.function.Supplier<ParseResult> parse, String source, String sha, byte[] bytes, Sniffer.Kind kind) {
    try {
      return parse.get();
    } catch (RuntimeException | StackOverflowError e) {
      return reject(source, sha, bytes, "parser error: " + e, kind.detectedType());
    }
  }

  private static ParseResult reject(String source, String sha, byte[] bytes, String reason, String type) {
    return ParseResult.rejected(new Rejection(source, sha, bytes.length, reason, type));
  }

  /** Hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: SHA-256 missing from this JVM", e);
    }
  }
}
