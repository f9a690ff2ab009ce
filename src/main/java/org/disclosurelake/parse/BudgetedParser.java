package org.disclosurelake.parse;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;

/**
 * A {@link ReportParser} with a per-document budget: oversize files are rejected unread, a parse that outlives the
 * time budget or runs out of memory becomes a rejection, so no document can hang or fail a batch. Thread-safe; one
 * instance per JVM (e.g. per Spark executor) is enough.
 *
 * <p>Limits of the approach. A timed-out parse is interrupted and abandoned, not killed: Java cannot stop a thread
 * safely, so a parser loop that ignores interrupts keeps its daemon thread and a CPU busy until it ends by itself
 * ({@link #abandonedWorkers()} counts them). An {@link OutOfMemoryError} is caught on the worker, after which the
 * parse's garbage is unreachable and the heap usually recovers; but the error may strike another thread of the JVM
 * instead, and code interrupted by it may leave shared state broken. Real isolation needs a separate process.
 */
public final class BudgetedParser {

  /** How much of an oversize file its reader reads to tell the file's type (see {@link #oversize}). */
  public static final int SNIFF_BYTES = 8192;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final BiFunction<byte[], String, ParseResult> parser;
  private final Limits limits;
  private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
  private final AtomicInteger abandoned = new AtomicInteger();

  /** The real parser with the default limits. */
  public BudgetedParser() {
    this(Limits.DEFAULTS);
  }

  /** The real parser with the given limits: the budget here, the readers' limits in the parser. */
  public BudgetedParser(Limits limits) {
    this(new ReportParser(limits)::parse, limits);
  }

  /** Any parser (tests inject slow or failing ones) under the file size limit and parse timeout of {@code limits}. */
  public BudgetedParser(BiFunction<byte[], String, ParseResult> parser, Limits limits) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Parses one document within the budget; never throws for bad content. */
  public ParseResult parse(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    if (!limits.admits(bytes.length)) {
      return reject(bytes, source, limits.oversizeReason(bytes.length));
    }
    Worker worker = new Worker(bytes, source);
    Future<ParseResult> parse = workers.submit(worker::run);
    long start = System.nanoTime();
    Duration timeBudget = limits.parseTimeout();
    try {
      long granted = 0;
      while (true) {
        try {
          long left = timeBudget.toNanos() + granted - (System.nanoTime() - start);
          return parse.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (worker.extension > granted) {
            granted = worker.extension; // OCR asked for its per-page allowance: wait on
            continue;
          }
          throw e;
        }
      }
    } catch (TimeoutException e) {
      if (!worker.abandon(parse)) {
        return result(parse, bytes, source); // finished in the meantime
      }
      String extra = worker.extension > 0 ? " + " + seconds(Duration.ofNanos(worker.extension)) + "s for OCR" : "";
      return reject(bytes, source, "time budget exceeded: " + seconds(timeBudget) + "s" + extra);
    } catch (InterruptedException e) {
      worker.abandon(parse);
      Thread.currentThread().interrupt();
      return reject(bytes, source, "interrupted while parsing");
    } catch (ExecutionException e) {
      return failure(bytes, source, e);
    }
  }

  /**
   * The rejection of a file over the size limit that was never read: its type sniffed from its first
   * {@link #SNIFF_BYTES} bytes, its content hash unknown. The reason is the same as for an oversize file handed to
   * {@link #parse}.
   */
  public static ParseResult oversize(String source, byte[] head, long size, Limits limits) {
    String type = head.length == 0 ? "unknown" : Sniffer.sniff(head, source).detectedType();
    return ParseResult.rejected(new Rejection(source, null, size, limits.oversizeReason(size), type));
  }

  /**
   * Grants the parse running on this thread more time, on top of its budget: OCR takes seconds per page where
   * other readers take milliseconds per document, so a scanned report announces its page count's worth. Does
   * nothing outside a budgeted parse.
   */
  public static void allowMore(Duration more) {
    Worker w = CURRENT.get();
    if (w != null) {
      w.extension += more.toNanos();
    }
  }

  private static final ThreadLocal<Worker> CURRENT = new ThreadLocal<>();

  /** Parses that timed out and whose worker has not finished yet. */
  public int abandonedWorkers() {
    return abandoned.get();
  }

  /** The limits this budget and its parser enforce. */
  public Limits limits() {
    return limits;
  }

  private static ParseResult result(Future<ParseResult> parse, byte[] bytes, String source) {
    try {
      return parse.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Cannot read finished parse of " + source + ": interrupted", e);
    } catch (ExecutionException e) {
      return failure(bytes, source, e);
    }
  }

  /**
   * A parse that threw: {@link ReportParser} never does, so this is a bug of the parser given to this budget. A
   * runtime exception or a stack overflow is an internal error rejection; any other error is thrown.
   */
  private static ParseResult failure(byte[] bytes, String source, ExecutionException e) {
    Throwable bug = e.getCause();
    if (bug instanceof RuntimeException || bug instanceof StackOverflowError) {
      String type = Sniffer.sniff(bytes, source).detectedType();
      return ParseResult.rejected(
          InternalErrors.rejection(source, ReportParser.sha256(bytes), bytes.length, type, bug));
    }
    throw new IllegalStateException("Cannot parse " + source + ": " + bug, bug);
  }

  /** One parse on a pool thread; knows whether its caller gave up on it, to keep the abandoned count right. */
  private final class Worker {
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;

    private final byte[] bytes;
    private final String source;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    /** Extra time granted by {@link #allowMore}, in nanoseconds; written by the worker thread only. */
    private volatile long extension;

    Worker(byte[] bytes, String source) {
      this.bytes = bytes;
      this.source = source;
    }

    ParseResult run() {
      CURRENT.set(this);
      try {
        return parser.apply(bytes, source);
      } catch (OutOfMemoryError e) {
        // a budget, not a bug: the document asked for more memory than this JVM has
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
        return reject(bytes, source, "memory budget exceeded" + detail);
      } finally {
        CURRENT.remove();
        if (!state.compareAndSet(RUNNING, DONE)) {
          abandoned.decrementAndGet();
        }
      }
    }

    /** Gives up on the parse and interrupts it; false if it had already finished. */
    boolean abandon(Future<ParseResult> parse) {
      abandoned.incrementAndGet();
      if (!state.compareAndSet(RUNNING, ABANDONED)) {
        abandoned.decrementAndGet();
        return false;
      }
      parse.cancel(true);
      return true;
    }
  }

  private static ParseResult reject(byte[] bytes, String source, String reason) {
    String type = Sniffer.sniff(bytes, source).detectedType();
    return ParseResult.rejected(new Rejection(source, ReportParser.sha256(bytes), bytes.length, reason, type));
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "budgeted-parser-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
