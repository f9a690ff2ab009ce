package org.disclosurelake.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.disclosurelake.parse.ReportParser;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of {@link ReportParser#parse}. A plain {@code mvn test} replays the seeds and regression inputs under
 * {@code ReportParserFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} one target at a time is fuzzed (.ci/fuzz).
 * A finding is any broken {@link ParseInvariants} (including an "internal error" rejection), an escaping throwable, a
 * time-out or runaway memory.
 */
class ReportParserFuzzTest {

  private static final ReportParser PARSER = new ReportParser();

  /** Any bytes; the file name, a hint to the sniffer, alternates with the length. */
  @FuzzTest
  @Timeout(30)
  void rawBytes(byte[] bytes) {
    ParseInvariants.check(PARSER.parse(bytes, bytes.length % 2 == 0 ? "fuzz.html" : "fuzz.txt"));
  }

  /** Report-like text built from label fragments, separators and numbers, to reach the table readers. */
  @FuzzTest
  @Timeout(30)
  void labelledText(FuzzedDataProvider data) {
    String text = FuzzDocuments.labelledText(data);
    ParseInvariants.check(PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz.txt"));
  }

  /** HTML pages with tables of random rowspan and colspan around the same fragments. */
  @FuzzTest
  @Timeout(30)
  void htmlTables(FuzzedDataProvider data) {
    String html = FuzzDocuments.htmlPage(data);
    ParseInvariants.check(PARSER.parse(html.getBytes(StandardCharsets.UTF_8), "fuzz.html"));
  }

  /** A real PDF with structural edits. */
  @FuzzTest
  @Timeout(60)
  void mutatedPdf(FuzzedDataProvider data) {
    ParseInvariants.check(PARSER.parse(PdfMutations.mutate(data), "fuzz.pdf"));
  }
}
