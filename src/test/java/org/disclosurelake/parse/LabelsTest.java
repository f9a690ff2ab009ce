package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of the hand labels ({@code src/test/resources/corpus/**}{@code /labels.csv}, copied unchanged from the
 * shared corpus: written by reading each document, never from a program's output) against the parser, scored as
 * {@code ../shared/tools/score-labels} scores them. A field passes when the parser gives the labelled value; a field
 * the parser does not get is allowed only when {@code corpus/known-misses.csv} lists it with its reason, and a listed
 * miss that now passes fails the test until it is taken off the list. A wrong value in a report without any finding
 * (a silent error) always fails.
 */
class LabelsTest {

  private static final ReportParser PARSER = new ReportParser();
  private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("t3_new_total", "t3.new.total");
    COLUMNS.put("t3_new_natural", "t3.new.natural");
    COLUMNS.put("t3_carried_total", "t3.carried.total");
    COLUMNS.put("t3_granted_total", "t3.granted.total");
    COLUMNS.put("t3_partial_total", "t3.partial.total");
    COLUMNS.put("t3_results_total", "t3.processed.total");
    COLUMNS.put("t3_forward_total", "t3.forward.total");
    COLUMNS.put("t4_review_total", "t4.review.total");
    COLUMNS.put("t4_review_corrected", "t4.review.corrected");
    COLUMNS.put("t4_suit_direct_total", "t4.suit_direct.total");
    COLUMNS.put("t4_suit_after_total", "t4.suit_after_review.total");
    COLUMNS.put("t2_rules_made", "t2.rules.made");
    COLUMNS.put("t2_norms_made", "t2.norms.made");
    COLUMNS.put("t2_license", "t2.license.decisions");
    COLUMNS.put("t2_penalty", "t2.penalty.decisions");
    COLUMNS.put("proactive_total", "proactive.total");
  }

  private static final int[] TOTALS = new int[3]; // fields, right, missing

  /** One labelled document: its path and its label row. */
  record Labelled(Path document, Map<String, String> labels) {
    @Override
    public String toString() {
      return document.getParent().getFileName() + "/" + document.getFileName();
    }
  }

  static Stream<Labelled> documents() throws IOException, URISyntaxException {
    Path root = corpus();
    List<Labelled> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path labels : files.filter(p -> p.getFileName().toString().equals("labels.csv")).sorted().toList()) {
        for (Map<String, String> row : csv(labels)) {
          out.add(new Labelled(labels.resolveSibling(row.get("file")), row));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void labelledFieldsAreRead(Labelled doc) throws IOException, URISyntaxException {
    ParseResult result = PARSER.parse(Files.readAllBytes(doc.document()), doc.document().toString());
    assertTrue(!result.isRejected(), () -> doc + " rejected: " + result.rejection());
    Report report = result.report();
    Map<String, BigDecimal> facts = new HashMap<>();
    for (Fact f : report.facts()) {
      if (f.hasValue()) {
        facts.put(f.key(), f.value());
      }
    }
    Map<String, String> known = knownMisses().getOrDefault(corpus().relativize(doc.document()).toString(), Map.of());
    List<String> problems = new ArrayList<>();
    boolean wrong = false;
    for (Field field : fields(doc.labels(), report, facts)) {
      synchronized (TOTALS) {
        TOTALS[0]++;
        TOTALS[1] += field.right() ? 1 : 0;
        TOTALS[2] += !field.right() && field.got() == null ? 1 : 0;
      }
      wrong |= !field.right() && field.got() != null;
      if (field.right() && known.containsKey(field.name())) {
        problems.add(field.name() + " is now read right (" + field.got() + "): take it off known-misses.csv");
      } else if (!field.right() && !known.containsKey(field.name())) {
        problems.add(field.name() + ": expected " + field.expected() + ", got " + field.got());
      }
    }
    if (wrong && report.findings().isEmpty()) {
      problems.add("a wrong value and no finding at all (a silent error)");
    }
    assertTrue(problems.isEmpty(), () -> doc + ":\n  " + String.join("\n  ", problems));
  }

  @AfterAll
  static void printScore() {
    System.out.printf(
        "labels accuracy %.1f%% (%d/%d fields; %d missing)%n",
        100.0 * TOTALS[1] / Math.max(1, TOTALS[0]), TOTALS[1], TOTALS[0], TOTALS[2]);
  }

  /** A labelled field, what the label says and what the parser gave. */
  record Field(String name, String expected, Object got, boolean right) {}

  private static List<Field> fields(Map<String, String> labels, Report report, Map<String, BigDecimal> facts) {
    List<Field> out = new ArrayList<>();
    String agency = report.agency();
    String exp = labels.get("agency");
    out.add(
        new Field("agency", exp, agency,
            agency != null && (norm(agency).contains(norm(exp)) || norm(exp).contains(norm(agency)))));
    Integer year = report.year();
    out.add(new Field("year", labels.get("year"), year, year != null && labels.get("year").equals(year.toString())));
    String template = report.template().code();
    out.add(new Field("template", labels.get("template"), template, labels.get("template").equals(template)));
    boolean pre = "pre2019".equals(labels.get("template"));
    for (Map.Entry<String, String> c : COLUMNS.entrySet()) {
      String label = labels.get(c.getKey());
      if (label == null || label.isEmpty()) {
        continue; // the document does not state it, or nothing settles it: not scored
      }
      BigDecimal got = facts.get(c.getValue());
      boolean suit = c.getKey().equals("t4_suit_direct_total") || c.getKey().equals("t4_suit_after_total");
      if (pre && suit && got == null && facts.containsKey("t4.suit.total")) {
        // a pre-2019 report gives one litigation count: compare it with the sum of the two labelled ones
        BigDecimal sum = number(labels.get("t4_suit_direct_total")).add(number(labels.get("t4_suit_after_total")));
        BigDecimal total = facts.get("t4.suit.total");
        out.add(new Field(c.getKey() + "~t4.suit.total", sum.toPlainString(), total, total.compareTo(sum) == 0));
        continue;
      }
      out.add(new Field(c.getKey(), label, got, got != null && got.compareTo(new BigDecimal(label)) == 0));
    }
    return out;
  }

  private static BigDecimal number(String s) {
    return s == null || s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
  }

  private static String norm(String s) {
    return s.replaceAll("\\s", "").replace("人民政府", "").replace("管委会", "").replace("管理委员会", "");
  }

  private static Map<String, Map<String, String>> knownMisses() throws IOException, URISyntaxException {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (Map<String, String> row : csv(corpus().resolve("known-misses.csv"))) {
      out.computeIfAbsent(row.get("file"), f -> new HashMap<>()).put(row.get("field"), row.get("reason"));
    }
    return out;
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(LabelsTest.class.getResource("/corpus").toURI());
  }

  private static List<Map<String, String>> csv(Path file) throws IOException {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setHeaderExtractionEnabled(true);
    settings.setMaxCharsPerColumn(-1);
    settings.setNullValue("");
    settings.setEmptyValue("");
    CsvParser parser = new CsvParser(settings);
    List<Map<String, String>> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      parser.beginParsing(r);
      String[] header = parser.getContext().headers();
      String[] row;
      while ((row = parser.parseNext()) != null) {
        if (header == null) {
          header = parser.getContext().headers();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          m.put(header[i], i < row.length && row[i] != null ? row[i] : "");
        }
        out.add(m);
      }
    }
    return out;
  }
}
