package org.disclosurelake.parse.html;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.Decoder;
import org.disclosurelake.parse.FormReader;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Form;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page (or a bare fragment) into a {@link Body}: decodes with the declared charset, finds the report
 * inside the site chrome, and writes its text blocks as lines and its data-table rows as {@code " | "}-joined lines
 * with rowspan/colspan resolved, plus the title and publication date the page states. Never throws for bad
 * content; size limits cut pathological pages short with a {@link FindingCode#BUDGET} finding.
 */
public final class HtmlReader implements FormReader {

  /** Pictures of a page marked at most (tables as images are one to four per report; the rest is decoration). */
  public static final int MAX_PICTURES = 8;

  /**
   * A page read with its pictures marked.
   *
   * @param body the body, with a {@link #pictureMarker} line where each picture stands
   * @param pictures the {@code src} of picture {@code n}, as written in the page
   */
  public record PicturedBody(Body body, List<String> pictures) {
    public PicturedBody {
      pictures = List.copyOf(pictures);
    }
  }

  /** The line standing for picture {@code n} of a {@link PicturedBody} (private-use characters, never page text). */
  public static String pictureMarker(int n) {
    return "\uE000picture " + n + "\uE000";
  }

  private final Limits.Html limits;

  /** A reader within the {@link Limits#DEFAULTS default limits}. */
  public HtmlReader() {
    this(Limits.DEFAULTS);
  }

  /** A reader within the HTML part of these limits. */
  public HtmlReader(Limits limits) {
    this.limits = limits.html();
  }

  @Override
  public Body read(byte[] bytes, String source) {
    return readMarking(bytes, null);
  }

  /**
   * Reads the page like {@link #read(byte[], String)}, marking where each {@code <img>} of the report's content
   * stands, so pictures of tables can be read by OCR and put in their place.
   */
  public PicturedBody readPictured(byte[] bytes, String source) {
    List<String> pictures = new ArrayList<>();
    return new PicturedBody(readMarking(bytes, pictures), pictures);
  }

  private Body readMarking(byte[] bytes, List<String> pictures) {
    List<Finding> findings = new ArrayList<>();
    Budget budget = new Budget(limits);
    Decoder.Decoded decoded = Decoder.decode(bytes, DeclaredCharset.find(bytes));
    if (decoded.replaced() > 0) {
      findings.add(
          Finding.of(
              FindingCode.DECODE,
              String.format(
                  "%d undecodable byte sequence(s) replaced while decoding as %s",
                  decoded.replaced(), decoded.charset().name())));
    }
    String html = decoded.text();
    if (html.length() > limits.maxInputChars()) {
      budget.exceed("input", "page longer than " + limits.maxInputChars() + " characters: rest dropped");
      html = html.substring(0, limits.maxInputChars());
    }
    Document doc = Parser.htmlParser().parseInput(html, "");
    PageMetadata metadata = PageMetadata.of(doc);
    Element body = doc.body();
    TableKinds kinds = TableKinds.of(body);
    Element content = MainContent.locate(body, kinds);
    List<String> lines = LineCollector.collect(content, kinds, budget, pictures);
    findings.addAll(budget.findings());
    return new Body(
        Form.HTML, decoded.charset().name(), lines, metadata.title(), metadata.publicationDate(), findings);
  }
}
