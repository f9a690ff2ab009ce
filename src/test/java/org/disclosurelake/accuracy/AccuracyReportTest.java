package org.disclosurelake.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccuracyReportTest {

  @Test
  void jsonHoldsTheTalliesAndEveryMismatchEscaped() {
    AccuracyReport report = new AccuracyReport();
    Expected e = new Expected("某局", 2023, null, Map.of(), Set.of(), null, null);
    report.add(e, new Comparison("a \"quoted\"\\path.txt", 2, List.of("agency: got 某\n局", "year: got 2022"), 0, 0,
        Comparison.Ambiguity.NONE, 0));
    report.add(e, new Comparison("b.txt", 2, List.<String>of(), 0, 0, Comparison.Ambiguity.NONE, 0));
    assertEquals(
        "{\"documents\":2,\"correct\":1,\"fields\":{"
            + "\"agency\":{\"correct\":1,\"checked\":2,\"percent\":50.0000},"
            + "\"year\":{\"correct\":1,\"checked\":2,\"percent\":50.0000},"
            + "\"template\":{\"correct\":0,\"checked\":0,\"percent\":100.0000},"
            + "\"facts\":{\"correct\":0,\"checked\":0,\"percent\":100.0000},"
            + "\"findings\":{\"correct\":0,\"checked\":0,\"percent\":100.0000}},"
            + "\"silent_wrong\":{\"documents\":0,\"values\":0},"
            + "\"ambiguous\":{\"expected\":0,\"flagged\":0,\"valued\":0,\"unflagged\":0},"
            + "\"classes\":{},"
            + "\"mismatches\":[{\"file\":\"a \\\"quoted\\\"\\\\path.txt\",\"mismatch\":\"agency: got 某\\n局\"},"
            + "{\"file\":\"a \\\"quoted\\\"\\\\path.txt\",\"mismatch\":\"year: got 2022\"}]}",
        report.json());
  }
}
