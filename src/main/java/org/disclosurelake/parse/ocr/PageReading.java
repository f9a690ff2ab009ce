package org.disclosurelake.parse.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosurelake.parse.pdf.ScannedLayout;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.Form;

/**
 * The pages of one scanned document on their way through OCR: geometry found page by page, then every cell and
 * every page's prose read in a few tesseract batches (cells with the Chinese model, number cells again digits-only,
 * the digits read as nothing once more as single characters, prose), which keeps the process start-ups per document constant.
 */
final class PageReading {

  private final List<ScannedLayout.Page> pages = new ArrayList<>();
  private final List<Float> scales = new ArrayList<>();
  private final List<ScannedLayout.Box> cellBoxes = new ArrayList<>();
  private final List<Integer> cellPages = new ArrayList<>();
  private final List<BufferedImage> cellImages = new ArrayList<>();
  /** The same cells cropped a little wider, for the digit readings. */
  private final List<BufferedImage> numberImages = new ArrayList<>();
  private final List<BufferedImage> proseImages = new ArrayList<>();

  /** Finds the rulings and cells of page {@code index} and crops its cells. */
  void add(int index, BufferedImage image, double dpi) {
    Raster raster = Raster.of(image);
    double skew = raster.skew();
    if (skew != 0) {
      raster = Raster.of(Raster.straightened(image, skew));
    }
    float k = (float) (72 / dpi); // pixels to points
    List<ScannedLayout.Rule> rules = new ArrayList<>();
    for (RulingFinder.Line l : RulingFinder.find(raster, dpi)) {
      rules.add(new ScannedLayout.Rule(l.horizontal(), (float) l.at() * k, l.from() * k, l.to() * k));
    }
    ScannedLayout.Page page =
        new ScannedLayout.Page(index + 1, raster.width() * k, raster.height() * k, rules, List.of());
    int margin = (int) Math.ceil(dpi * 0.02); // clear of the rulings' thickness
    double scale = Math.max(1, CELL_DPI / dpi);
    List<int[]> tables = new ArrayList<>();
    for (ScannedLayout.Grid grid : ScannedLayout.grids(page)) {
      ScannedLayout.Box t = grid.table();
      tables.add(new int[] {px(t.left(), k) - margin, px(t.top(), k) - margin, px(t.right(), k) + margin,
          px(t.bottom(), k) + margin});
      for (ScannedLayout.Box c : grid.cells()) {
        int cx0 = px(c.left(), k) + margin;
        int cy0 = px(c.top(), k) + margin;
        int cx1 = px(c.right(), k) - margin;
        int cy1 = px(c.bottom(), k) - margin;
        cellBoxes.add(c);
        cellPages.add(index);
        cellImages.add(raster.cellImage(cx0, cy0, cx1, cy1, scale, 0));
        numberImages.add(raster.cellImage(cx0, cy0, cx1, cy1, scale, NUMBER_GROW));
      }
    }
    pages.add(page);
    scales.add(k);
    proseImages.add(raster.without(tables));
  }

  private static final double CELL_DPI = 300;
  /** Pixels of page added around a number cell's ink (see {@link Raster#cellImage}). */
  private static final int NUMBER_GROW = 3;

  private BufferedImage numberImage(int i) {
    return numberImages.get(i) != null ? numberImages.get(i) : cellImages.get(i);
  }

  private static int px(float points, float k) {
    return Math.round(points / k);
  }

  /** Runs the recogniser over everything added and assembles the document. */
  ScannedDocument recognise(Tesseract tesseract, Form form, List<Finding> findings) throws OcrException {
    List<Integer> inked = new ArrayList<>();
    List<BufferedImage> batch = new ArrayList<>();
    for (int i = 0; i < cellImages.size(); i++) {
      if (cellImages.get(i) != null) {
        inked.add(i);
        batch.add(cellImages.get(i));
      }
    }
    Map<Integer, Reading> labels = readings(tesseract.read(batch, Tesseract.Mode.LABEL), inked, false);
    // inked cells the block mode read nothing in (it drops a clean one-line label now and then): once more as a line,
    // and taken where that reads as a label rather than as a digit or two (those go on to the digit readings)
    List<Integer> blank = inked.stream().filter(i -> !labels.containsKey(i)).toList();
    List<BufferedImage> blankImages = blank.stream().map(cellImages::get).toList();
    readings(tesseract.read(blankImages, Tesseract.Mode.LABEL_LINE), blank, false).forEach((i, r) -> {
      if (!mayBeNumber(r)) {
        labels.put(i, r);
      }
    });
    List<Integer> numeric = new ArrayList<>();
    List<BufferedImage> numbers = new ArrayList<>();
    for (int i : inked) {
      Reading r = labels.get(i);
      if (r == null || mayBeNumber(r)) {
        numeric.add(i);
        numbers.add(cellImages.get(i));
      }
    }
    Map<Integer, Reading> digits = readings(tesseract.read(numbers, Tesseract.Mode.NUMBER), numeric, true);
    // read nothing from the crop to their ink: the wider crop, as a word, then as one digit (the wider crop is not
    // the first reading: it costs wide numbers a digit now and then, 3119 read as 319)
    List<Integer> unread = numeric.stream().filter(i -> !digits.containsKey(i)).toList();
    List<BufferedImage> wider = unread.stream().map(this::numberImage).toList();
    digits.putAll(readings(tesseract.read(wider, Tesseract.Mode.NUMBER), unread, true));
    unread = unread.stream().filter(i -> !digits.containsKey(i)).toList();
    List<BufferedImage> single = unread.stream().map(this::numberImage).toList();
    digits.putAll(readings(tesseract.read(single, Tesseract.Mode.DIGIT), unread, true));
    // still nothing: thin pale strokes (a small "0" of a light scan) thickened for a last single-character reading
    List<Integer> faint = unread.stream().filter(i -> !digits.containsKey(i)).toList();
    List<BufferedImage> bold = faint.stream().map(i -> Raster.bolder(numberImage(i), 2)).toList();
    digits.putAll(readings(tesseract.read(bold, Tesseract.Mode.DIGIT), faint, true));
    // a second opinion on every number cell: the wider crop read as one text line
    List<BufferedImage> lines = numeric.stream().map(this::numberImage).toList();
    Map<Integer, Reading> second = readings(tesseract.read(lines, Tesseract.Mode.LINE), numeric, true);
    List<OcrCell> cells = new ArrayList<>();
    for (int i = 0; i < cellImages.size(); i++) {
      cells.add(cell(i, labels.get(i), digits.get(i), second.get(i), numeric.contains(i)));
    }
    rereadLabels(tesseract, cells);
    List<Tesseract.Word> prose = tesseract.read(proseImages, Tesseract.Mode.PAGE);
    return new ScannedDocument(form, withProse(prose), cellBoxes, cells, prose, findings);
  }

  /**
   * Short label cells that spell no template label are read once more at a larger scale, and take the second
   * reading where it spells one: a header cell such as "总计" misread is the difference between a table and none.
   */
  private void rereadLabels(Tesseract tesseract, List<OcrCell> cells) throws OcrException {
    List<Integer> doubtful = new ArrayList<>();
    List<BufferedImage> images = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      OcrCell c = cells.get(i);
      if (!c.number() && !c.text().isEmpty() && c.text().length() <= 8 && !TemplateLabels.isLabel(c.text())) {
        doubtful.add(i);
        images.add(Raster.scaled(cellImages.get(i), 1.5));
      }
    }
    Map<Integer, Reading> again = readings(tesseract.read(images, Tesseract.Mode.LABEL), doubtful, false);
    again.forEach((i, r) -> {
      String snapped = TemplateLabels.snap(r.text());
      if (TemplateLabels.isLabel(snapped)) {
        OcrCell c = cells.get(i);
        cells.set(i, new OcrCell(c.page(), snapped, r.confidence(), false, List.of()));
      }
    });
  }

  /**
   * Whether a cell's reading with the Chinese model may be a number misread: no Chinese in it ("(0", "]", "()" are
   * how that model reads digits), or one or two characters that spell no template label.
   */
  private static boolean mayBeNumber(Reading r) {
    long han = r.text().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    // small digits come out of the Chinese model as one or two characters ("站", "只", "日]"), never a label
    return han == 0 || (han <= 2 && r.text().length() <= 4 && !TemplateLabels.isLabel(TemplateLabels.snap(r.text())));
  }

  /**
   * The confidence of a number whose two readings disagree (or that only the second reading read): below
   * {@link OcrCell#TRUSTED}, so the template's arithmetic decides between them and a reading no check confirms stays
   * doubtful.
   */
  static final double DISAGREEING = 50;

  private OcrCell cell(int i, Reading label, Reading digits, Reading second, boolean candidate) {
    int page = cellPages.get(i);
    if (cellImages.get(i) == null) {
      return new OcrCell(page, "", 100, false, List.of());
    }
    boolean numeric = candidate && (label == null || Confusables.looksNumeric(label.text())
        || (digits != null && !digits.text().isEmpty()));
    if (!numeric) {
      return new OcrCell(page, TemplateLabels.snap(label.text()), label.confidence(), false, List.of());
    }
    // a minus sign: read by one of the models and a dash on the page before the digits; then the readings are
    // compared and counted without it, and every one of them is negative
    String signed = label == null ? "" : Confusables.digitsOf(label.text());
    boolean negative = Raster.leadingDash(cellImages.get(i))
        && Stream.of(signed, text(digits), text(second)).anyMatch(t -> t.startsWith("-"));
    String chinese = unsigned(signed);
    digits = unsigned(digits);
    second = unsigned(second);
    Reading best = digits != null ? digits : label == null ? null : new Reading(chinese, label.confidence());
    String other = "";
    if (second != null && (best == null || !second.text().equals(best.text()))) {
      // the readings disagree: one leads (see secondLeads), the other is its first alternative, neither is trusted
      int glyphs = Raster.glyphs(cellImages.get(i));
      int digitGlyphs = negative && glyphs > 0 ? glyphs - 1 : glyphs;
      boolean secondLeads = best == null || secondLeads(best.text(), second.text(), digitGlyphs);
      Reading lead = secondLeads ? second : best;
      other = secondLeads ? (best == null ? "" : best.text()) : second.text();
      double confidence = best == null ? second.confidence() : Math.min(best.confidence(), second.confidence());
      best = new Reading(lead.text(), Math.min(confidence, DISAGREEING));
    }
    if (best == null) {
      return new OcrCell(page, "", 0, true, List.of()); // ink that no model read
    }
    List<String> alternatives = new ArrayList<>();
    for (String alt : List.of(other, chinese)) {
      if (!alt.isEmpty() && !alternatives.contains(alt)) {
        alternatives.add(alt);
      }
    }
    alternatives.addAll(Confusables.variants(best.text()));
    alternatives.remove(best.text());
    String sign = negative ? "-" : "";
    return new OcrCell(page, sign + best.text(), best.confidence(), true,
        alternatives.stream().distinct().map(a -> sign + a).toList());
  }

  private static String text(Reading r) {
    return r == null ? "" : r.text();
  }

  private static String unsigned(String s) {
    return s.startsWith("-") ? s.substring(1) : s;
  }

  private static Reading unsigned(Reading r) {
    return r == null || !r.text().startsWith("-") ? r : new Reading(r.text().substring(1), r.confidence());
  }

  /**
   * Whether the line mode's reading leads the word mode's where they disagree: the one with as many characters as
   * the cell has glyphs (the word mode reads the flag of a small sans-serif "1" as a digit of its own, "41", and a
   * small "53" as "533"); where the glyph count tells neither or both apart (touching glyphs: -1), the one with more
   * digits, since a dropped glyph is the common failure of both modes (454 read as 14, 53 as 3).
   */
  static boolean secondLeads(String word, String line, int glyphs) {
    boolean wordFits = word.length() == glyphs;
    boolean lineFits = line.length() == glyphs;
    return wordFits != lineFits ? lineFits : line.length() > word.length();
  }

  /** A cell's words joined: no space where either side is Chinese; the lowest word confidence. */
  private record Reading(String text, double confidence) {}

  private static Map<Integer, Reading> readings(List<Tesseract.Word> words, List<Integer> cells, boolean number) {
    Map<Integer, StringBuilder> text = new LinkedHashMap<>();
    Map<Integer, Double> conf = new HashMap<>();
    for (Tesseract.Word w : words) {
      if (w.image() < 0 || w.image() >= cells.size()) {
        continue;
      }
      int cell = cells.get(w.image());
      StringBuilder sb = text.computeIfAbsent(cell, c -> new StringBuilder());
      String t = number ? w.text().replaceAll("[^0-9.\\-]", "") : w.text();
      if (number) {
        // a minus is kept before the cell's first digits (the cell decides whether to believe it), not elsewhere
        boolean minus = sb.length() == 0 && t.matches("-+\\.*[0-9].*");
        t = (minus ? "-" : "") + t.replaceAll("^[.\\-]+|[.\\-]+$", "");
      }
      if (sb.length() > 0 && !number && !cjk(sb.charAt(sb.length() - 1)) && !t.isEmpty() && !cjk(t.charAt(0))) {
        sb.append(' ');
      }
      sb.append(t);
      conf.merge(cell, w.confidence(), Math::min);
    }
    Map<Integer, Reading> out = new HashMap<>();
    text.forEach((cell, sb) -> {
      if (sb.length() > 0) {
        out.put(cell, new Reading(sb.toString(), conf.get(cell)));
      }
    });
    return out;
  }

  /** The pages with their prose words as text boxes, each as tall as its line so the layout keeps lines apart. */
  private List<ScannedLayout.Page> withProse(List<Tesseract.Word> prose) {
    Map<Long, int[]> lines = new HashMap<>();
    for (Tesseract.Word w : prose) {
      long key = ((long) w.image() << 32) | w.line();
      int[] b = lines.computeIfAbsent(key, x -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
      b[0] = Math.min(b[0], w.top());
      b[1] = Math.max(b[1], w.top() + w.height());
    }
    List<List<ScannedLayout.Text>> texts = new ArrayList<>();
    pages.forEach(p -> texts.add(new ArrayList<>()));
    for (Tesseract.Word w : prose) {
      if (w.image() < 0 || w.image() >= pages.size()) {
        continue;
      }
      float k = scales.get(w.image());
      int[] line = lines.get(((long) w.image() << 32) | w.line());
      texts.get(w.image()).add(new ScannedLayout.Text(w.text(),
          new ScannedLayout.Box(w.left() * k, line[0] * k, (w.left() + w.width()) * k, line[1] * k)));
    }
    List<ScannedLayout.Page> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      ScannedLayout.Page page = pages.get(p);
      out.add(new ScannedLayout.Page(page.number(), page.width(), page.height(), page.rules(), texts.get(p)));
    }
    return out;
  }

  private static boolean cjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF);
  }
}
