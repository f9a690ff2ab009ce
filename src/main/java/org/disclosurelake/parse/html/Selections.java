package org.disclosurelake.parse.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Several CSS selectors run in one walk of a subtree instead of one walk each. The selectors are compiled by jsoup
 * itself ({@link QueryParser#parse(String)}, the same as {@code Element.select}), so the matches are the same
 * elements in the same document order.
 */
final class Selections {

  private static final int CLASS = 1;
  private static final int ID = 2;
  private static final Map<List<String>, List<Evaluator>> COMPILED = new ConcurrentHashMap<>();

  private Selections() {}

  /** Per selector, every element of root's subtree (root included) that it matches, in document order. */
  static List<List<Element>> all(Element root, List<String> selectors) {
    List<Evaluator> evaluators = compile(selectors);
    int[] needs = needs(selectors);
    List<List<Element>> out = new ArrayList<>();
    for (int i = 0; i < evaluators.size(); i++) {
      out.add(new ArrayList<>());
    }
    NodeTraversor.traverse(
        (NodeVisitor) (node, depth) -> {
          if (node instanceof Element e) {
            int attributes = present(e);
            for (int i = 0; i < evaluators.size(); i++) {
              if ((needs[i] & attributes) == needs[i] && evaluators.get(i).matches(root, e)) {
                out.get(i).add(e);
              }
            }
          }
        },
        root);
    return out;
  }

  /** Per selector, the first element of root's subtree (root included) that it matches, or null. */
  static List<Element> first(Element root, List<String> selectors) {
    List<Evaluator> evaluators = compile(selectors);
    int[] needs = needs(selectors);
    Element[] first = new Element[evaluators.size()];
    NodeTraversor.traverse(
        (NodeVisitor) (node, depth) -> {
          if (node instanceof Element e) {
            int attributes = present(e);
            for (int i = 0; i < first.length; i++) {
              if (first[i] == null && (needs[i] & attributes) == needs[i] && evaluators.get(i).matches(root, e)) {
                first[i] = e;
              }
            }
          }
        },
        root);
    return Arrays.asList(first);
  }

  /**
   * The attributes a selector cannot match without: ".x" and "tag.x" need a class attribute, "#x" an id attribute
   * (jsoup reads both by name, ignoring case). Selectors here are tags, classes and ids only.
   */
  private static int[] needs(List<String> selectors) {
    int[] out = new int[selectors.size()];
    for (int i = 0; i < out.length; i++) {
      String s = selectors.get(i);
      out[i] = s.indexOf('#') >= 0 ? ID : s.indexOf('.') >= 0 ? CLASS : 0;
    }
    return out;
  }

  private static int present(Element e) {
    if (e.attributesSize() == 0) {
      return 0;
    }
    Attributes a = e.attributes();
    return (a.hasKeyIgnoreCase("class") ? CLASS : 0) | (a.hasKeyIgnoreCase("id") ? ID : 0);
  }

  private static List<Evaluator> compile(List<String> selectors) {
    // compiled once per list: these evaluators (tag, class, id and their conjunction) hold no state between uses;
    // jsoup's query mode (system property jsoup.queryMode) is read at the first use, as it is set at start-up if ever
    return COMPILED.computeIfAbsent(selectors, list -> list.stream().map(QueryParser::parse).toList());
  }
}
