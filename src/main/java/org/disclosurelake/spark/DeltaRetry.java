package org.disclosurelake.spark;

import java.nio.file.FileAlreadyExistsException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Retries a Delta write that lost an optimistic-concurrency race (another writer committed first, or created the
 * table at the same moment), with bounded attempts and jittered exponential backoff. Any other error is thrown at once.
 */
final class DeltaRetry {

  private static final Logger LOG = LogManager.getLogger(DeltaRetry.class);

  static final int ATTEMPTS = 10;
  private static final long FIRST_BACKOFF_MS = 200;
  private static final long MAX_BACKOFF_MS = 5_000;

  private DeltaRetry() {}

  static void run(String what, Runnable action) {
    get(what, () -> {
      action.run();
      return null;
    });
  }

  static <T> T get(String what, Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConflict(e)) {
          throw e;
        }
        long backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << (attempt - 1));
        LOG.warn("{} lost a race with another writer ({}); retry {} of {}",
            what, e.getClass().getSimpleName(), attempt, ATTEMPTS - 1);
        sleep(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
      }
    }
  }

  /**
   * A concurrent-modification error of Delta (ConcurrentAppend, ConcurrentDeleteRead, ConcurrentTransaction,
   * ProtocolChanged, MetadataChanged, …: all extend DeltaConcurrentModificationException) anywhere in the cause
   * chain, or the commit file of the same version already written by another writer.
   */
  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileAlreadyExistsException
          || t instanceof org.apache.hadoop.fs.FileAlreadyExistsException) {
        return true;
      }
      for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
        if (c.getSimpleName().equals("DeltaConcurrentModificationException")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry a Delta write", ie);
    }
  }
}
