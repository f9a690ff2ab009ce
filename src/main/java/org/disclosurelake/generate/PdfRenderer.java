package org.disclosurelake.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Renders a draft as a PDF exported from a word processor: A4 pages with 三号 body text in STSong-Light, the title
 * centred, paragraphs indented two characters, 表二/表三/表四 as ruled grids with merged header cells (a table that
 * does not fit the rest of a page goes on over the page break, or starts on the next page when only its head would
 * fit), page numbers "- n -" in the footer. The bytes depend only on
 * the draft, the padding and the seed: fixed dates and document ID.
 */
final class PdfRenderer {

  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float MARGIN = 79.4f;
  private static final float TOP = 72f;
  private static final float BOTTOM = HEIGHT - 72f;
  private static final float BODY = 16f;
  private static final float LINE = 28f;
  private static final float TITLE = 22f;
  private static final float TABLE_WIDTH = 495f;
  /** A table breaks over a page only after this many rows (its head and some figures); else it starts anew. */
  private static final int MIN_ROWS_BEFORE_BREAK = 5;

  private final long seed;
  private final List<PdfPage> pages = new ArrayList<>();
  private PdfPage page;
  private float y;

  PdfRenderer(long seed) {
    this.seed = seed;
  }

  byte[] render(Draft d, List<String> padding) {
    newPage();
    title(d.title());
    for (int i = 1; i < d.blocks().size(); i++) {
      Block b = d.blocks().get(i);
      if (b instanceof Block.Heading h) {
        paragraph(h.text());
      } else if (b instanceof Block.Para p) {
        paragraph(p.text());
      } else if (b instanceof Block.Pad) {
        padding.forEach(this::paragraph);
      } else if (b instanceof Block.Table t) {
        table(t);
      }
    }
    try {
      return write(d);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write PDF for " + d.title(), e);
    }
  }

  private void newPage() {
    page = new PdfPage(HEIGHT);
    pages.add(page);
    y = TOP;
    String number = "- " + pages.size() + " -";
    page.text(WIDTH / 2 - StandardCjkFont.advance(number) * 7f, HEIGHT - 42f, 14f, number);
  }

  /** The title centred, broken after the agency name when it does not fit one line. */
  private void title(String title) {
    float width = WIDTH - 2 * MARGIN;
    List<String> lines = new ArrayList<>();
    if (StandardCjkFont.advance(title) * TITLE <= width) {
      lines.add(title);
    } else {
      int cut = title.indexOf("20");
      List<String> parts = cut > 0 ? List.of(title.substring(0, cut), title.substring(cut)) : List.of(title);
      parts.forEach(p -> lines.addAll(PdfText.wrap(p, TITLE, width, width)));
    }
    y += 8f;
    for (String l : lines) {
      y += 34f;
      page.text(WIDTH / 2 - StandardCjkFont.advance(l) * TITLE / 2, y, TITLE, l);
    }
    y += 20f;
  }

  /** A paragraph indented two characters, continued on the next page when the page is full. */
  private void paragraph(String text) {
    float width = WIDTH - 2 * MARGIN;
    List<String> lines = PdfText.wrap(text, BODY, width - 2 * BODY, width);
    for (int i = 0; i < lines.size(); i++) {
      if (y + LINE > BOTTOM) {
        newPage();
      }
      y += LINE;
      page.text(MARGIN + (i == 0 ? 2 * BODY : 0), y - 7f, BODY, lines.get(i));
    }
  }

  private void table(Block.Table t) {
    PdfTable grid = new PdfTable(t, (WIDTH - TABLE_WIDTH) / 2, widths(t));
    float space = 10f;
    y += space;
    int from = 0;
    while (from < grid.rows()) {
      int to = from;
      while (to < grid.rows() && y + grid.height(from, to + 1) <= BOTTOM) {
        to++;
      }
      boolean headOnly = from == 0 && to < grid.rows() && to < MIN_ROWS_BEFORE_BREAK;
      if (to == from || headOnly) {
        if (y == TOP + space) {
          throw new IllegalStateException("Cannot lay out " + t.kind() + ": row " + from + " is taller than a page");
        }
        newPage();
        y += space;
        continue;
      }
      grid.draw(page, y, from, to);
      y += grid.height(from, to);
      from = to;
      if (from < grid.rows()) {
        newPage();
        y += space;
      }
    }
    y += space;
  }

  /** Column widths: a label column and values for 表二, three label columns and seven values for 表三. */
  private static float[] widths(Block.Table t) {
    int columns = t.rows().get(0).stream().mapToInt(Block.Cell::colspan).sum();
    float[] w = new float[columns];
    switch (t.kind()) {
      case "t2" -> {
        w[0] = 165f;
        java.util.Arrays.fill(w, 1, columns, (TABLE_WIDTH - w[0]) / (columns - 1));
      }
      case "t3" -> {
        w[0] = 30f;
        w[1] = 80f;
        w[2] = 150f;
        java.util.Arrays.fill(w, 3, columns, (TABLE_WIDTH - 260f) / (columns - 3));
      }
      default -> java.util.Arrays.fill(w, TABLE_WIDTH / columns);
    }
    return w;
  }

  private byte[] write(Draft d) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      COSDictionary font = StandardCjkFont.create(doc);
      for (PdfPage p : pages) {
        PDPage pdf = new PDPage(PDRectangle.A4);
        PDResources res = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        res.getCOSObject().setItem(COSName.FONT, fonts);
        pdf.setResources(res);
        PDStream content = new PDStream(doc);
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
          out.write(p.content().getBytes(StandardCharsets.US_ASCII));
        }
        pdf.setContents(content);
        doc.addPage(pdf);
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(d.title());
      info.setAuthor(d.agency().name());
      info.setCreator("Microsoft Word");
      info.setProducer("Microsoft Word");
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"), java.util.Locale.ROOT);
      date.clear();
      date.set(d.published().getYear(), d.published().getMonthValue() - 1, d.published().getDayOfMonth(), 9, 30, 0);
      info.setCreationDate(date);
      info.setModificationDate(date);
      byte[] id = new byte[16];
      SplittableRandom r = new SplittableRandom(seed);
      for (int i = 0; i < id.length; i++) {
        id[i] = (byte) r.nextInt(256);
      }
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream(65_536);
      doc.save(out);
      return out.toByteArray();
    }
  }
}
