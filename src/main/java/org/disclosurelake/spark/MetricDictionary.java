package org.disclosurelake.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosurelake.agency.Tsv;

/**
 * The metric dictionary, {@code metrics/dictionary.tsv}: the one definition of every column of the metric tables
 * (name, tables, Chinese label, definition, formula, denominator, unit, caveats, version). No Spark here.
 */
public final class MetricDictionary {

  static final String RESOURCE = "metrics/dictionary.tsv";

  /** One column of one or more metric tables. */
  public record Entry(
      String name,
      List<String> tables,
      String labelZh,
      String definition,
      String formula,
      String denominator,
      String unit,
      String caveats,
      String version) {

    public Entry {
      Objects.requireNonNull(name, "name");
      tables = List.copyOf(tables);
    }

    /** The column comment stored in Delta: the Chinese label, then the definition. */
    public String comment() {
      return labelZh + " — " + definition;
    }
  }

  private final List<Entry> entries;

  private MetricDictionary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The dictionary on the classpath. */
  public static MetricDictionary bundled() {
    try (InputStream in = MetricDictionary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find the metric dictionary on the classpath: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the metric dictionary: " + RESOURCE, e);
    }
  }

  static MetricDictionary parse(String tsv) {
    List<Entry> out = new ArrayList<>();
    List<String[]> rows;
    try {
      rows = Tsv.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the metric dictionary", e); // never: the bytes are in memory
    }
    for (String[] row : Tsv.withoutHeader(rows)) {
      String[] c = Tsv.expectCells(row, 9, 9, "the metric dictionary");
      out.add(new Entry(c[0], Arrays.asList(c[1].split(" ")), c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
    }
    return new MetricDictionary(out);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The entry of a column name, if any. */
  public Optional<Entry> find(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The entries that list this table. */
  public List<Entry> entriesOf(String table) {
    return entries.stream().filter(e -> e.tables().contains(table)).toList();
  }

  /** The docs/metrics.md rendering: one Markdown table row per entry. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| column | 标签 | definition | formula | denominator | unit | tables | caveats |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (Entry e : entries) {
      out.append("| `").append(e.name()).append("` | ")
          .append(cell(e.labelZh())).append(" | ")
          .append(cell(e.definition())).append(" | ")
          .append(cell(e.formula())).append(" | ")
          .append(cell(e.denominator())).append(" | ")
          .append(cell(e.unit())).append(" | ")
          .append(cell(String.join(", ", e.tables().stream().map(MetricDictionary::abbreviate).toList())))
          .append(" | ")
          .append(cell(e.caveats())).append(" |\n");
    }
    return out.toString();
  }

  private static String abbreviate(String table) {
    return table.replace("_year_metrics", "").replace("cross_year_findings", "findings");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
