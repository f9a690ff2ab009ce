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
    if (!e.expectsRejection()) {
      long n = e.facts().size() + e.absent().size();
      facts += n;
      factsWrong += outcomeWrong ? n : c.factsWrong();
    }
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
