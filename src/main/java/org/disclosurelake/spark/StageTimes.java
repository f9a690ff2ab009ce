package org.disclosurelake.spark;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The wall time of each named step of a run, in the order the steps ran (a repeated name adds up). */
public final class StageTimes {

  private final Map<String, Duration> times = new LinkedHashMap<>();

  /** Runs the step and records its wall time under the stage name. */
  public void time(String stage, Runnable step) {
    long start = System.nanoTime();
    try {
      step.run();
    } finally {
      times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
    }
  }

  /** Stage name to wall time, in the order the stages first ran. */
  public Map<String, Duration> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(times));
  }
}
