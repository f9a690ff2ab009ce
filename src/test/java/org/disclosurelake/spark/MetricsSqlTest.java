package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
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
  void previousYearIsAJoinOnYearMinusOneNeverLag() {
    for (String view : MetricsRunner.VIEWS) {
      String sql = MetricsRunner.sql(view).toLowerCase(Locale.ROOT);
      assertFalse(sql.matches("(?s).*\\b(lag|lead)\\s*\\(.*"), view + " uses LAG/LEAD");
    }
    assertTrue(MetricsRunner.sql("agency_year_metrics").contains("p.year = c.year - 1"));
  }
}
