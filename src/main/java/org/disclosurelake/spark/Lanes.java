package org.disclosurelake.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SparkSession;

/**
 * Runs independent sequences of table writes side by side, one driver thread per lane, each lane's steps in order
 * (off by default: see {@link #CONF}). Delta commits to different tables are independent, and much of a small
 * table's write is driver work (planning, listing, the commit) during which the cores could run the other lane's
 * tasks. The steps of a lane are the ones that depend on each other (a persisted view written by its first step, read
 * by the next).
 */
final class Lanes {

  /**
   * The Spark conf that turns the lanes on ({@code 2}); by default ({@code 1}) every lane runs after the other, in
   * the caller's thread. Measured on this 2-core machine under the load of other work (BENCHMARKS.md, branch
   * {@code incr3}), two lanes were slower: the cores were busy already, and a second driver thread only added
   * contention. Whether they help on an idle or larger driver is not measured.
   */
  static final String CONF = "spark.disclosurelake.writeLanes";

  private Lanes() {}

  /** As {@link #run(List)} when the session's {@link #CONF} is 2 or more, else the lanes one after the other. */
  static void run(SparkSession spark, List<List<Runnable>> lanes) {
    if (Integer.parseInt(spark.conf().get(CONF, "1")) <= 1) {
      lanes.forEach(lane -> lane.forEach(Runnable::run));
    } else {
      run(lanes);
    }
  }

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
