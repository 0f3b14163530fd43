package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedTest {

  private static List<Integer> items(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  /** Later items finish first: the output must still come in input order. */
  @Test
  void run_fourThreadsUnevenWork_consumesInInputOrder() {
    List<Integer> seen = new ArrayList<>();
    new Ordered<Integer, Integer>(4, 8, Long.MAX_VALUE).run(items(200).iterator(), i -> 1,
        i -> {
          LockSupport.parkNanos((200 - i) % 7 * 100_000L);
          return i * 10;
        }, seen::add, () -> {});
    assertEquals(IntStream.range(0, 200).map(i -> i * 10).boxed().toList(), seen);
  }

  @Test
  void run_manyItems_keepsAtMostMaxItemsInFlight() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    new Ordered<Integer, Integer>(3, 5, Long.MAX_VALUE).run(items(300).iterator(), i -> 1,
        i -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          LockSupport.parkNanos(i % 3 * 50_000L);
          return i;
        }, i -> inFlight.decrementAndGet(), () -> {});
    assertTrue(most.get() <= 5, "at most 5 items read and not yet consumed, was " + most.get());
    assertTrue(most.get() >= 2, "work ran in parallel");
  }

  @Test
  void run_byteLimit_holdsBackItemsBeyondIt() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    // every item weighs 40 bytes and the window 100: at most 2 in flight although 10 items may be
    new Ordered<Integer, Integer>(4, 10, 100).run(items(100).iterator(), i -> 40, i -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      return i;
    }, i -> inFlight.decrementAndGet(), () -> {});
    assertTrue(most.get() <= 2, "bytes in flight bounded, items in flight " + most.get());
  }

  @Test
  void run_itemLargerThanTheByteLimit_stillGoesThroughAlone() {
    List<Integer> seen = new ArrayList<>();
    new Ordered<Integer, Integer>(2, 4, 10).run(items(5).iterator(), i -> 1000, i -> i, seen::add,
        () -> {});
    assertEquals(items(5), seen);
  }

  @Test
  void run_oneThread_runsOnTheCallingThreadAndCallsIdleBeforeEachItem() {
    Thread caller = Thread.currentThread();
    AtomicInteger idle = new AtomicInteger();
    List<Integer> seen = new ArrayList<>();
    new Ordered<Integer, Integer>(1, 1, 1).run(items(3).iterator(), i -> 1, i -> {
      assertEquals(caller, Thread.currentThread());
      return i;
    }, seen::add, idle::incrementAndGet);
    assertEquals(items(3), seen);
    assertEquals(3, idle.get());
  }

  @Test
  void run_consumerThrows_endsTheRunWithItsException() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Ordered<Integer, Integer>(2, 4, 100).run(items(50).iterator(), i -> 1, i -> i,
            i -> {
              if (i == 7) {
                throw new IllegalStateException("stop at 7");
              }
            }, () -> {}));
    assertEquals("stop at 7", e.getMessage());
  }

  @Test
  void new_zeroThreads_isRefusedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Ordered<Integer, Integer>(0, 1, 1));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
  }
}
