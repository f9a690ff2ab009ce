package org.disclosurelake.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time per named step of one run, in the order the steps ran. */
public final class Stages {

  private final Map<String, Long> millis = new LinkedHashMap<>();

  <T> T time(String stage, Supplier<T> step) {
    long start = System.nanoTime();
    try {
      return step.get();
    } finally {
      synchronized (millis) { // the derived tables are written from two threads (see Lanes)
        millis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
      }
    }
  }

  void time(String stage, Runnable step) {
    time(stage, () -> {
      step.run();
      return null;
    });
  }

  /** Milliseconds per stage, in run order. */
  public Map<String, Long> millis() {
    synchronized (millis) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
  }
}
