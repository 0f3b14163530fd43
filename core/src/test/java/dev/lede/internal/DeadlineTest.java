package dev.lede.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lede.LedeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  @Test
  void check_withinBudget_passes() {
    Deadline.start("a", Duration.ofMinutes(1)).check();
  }

  @Test
  void check_pastBudget_throwsWithInputAndLimit() throws InterruptedException {
    Deadline d = Deadline.start("in.txt", Duration.ofMillis(1));
    Thread.sleep(5);
    LedeException e = assertThrows(LedeException.class, d::check);
    assertEquals("in.txt", e.input());
    assertEquals("took longer than 1 ms (the time limit per input)", e.reason());
  }

  @Test
  void describe_variousDurations_shortExactText() {
    assertEquals("250 ms", Deadline.describe(Duration.ofMillis(250)));
    assertEquals("60 s", Deadline.describe(Duration.ofSeconds(60)));
    assertEquals("1.5 s", Deadline.describe(Duration.ofMillis(1500)));
  }

  @Test
  void start_zeroBudget_rejected() {
    assertThrows(IllegalArgumentException.class, () -> Deadline.start("a", Duration.ZERO));
  }
}
