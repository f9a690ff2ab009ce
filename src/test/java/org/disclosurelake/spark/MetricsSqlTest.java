package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.disclosurelake.parse.ParserVersion;
import org.junit.jupiter.api.Test;

/** The metric SQL files: present on the classpath, documented, and free of the previous-row trap. */
class MetricsSqlTest {

  @Test
  void everyMetricFileStartsWithItsOneSentenceHeader() {
    for (String view : MetricsRunner.VIEWS) {
      String first = MetricsRunner.sql(view).lines().findFirst().orElse("");
      assertTrue(first.startsWith("-- " + view + ": "), view + " header: " + first);
    }
  }

  @Test
  void theDerivedTablesFingerprintMovesWithTheAgencyResolver() {
    // a lake computed with another resolver (a new alias, zone or gazetteer) is recomputed in full
    assertEquals(MetricsRunner.fingerprint(ParserVersion.resolver()), MetricsRunner.fingerprint());
    assertNotEquals(MetricsRunner.fingerprint("0.1.0+000000000000"), MetricsRunner.fingerprint("0.1.0+000000000001"));
    assertEquals(MetricsRunner.fingerprint("0.1.0+000000000000"), MetricsRunner.fingerprint("0.1.0+000000000000"));
  }

  @Test
  void previousYearIsAJoinOnYearMinusOneNeverLag() {
    for (String view : MetricsRunner.VIEWS) {
      String sql = MetricsRunner.sql(view).toLowerCase(Locale.ROOT);
      assertFalse(sql.matches("(?s).*\\b(lag|lead)\\s*\\(.*"), view + " uses LAG/LEAD");
    }
    for (String view : List.of("application_metrics", "backlog_metrics", "dispute_metrics", "disclosure_metrics",
        "cross_year_findings")) {
      assertTrue(MetricsRunner.sql(view).contains("p.year = c.year - 1"), view);
    }
  }
}
