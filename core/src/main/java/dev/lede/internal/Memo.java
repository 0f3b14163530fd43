package dev.lede.internal;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of strings, shared by all threads. Names repeat within
 * a document and across a corpus, so folding or transliterating each distinct word once saves most
 * of that work. Bounded: when full it simply starts over, which keeps memory flat on any corpus at
 * the price of recomputing the frequent words once.
 */
public final class Memo<V> {

  private final Function<String, ? extends V> function;
  private final int capacity;
  private final ConcurrentHashMap<String, V> answers;

  /**
   * @param function pure and thread-safe: the same (or an equivalent immutable) answer for equal
   *     arguments, never null
   * @param capacity how many answers to keep before starting over
   */
  public Memo(Function<String, ? extends V> function, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.function = Objects.requireNonNull(function, "function");
    this.capacity = capacity;
    this.answers = new ConcurrentHashMap<>(Math.min(capacity, 1024));
  }

  public V apply(String argument) {
    V known = answers.get(argument);
    if (known != null) {
      return known;
    }
    V answer = function.apply(argument);
    if (answers.size() >= capacity) {
      answers.clear();
    }
    answers.put(argument, answer);
    return answer;
  }
}
