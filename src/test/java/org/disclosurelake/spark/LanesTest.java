package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LanesTest {

  @Test
  void lanesRunSideBySideAndEachInOrder() {
    CountDownLatch secondStarted = new CountDownLatch(1);
    List<String> done = new CopyOnWriteArrayList<>();
    Lanes.run(List.of(
        List.of(() -> {
          // only a lane running at the same time can open this latch
          awaitOrFail(secondStarted);
          done.add("a1");
        }, () -> done.add("a2")),
        List.of(() -> {
          secondStarted.countDown();
          done.add("b1");
        }, () -> done.add("b2"))));
    assertEquals(4, done.size(), done.toString());
    assertTrue(done.indexOf("a1") < done.indexOf("a2"), done.toString());
    assertTrue(done.indexOf("b1") < done.indexOf("b2"), done.toString());
  }

  @Test
  void aFailureIsRethrownOnceTheOtherLaneEnded() {
    IllegalStateException boom = new IllegalStateException("boom");
    List<String> done = new CopyOnWriteArrayList<>();
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Lanes.run(List.of(
        List.of(() -> {
          throw boom;
        }, () -> done.add("never")),
        List.of(() -> done.add("b1"), () -> done.add("b2")))));
    assertSame(boom, thrown);
    assertEquals(List.of("b1", "b2"), done, "the other lane ran to its end; the failed lane stopped");
  }

  @Test
  void oneLaneRunsInTheCallersThread() {
    Thread caller = Thread.currentThread();
    List<Thread> ran = new CopyOnWriteArrayList<>();
    Lanes.run(List.of(List.of(() -> ran.add(Thread.currentThread()))));
    assertEquals(List.of(caller), ran);
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the other lane did not run meanwhile");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
