package org.disclosurelake.parse.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the main content in document order (iteratively, so nesting depth costs no stack) and writes the
 * {@code Body} lines: one line per text block, one {@code " | "}-joined line per data-table row. Layout tables are
 * walked through, their cells read as blocks.
 */
final class LineCollector implements NodeFilter {

  private final Element root;
  private final TableKinds kinds;
  private final Budget budget;
  private final List<String> lines = new ArrayList<>();
  private final TextJoin text;
  private final Deque<Element> openLayoutTables = new ArrayDeque<>();
  /** The {@code src} of every picture met, each marked by a line where it stands; null when pictures are ignored. */
  private final List<String> pictures;
  private long outputChars;
  private boolean full;

  private LineCollector(Element root, TableKinds kinds, Budget budget, List<String> pictures) {
    this.root = root;
    this.kinds = kinds;
    this.budget = budget;
    this.text = TextJoin.forLine(budget.limits().maxLineChars());
    this.pictures = pictures;
  }

  /** The lines of the content under root. */
  static List<String> collect(Element root, TableKinds kinds, Budget budget) {
    return collect(root, kinds, budget, null);
  }

  /**
   * The lines of the content under root, with a {@link HtmlReader#pictureMarker marker line} where each
   * {@code <img>} stands and its {@code src} added to {@code pictures} (when not null).
   */
  static List<String> collect(Element root, TableKinds kinds, Budget budget, List<String> pictures) {
    LineCollector collector = new LineCollector(root, kinds, budget, pictures);
    NodeTraversor.filter(collector, root);
    collector.flush();
    return collector.lines;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (full) {
      return FilterResult.STOP;
    }
    if (node instanceof TextNode t) {
      text.append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (e != root && Tags.isSilent(e)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (pictures != null && e.normalName().equals("img") && !e.attr("src").isBlank()
        && pictures.size() < HtmlReader.MAX_PICTURES) {
      flush();
      if (!full) {
        lines.add(HtmlReader.pictureMarker(pictures.size()));
        pictures.add(e.attr("src").strip());
      }
      return FilterResult.CONTINUE;
    }
    if (Tags.isBreak(e)) {
      flush();
    } else if (Tags.isTable(e)) {
      flush();
      if (kinds.isLayout(e, budget)) {
        if (openLayoutTables.size() < budget.limits().maxTableNesting()) {
          openLayoutTables.push(e);
          return FilterResult.CONTINUE;
        }
        budget.exceed(
            "nesting",
            "tables nested deeper than " + budget.limits().maxTableNesting() + ": inner tables flattened into cells");
      }
      writeTable(e);
      return FilterResult.SKIP_ENTIRELY;
    } else if (Tags.isBlock(e)) {
      flush();
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      if (Tags.isBlock(e)) {
        flush();
      }
      if (!openLayoutTables.isEmpty() && openLayoutTables.peek() == e) {
        openLayoutTables.pop();
      }
    }
    return full ? FilterResult.STOP : FilterResult.CONTINUE;
  }

  private void writeTable(Element table) {
    for (Element child : table.children()) {
      if (child.normalName().equals("caption")) {
        add(TableGrid.text(child, budget));
      }
    }
    for (List<String> row : TableGrid.cells(TableGrid.rows(table, budget), budget)) {
      if (row.stream().anyMatch(cell -> !cell.isEmpty())) {
        add(org.disclosurelake.parse.Body.row(row));
      }
    }
  }

  private void flush() {
    if (text.truncated()) {
      budget.exceed("line", "text line longer than " + budget.limits().maxLineChars() + " characters: rest dropped");
    }
    if (!text.isEmpty()) {
      add(text.take().strip());
    }
  }

  private void add(String line) {
    if (full || line.isBlank() || Chrome.isChrome(line)) {
      return;
    }
    if (outputChars + line.length() > budget.limits().maxOutputChars()) {
      budget.exceed("output", "page text longer than " + budget.limits().maxOutputChars() + " characters: rest dropped");
      full = true;
      return;
    }
    outputChars += line.length();
    lines.add(line);
  }
}
