package dev.lede.text;

import java.util.Arrays;

/** Builds a {@link NormalizedText} one output character at a time, each tied to its source range. */
public final class NormalizedTextBuilder {

  private final StringBuilder text;
  private int[] starts;
  private int[] ends;

  public NormalizedTextBuilder(int capacity) {
    text = new StringBuilder(capacity);
    starts = new int[Math.max(16, capacity)];
    ends = new int[Math.max(16, capacity)];
  }

  /** Appends {@code c}, which stands for the source characters {@code [sourceBegin, sourceEnd)}. */
  public NormalizedTextBuilder append(char c, int sourceBegin, int sourceEnd) {
    int n = text.length();
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
    }
    text.append(c);
    starts[n] = sourceBegin;
    ends[n] = sourceEnd;
    return this;
  }

  /** Appends every char of {@code s}, all standing for {@code [sourceBegin, sourceEnd)}. */
  public NormalizedTextBuilder append(CharSequence s, int sourceBegin, int sourceEnd) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i), sourceBegin, sourceEnd);
    }
    return this;
  }

  public int length() {
    return text.length();
  }

  public char charAt(int i) {
    return text.charAt(i);
  }

  /** Drops the last output character (e.g. trailing space). */
  public void removeLast() {
    text.setLength(text.length() - 1);
  }

  public NormalizedText build(int sourceEnd) {
    int n = text.length();
    return new NormalizedText(text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n),
        sourceEnd);
  }
}
