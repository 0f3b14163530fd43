package dev.lede.internal;

import dev.lede.LedeException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The cooperative time budget of one parse. The stages call {@link #check()} at points where
 * stopping is safe (between blocks, between stages); past the budget, or when the parsing thread
 * was interrupted, the check throws a {@link LedeException} that names the input. Cheap enough to
 * call per block: one {@link System#nanoTime()}. One instance per parse; not shared between
 * threads.
 */
public final class Deadline {

  private final String input;
  private final Duration budget;
  private final long start;

  private Deadline(String input, Duration budget, long start) {
    this.input = Objects.requireNonNull(input, "input");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.start = start;
  }

  /** A budget of {@code budget} for the input named {@code input}, starting now. */
  public static Deadline start(String input, Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    return new Deadline(input, budget, System.nanoTime());
  }

  /**
   * Throws when the budget is spent or the thread was interrupted.
   *
   * @throws LedeException "took longer than …" or "interrupted"
   */
  public void check() {
    // Comparing elapsed time (not absolute deadlines) keeps nanoTime's overflow harmless.
    if (System.nanoTime() - start > budget.toNanos()) {
      throw new LedeException(input, "took longer than " + describe(budget)
          + " (the time limit per input)");
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new LedeException(input, "interrupted while parsing");
    }
  }

  /** The budget this deadline enforces. */
  public Duration budget() {
    return budget;
  }

  /** {@code 250 ms}, {@code 60 s}, {@code 1.5 s}: short and exact enough for a message. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
  }
}
