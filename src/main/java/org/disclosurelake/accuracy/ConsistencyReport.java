package org.disclosurelake.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The label-free consistency of a folder: the share of documents whose parse found agency, year and template, whose
 * 表三 and 表四 are complete, whose checks pass (or fail only on the document's own numbers), and every other
 * document with its first problem. Add documents in a fixed order to get the same report for the same inputs.
 */
public final class ConsistencyReport {

  /** One line of the report: how many of {@code of} documents meet a criterion. */
  public record Share(String name, long count, long of) {

    public double percent() {
      return of == 0 ? 100.0 : 100.0 * count / of;
    }
  }

  private final List<Consistency> documents = new ArrayList<>();

  public void add(Consistency c) {
    documents.add(c);
  }

  public List<Consistency> documents() {
    return List.copyOf(documents);
  }

  /** The documents that are not consistent, in the order added. */
  public List<Consistency> rest() {
    return documents.stream().filter(c -> !c.consistent()).toList();
  }

  public List<Share> shares() {
    long templated = documents.stream().filter(Consistency::templated).count();
    long all = documents.size();
    return List.of(
        share("parsed (not rejected)", c -> c.rejection() == null, all),
        share("agency found", Consistency::agency, all),
        share("year found", Consistency::year, all),
        share("template found", Consistency::template, all),
        share("表三 complete (2019/2021)", Consistency::t3Complete, templated),
        share("表四 complete (2019/2021)", Consistency::t4Complete, templated),
        share("no finding", c -> c.rejection() == null && c.findings().isEmpty(), all),
        share("checks pass or own numbers disagree", Consistency::checksPassOrOwnNumbers, all),
        share("consistent (all of the above)", Consistency::consistent, all));
  }

  private Share share(String name, Predicate<Consistency> p, long of) {
    return new Share(name, documents.stream().filter(p).count(), of);
  }

  public String text() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%-38s %7s %7s %8s%n", "documents", "count", "of", "%"));
    for (Share x : shares()) {
      s.append(pad(x.name(), 38)).append(String.format(Locale.ROOT, " %7d %7d %8.2f%n", x.count(), x.of(), x.percent()));
    }
    List<Consistency> rest = rest();
    if (!rest.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%nnot consistent (%d), first problem:%n", rest.size()));
      for (Consistency c : rest) {
        s.append(c.source()).append(": ").append(oneLine(c.firstProblem())).append('\n');
      }
    }
    return s.toString();
  }

  /** The same as one JSON object (Jackson's streaming writer; percentages with four decimals). */
  public String json() {
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("documents", documents.size());
      g.writeObjectFieldStart("shares");
      for (Share x : shares()) {
        g.writeObjectFieldStart(x.name());
        g.writeNumberField("count", x.count());
        g.writeNumberField("of", x.of());
        g.writeFieldName("percent");
        g.writeNumber(String.format(Locale.ROOT, "%.4f", x.percent()));
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("not_consistent");
      for (Consistency c : rest()) {
        g.writeStartObject();
        g.writeStringField("file", c.source());
        g.writeStringField("first_problem", c.firstProblem());
        g.writeArrayFieldStart("findings");
        for (String f : c.findings()) {
          g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot write the consistency report as JSON", e);
    }
    return out.toString();
  }

  /** The name padded to a column width, counting CJK characters as two columns as terminals show them. */
  private static String pad(String name, int width) {
    int shown = 0;
    for (int i = 0; i < name.length(); i++) {
      shown += name.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return name + " ".repeat(Math.max(0, width - shown));
  }

  private static String oneLine(String s) {
    String flat = s.replace('\n', ' ');
    return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
  }
}
