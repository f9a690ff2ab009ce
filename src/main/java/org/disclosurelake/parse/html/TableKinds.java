package org.disclosurelake.parse.html;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Tells layout tables from data tables. Word and CMS pages put the report's tables inside layout tables: a table
 * that contains another table is layout (its cells read as text blocks); so is a single-column table, whose rows
 * are paragraphs. Every other table is data, read row by row. Computed in one linear pass.
 */
final class TableKinds {

  private final Set<Element> containers;

  private TableKinds(Set<Element> containers) {
    this.containers = containers;
  }

  /** Finds, under root, every table that contains another table. */
  static TableKinds of(Element root) {
    Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Element> open = new ArrayDeque<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e && Tags.isTable(e)) {
              if (!open.isEmpty()) {
                containers.add(open.peek());
              }
              open.push(e);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && Tags.isTable(e) && !open.isEmpty() && open.peek() == e) {
              open.pop();
            }
          }
        },
        root);
    return new TableKinds(containers);
  }

  /** True when the table contains another table. */
  boolean containsTable(Element table) {
    return containers.contains(table);
  }

  /** True when the table is layout: it contains a table, or no row has more than one cell. */
  boolean isLayout(Element table, Budget budget) {
    if (containsTable(table)) {
      return true;
    }
    for (Element row : TableGrid.rows(table, budget)) {
      int cells = 0;
      for (Element cell : row.children()) {
        if (Tags.isCell(cell) && ++cells > 1) {
          return false;
        }
      }
    }
    return true;
  }
}
