package org.disclosurelake.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent sequences of table writes side by side, one driver thread per lane, each lane's steps in order.
 * Delta commits to different tables are independent, and most of a small table's write is driver work (planning,
 * listing, the commit) that leaves the cores idle: two lanes keep both cores of a small machine busy. The steps of a
 * lane are the ones that depend on each other (a persisted view written by its first step, read by the next).
 */
final class Lanes {

  private Lanes() {}

  /** Runs every lane in its own thread and waits for all; the first failure is rethrown once every lane ended. */
  static void run(List<List<Runnable>> lanes) {
    if (lanes.size() == 1) {
      lanes.get(0).forEach(Runnable::run);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(lanes.size(), r -> {
      Thread t = new Thread(r, "disclosure-lake-lane");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<Runnable> lane : lanes) {
        running.add(pool.submit(() -> lane.forEach(Runnable::run)));
      }
      RuntimeException failure = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          RuntimeException cause = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(
              "A table write failed: " + e.getCause(), e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while writing the derived tables", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
