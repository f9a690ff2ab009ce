package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Form;
import org.disclosurelake.report.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The size, time and memory budgets, with fake parsers that misbehave on purpose and with real hostile input. */
class BudgetedParserTest {

  private static final Duration GENEROUS = Duration.ofMinutes(2);
  private static final byte[] TEXT = "本年新收 | 1".getBytes(StandardCharsets.UTF_8);

  private static ParseResult ok(byte[] bytes, String source) {
    return ParseResult.of(
        new Report(source, ReportParser.sha256(bytes), null, null, Template.UNKNOWN, Form.TEXT, null, null, null,
            List.of(), List.of(), ReportParser.VERSION));
  }

  private static Limits limits(long maxBytes, Duration timeout) {
    return Limits.DEFAULTS.withMaxFileBytes(maxBytes).withParseTimeout(timeout);
  }

  private static Rejection rejection(ParseResult result) {
    assertNotNull(result);
    assertTrue(result.isRejected(), () -> "expected a rejection, got " + result);
    return result.rejection();
  }

  @Test
  void oversizeIsRejectedWithoutParsing() {
    AtomicBoolean called = new AtomicBoolean();
    BudgetedParser parser = new BudgetedParser((b, s) -> {
      called.set(true);
      return ok(b, s);
    }, limits(10, GENEROUS));
    Rejection r = rejection(parser.parse(new byte[11], "big.txt"));
    assertEquals("oversize: 11 bytes > limit 10 bytes", r.reason());
    assertEquals(11, r.size());
    assertEquals(ReportParser.sha256(new byte[11]), r.sha256());
    assertFalse(called.get());
  }

  @Test
  void fileAtTheLimitIsParsed() {
    BudgetedParser parser = new BudgetedParser(BudgetedParserTest::ok, limits(TEXT.length, GENEROUS));
    assertFalse(parser.parse(TEXT, "a.txt").isRejected());
  }

  @Test
  void defaultsAreDocumentedValues() {
    BudgetedParser parser = new BudgetedParser();
    assertEquals(Limits.DEFAULTS, parser.limits());
    assertEquals(64L << 20, parser.limits().maxFileBytes());
    assertEquals(Duration.ofSeconds(30), parser.limits().parseTimeout());
  }

  @Test
  void slowParseIsInterruptedAndRejected() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    BiFunction<byte[], String, ParseResult> sleeper = (b, s) -> {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return ok(b, s);
    };
    BudgetedParser parser = new BudgetedParser(sleeper, limits(1 << 20, Duration.ofMillis(200)));
    Rejection r = rejection(parser.parse(TEXT, "slow.txt"));
    assertEquals("time budget exceeded: 0.2s", r.reason());
    assertEquals("text", r.detectedType());
    assertTrue(interrupted.await(1, TimeUnit.MINUTES), "worker was not interrupted");
  }

  @Test
  @Timeout(120)
  void parseThatIgnoresInterruptsIsAbandonedAndCounted() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    BiFunction<byte[], String, ParseResult> stubborn = (b, s) -> {
      while (release.getCount() > 0) {
        Thread.onSpinWait(); // ignores interrupts, like a runaway regex
      }
      return ok(b, s);
    };
    BudgetedParser parser = new BudgetedParser(stubborn, limits(1 << 20, Duration.ofMillis(100)));
    assertEquals("time budget exceeded: 0.1s", rejection(parser.parse(TEXT, "loop.txt")).reason());
    assertEquals(1, parser.abandonedWorkers());
    release.countDown();
    while (parser.abandonedWorkers() > 0) {
      Thread.sleep(10); // the worker notices the release and ends; bounded by the test's own timeout
    }
    assertEquals(0, parser.abandonedWorkers());
  }

  @Test
  void outOfMemoryBecomesARejection() {
    AtomicBoolean first = new AtomicBoolean(true);
    BudgetedParser parser = new BudgetedParser((b, s) -> {
      if (first.getAndSet(false)) {
        long[][] hog = new long[1][];
        hog[0] = new long[Integer.MAX_VALUE]; // beyond any array the VM allows: a real OutOfMemoryError, at once
      }
      return ok(b, s);
    }, limits(1 << 20, GENEROUS));
    Rejection r = rejection(parser.parse(TEXT, "hog.txt"));
    assertTrue(r.reason().startsWith("memory budget exceeded"), r::reason);
    assertFalse(parser.parse(TEXT, "a.txt").isRejected(), "the next document parses");
  }

  @Test
  void runtimeExceptionBecomesAnInternalError() {
    BudgetedParser parser = new BudgetedParser((b, s) -> {
      throw new IllegalStateException("boom");
    }, limits(1 << 20, GENEROUS));
    Rejection r = rejection(parser.parse(TEXT, "x.txt"));
    assertTrue(r.isInternalError(), r::reason);
    assertTrue(r.reason().startsWith("internal error: java.lang.IllegalStateException: boom at parse.BudgetedParserTest"),
        r::reason);
    assertEquals("x.txt", r.source());
  }

  @Test
  void otherErrorsAreProgrammerErrors() {
    BudgetedParser parser = new BudgetedParser((b, s) -> {
      throw new AssertionError("bug");
    }, limits(1 << 20, GENEROUS));
    assertThrows(IllegalStateException.class, () -> parser.parse(TEXT, "x.txt"));
  }

  @Test
  void invalidLimitsThrow() {
    assertThrows(IllegalArgumentException.class, () -> limits(-1, GENEROUS));
    assertThrows(IllegalArgumentException.class, () -> limits(0, GENEROUS));
    assertThrows(IllegalArgumentException.class, () -> limits(1, Duration.ZERO));
  }

  @Test
  void sharedByManyThreads() throws InterruptedException {
    BudgetedParser parser = new BudgetedParser(BudgetedParserTest::ok, limits(1 << 20, GENEROUS));
    List<Thread> threads = new ArrayList<>();
    AtomicBoolean failed = new AtomicBoolean();
    for (int t = 0; t < 8; t++) {
      byte[] bytes = ("doc " + t).getBytes(StandardCharsets.UTF_8);
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 50; i++) {
          ParseResult r = parser.parse(bytes, "doc");
          if (r.isRejected() || !r.report().sha256().equals(ReportParser.sha256(bytes))) {
            failed.set(true);
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertFalse(failed.get());
  }

  @Test
  void realParserReturnsOnAMegabyteOfDigits() {
    assertBounded("9".repeat(1 << 20), "digits.txt");
  }

  @Test
  void realParserReturnsOnATwoMegabyteLineOfPipes() {
    assertBounded("本年新收" + "|".repeat(2 << 20) + "\n", "pipes.txt");
  }

  @Test
  void realParserReturnsOnDeepNesting() {
    int n = 100_000;
    assertBounded("<html><body>" + "<div><b>".repeat(n) + "本年新收 1" + "</b></div>".repeat(n), "deep.html");
  }

  private static void assertBounded(String document, String source) {
    ParseResult r = new BudgetedParser(Limits.DEFAULTS.withParseTimeout(GENEROUS))
        .parse(document.getBytes(StandardCharsets.UTF_8), source);
    assertNotNull(r);
    if (r.isRejected()) {
      assertFalse(r.rejection().reason().startsWith("time budget"), r.rejection()::reason);
      assertFalse(r.rejection().isInternalError(), r.rejection()::reason);
    }
  }
}
