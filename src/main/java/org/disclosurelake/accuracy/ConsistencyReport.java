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

  public String json() {
    StringBuilder s = new StringBuilder("{\"documents\":").append(documents.size()).append(",\"shares\":{");
    List<Share> shares = shares();
    for (int i = 0; i < shares.size(); i++) {
      Share x = shares.get(i);
      s.append(i == 0 ? "" : ",").append(AccuracyReport.quote(x.name())).append(":{\"count\":").append(x.count())
          .append(",\"of\":").append(x.of()).append(",\"percent\":")
          .append(String.format(Locale.ROOT, "%.4f", x.percent())).append('}');
    }
    s.append("},\"not_consistent\":[");
    List<Consistency> rest = rest();
    for (int i = 0; i < rest.size(); i++) {
      Consistency c = rest.get(i);
      s.append(i == 0 ? "" : ",").append("{\"file\":").append(AccuracyReport.quote(c.source()))
          .append(",\"first_problem\":").append(AccuracyReport.quote(c.firstProblem())).append(",\"findings\":[");
      for (int k = 0; k < c.findings().size(); k++) {
        s.append(k == 0 ? "" : ",").append(AccuracyReport.quote(c.findings().get(k)));
      }
      s.append("]}");
    }
    return s.append("]}").toString();
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
