package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageTimesTest {

  @Test
  void keepsTheOrderTheStagesRanInAndAddsUpRepeats() {
    StageTimes times = new StageTimes();
    times.time("parse", () -> {});
    times.time("metrics", () -> {});
    times.time("parse", () -> {});
    assertEquals(List.of("parse", "metrics"), List.copyOf(times.asMap().keySet()));
    assertTrue(times.asMap().get("parse").compareTo(Duration.ZERO) >= 0);
  }

  @Test
  void recordsAFailedStageAndRethrows() {
    StageTimes times = new StageTimes();
    assertThrows(IllegalStateException.class, () -> times.time("facts", () -> {
      throw new IllegalStateException("boom");
    }));
    assertTrue(times.asMap().containsKey("facts"));
  }
}
