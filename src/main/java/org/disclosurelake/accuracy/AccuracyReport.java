package org.disclosurelake.accuracy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accuracy over a set of documents with expected files: per field (agency, year, template, facts, findings) how
 * many statements held, how many documents were fully correct, and every mismatch. Add comparisons in a fixed
 * order to get the same report for the same inputs.
 */
public final class AccuracyReport {

  /** Held / checked of one field. */
  public record Tally(String field, long held, long checked) {

    public double percent() {
      return checked == 0 ? 100.0 : 100.0 * held / checked;
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  private static final List<String> FIELDS = List.of("agency", "year", "template", "findings");

  private final long[] held = new long[FIELDS.size()];
  private final long[] checked = new long[FIELDS.size()];
  private long facts;
  private long factsWrong;
  private long documents;
  private long correct;
  private long rejected;
  private final List<Comparison> failures = new ArrayList<>();
  private Comparison.Ambiguity ambiguity = Comparison.Ambiguity.NONE;
  private long silentDocuments;
  private long silentValues;
  // class → {documents, fully correct, facts checked, facts wrong, ambiguous expected, ambiguous flagged,
  //          documents with wrong values and no finding}
  private final java.util.TreeMap<String, long[]> classes = new java.util.TreeMap<>();

  /** Counts one document's comparison against its expectation. */
  public void add(Expected e, Comparison c) {
    documents++;
    if (c.ok()) {
      correct++;
    } else {
      failures.add(c);
    }
    boolean outcomeWrong = c.mismatches().stream().anyMatch(m -> m.startsWith("outcome:"));
    if (outcomeWrong) {
      rejected++;
    }
    Object[] wanted = {e.agency(), e.year(), e.template(), e.findings()};
    for (int i = 0; i < FIELDS.size(); i++) {
      if (wanted[i] == null || e.expectsRejection()) {
        continue;
      }
      checked[i]++;
      String prefix = FIELDS.get(i) + ":";
      if (!outcomeWrong && c.mismatches().stream().noneMatch(m -> m.startsWith(prefix))) {
        held[i]++;
      }
    }
    long n = e.expectsRejection() ? 0 : e.facts().size() + e.absent().size();
    long wrong = outcomeWrong ? n : c.factsWrong();
    facts += n;
    factsWrong += wrong;
    ambiguity = ambiguity.plus(c.ambiguity());
    silentDocuments += c.silentWrong() > 0 ? 1 : 0;
    silentValues += c.silentWrong();
    for (String k : e.classes()) {
      long[] t = classes.computeIfAbsent(k, x -> new long[7]);
      t[6] += c.silentWrong() > 0 ? 1 : 0;
      t[0]++;
      t[1] += c.ok() ? 1 : 0;
      t[2] += n;
      t[3] += wrong;
      t[4] += c.ambiguity().expected();
      t[5] += c.ambiguity().flagged();
    }
  }

  /** The expected-ambiguous cells of all documents, and how they were read. */
  public Comparison.Ambiguity ambiguity() {
    return ambiguity;
  }

  public List<Tally> tallies() {
    List<Tally> out = new ArrayList<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      out.add(new Tally(FIELDS.get(i), held[i], checked[i]));
    }
    out.add(3, new Tally("facts", facts - factsWrong, facts));
    return out;
  }

  public long documents() {
    return documents;
  }

  public long correct() {
    return correct;
  }

  public List<Comparison> failures() {
    return List.copyOf(failures);
  }

  /** The human-readable report: a table of fields, documents fully correct, then every mismatch. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%-10s %10s %10s %8s%n", "field", "correct", "checked", "%"));
    for (Tally t : tallies()) {
      s.append(String.format(Locale.ROOT, "%-10s %10d %10d %8.2f%n", t.field(), t.held(), t.checked(), t.percent()));
    }
    s.append(String.format(Locale.ROOT, "documents fully correct: %d of %d (%.2f %%)%s%n", correct, documents,
        documents == 0 ? 100.0 : 100.0 * correct / documents, rejected > 0 ? "; wrongly rejected or parsed: " + rejected : ""));
    s.append(String.format(Locale.ROOT, "documents with wrong values and no finding at all: %d (%d values)%n",
        silentDocuments, silentValues));
    if (ambiguity.expected() > 0) {
      s.append(String.format(Locale.ROOT,
          "ambiguous cells (not in facts): %d expected empty; left empty with a finding %d, given a value %d, "
              + "left empty without a finding %d%n",
          ambiguity.expected(), ambiguity.flagged(), ambiguity.valued(), ambiguity.unflagged()));
    }
    if (!classes.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%n%-20s %6s %8s %10s %10s %8s %11s %7s%n", "class", "docs", "correct",
          "facts ok", "facts", "%", "ambiguous", "silent"));
      classes.forEach((k, t) -> s.append(String.format(Locale.ROOT, "%-20s %6d %8d %10d %10d %8.2f %11s %7d%n", k, t[0],
          t[1], t[2] - t[3], t[2], t[2] == 0 ? 100.0 : 100.0 * (t[2] - t[3]) / t[2],
          t[4] == 0 ? "-" : t[5] + "/" + t[4], t[6])));
    }
    if (!failures.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%nmismatches:%n"));
      for (Comparison c : failures) {
        for (String m : c.mismatches()) {
          s.append(c.source()).append(": ").append(m).append('\n');
        }
      }
    }
    return s.toString();
  }

  /** The same as one JSON object (Jackson's streaming writer; percentages with four decimals). */
  public String json() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("documents", documents);
      g.writeNumberField("correct", correct);
      g.writeObjectFieldStart("fields");
      for (Tally t : tallies()) {
        g.writeObjectFieldStart(t.field());
        g.writeNumberField("correct", t.held());
        g.writeNumberField("checked", t.checked());
        g.writeFieldName("percent");
        g.writeNumber(String.format(Locale.ROOT, "%.4f", t.percent()));
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("silent_wrong");
      g.writeNumberField("documents", silentDocuments);
      g.writeNumberField("values", silentValues);
      g.writeEndObject();
      g.writeObjectFieldStart("ambiguous");
      g.writeNumberField("expected", ambiguity.expected());
      g.writeNumberField("flagged", ambiguity.flagged());
      g.writeNumberField("valued", ambiguity.valued());
      g.writeNumberField("unflagged", ambiguity.unflagged());
      g.writeEndObject();
      g.writeObjectFieldStart("classes");
      for (java.util.Map.Entry<String, long[]> k : classes.entrySet()) {
        long[] t = k.getValue();
        g.writeObjectFieldStart(k.getKey());
        g.writeNumberField("documents", t[0]);
        g.writeNumberField("correct", t[1]);
        g.writeNumberField("facts", t[2]);
        g.writeNumberField("facts_wrong", t[3]);
        g.writeNumberField("ambiguous", t[4]);
        g.writeNumberField("ambiguous_flagged", t[5]);
        g.writeNumberField("silent", t[6]);
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("mismatches");
      for (Comparison c : failures) {
        for (String m : c.mismatches()) {
          g.writeStartObject();
          g.writeStringField("file", c.source());
          g.writeStringField("mismatch", m);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the accuracy report as JSON", e);
    }
    return out.toString();
  }
}
