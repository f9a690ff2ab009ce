package org.disclosurelake.parse.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The PDF layout for pages known only as pictures: ruling lines and recognised text boxes (from OCR) in, the ruled
 * tables' cell boxes (to crop and read) and then the {@link org.disclosurelake.parse.Body} lines out, built by the
 * same table finder and layout as text PDFs, so a scanned report reads exactly like a born-digital one.
 */
public final class ScannedLayout {

  /** A box in points, origin at the top left of the page. */
  public record Box(float left, float top, float right, float bottom) {}

  /** A ruling line in points: at y = {@code at} from x = {@code from} to {@code to} when horizontal. */
  public record Rule(boolean horizontal, float at, float from, float to) {}

  /** Recognised text in its box: a word of prose, or the whole text of a table cell. */
  public record Text(String text, Box box) {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(box, "box");
    }
  }

  /** One page: its size in points, its rulings and its recognised text. */
  public record Page(int number, float width, float height, List<Rule> rules, List<Text> texts) {
    public Page {
      rules = List.copyOf(rules);
      texts = List.copyOf(texts);
    }

    Page withoutTexts() {
      return new Page(number, width, height, rules, List.of());
    }
  }

  /** The ruled tables of a page: the box of each table and of each of its cells, top to bottom. */
  public record Grid(Box table, List<Box> cells) {
    public Grid {
      cells = List.copyOf(cells);
    }
  }

  private ScannedLayout() {}

  /** The ruled tables the page's rulings form (its texts are ignored). */
  public static List<Grid> grids(Page page) {
    List<Grid> out = new ArrayList<>();
    for (Table t : TableFinder.find(content(page.withoutTexts()))) {
      List<Box> cells = new ArrayList<>();
      for (Cell c : t.cells()) {
        cells.add(new Box(c.left(), c.top(), c.right(), c.bottom()));
      }
      out.add(new Grid(new Box(t.left(), t.top(), t.right(), t.bottom()), cells));
    }
    return out;
  }

  /** The content lines of the pages: tables as pipe rows (joined across page breaks), prose as paragraphs. */
  public static List<String> lines(List<Page> pages) {
    return PdfLayout.lines(pages.stream().map(ScannedLayout::content).toList());
  }

  private static PageContent content(Page p) {
    List<Segment> segments = new ArrayList<>();
    for (Rule r : p.rules()) {
      segments.add(new Segment(r.horizontal(), r.at(), Math.min(r.from(), r.to()), Math.max(r.from(), r.to())));
    }
    List<Glyph> glyphs = new ArrayList<>();
    for (Text t : p.texts()) {
      Box b = t.box();
      float size = Math.max(1f, b.bottom() - b.top());
      glyphs.add(new Glyph(t.text(), b.left(), b.bottom(), Math.max(0.1f, b.right() - b.left()), size));
    }
    return new PageContent(p.number(), p.width(), p.height(), glyphs, segments, 0);
  }
}
