package org.disclosurelake.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a corpus to disk as it is made: series run on a fixed pool, at most a few per thread in flight (so memory
 * stays bounded whatever the count), each document and its {@code .expected} file in a folder of 1,000.
 */
public final class CorpusWriter {

  /** What was written. */
  public record Summary(long documents, long bytes, long millis) {}

  private final CorpusGenerator generator;
  private final int threads;

  public CorpusWriter(CorpusGenerator generator, int threads) {
    this.generator = generator;
    this.threads = Math.max(1, threads);
  }

  public Summary write(Path dir, int count) throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(dir);
    AtomicLong docs = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    List<CorpusGenerator.Series> plan = generator.plan(count);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "generate");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(threads * 4);
    java.util.ArrayDeque<Future<?>> pending = new java.util.ArrayDeque<>();
    try {
      for (CorpusGenerator.Series s : plan) {
        inFlight.acquireUninterruptibly();
        pending.add(pool.submit(() -> {
          try {
            generator.make(s, d -> {
              save(dir, s.first(), d);
              docs.incrementAndGet();
              bytes.addAndGet(d.bytes().length);
            });
          } finally {
            inFlight.release();
          }
        }));
        while (!pending.isEmpty() && pending.peek().isDone()) {
          check(pending.poll());
        }
      }
      while (!pending.isEmpty()) {
        check(pending.poll());
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(docs.get(), bytes.get(), (System.nanoTime() - start) / 1_000_000);
  }

  private static void save(Path dir, int firstOfSeries, GeneratedDocument d) {
    int index = Integer.parseInt(d.name().substring(0, 7));
    Path shard = dir.resolve(String.format("%04d", index / 1000));
    try {
      Files.createDirectories(shard);
      Files.write(shard.resolve(d.name()), d.bytes());
      Files.writeString(shard.resolve(d.name() + ".expected"), d.expected().format(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write generated document " + d.name(), e);
    }
  }

  private static void check(Future<?> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Cannot finish writing: interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IllegalStateException("Cannot generate a series: " + e.getCause(), e.getCause());
    }
  }
}
