package dev.lede.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

  @Test
  void apply_sameArgumentTwice_computesOnce() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String> memo = new Memo<>(s -> {
      calls.incrementAndGet();
      return s.toUpperCase(Locale.ROOT);
    }, 10);
    assertEquals("PUTIN", memo.apply("putin"));
    assertEquals("PUTIN", memo.apply("putin"));
    assertEquals(1, calls.get());
  }

  @Test
  void apply_moreArgumentsThanCapacity_staysCorrectAndBounded() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String> memo = new Memo<>(s -> {
      calls.incrementAndGet();
      return s + "!";
    }, 3);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 10; i++) {
        assertEquals(i + "!", memo.apply(Integer.toString(i)));
      }
    }
    assertEquals(20, calls.get(), "a full memo starts over instead of growing");
  }

  @Test
  void new_zeroCapacity_isRefusedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Memo<String>(s -> s, 0));
    assertEquals("capacity must be positive: 0", e.getMessage());
  }
}
