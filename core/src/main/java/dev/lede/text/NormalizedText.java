package dev.lede.text;

import dev.lede.model.Span;
import java.util.Objects;

/**
 * A normalized text that remembers, for each of its characters, which source characters it came
 * from, so anything found in the normalized text maps back to an exact source {@link Span}.
 */
public final class NormalizedText {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int sourceEnd;
  private final boolean mayMixScripts;

  /**
   * The tables are taken as they are, not copied: the caller hands them over and keeps no
   * reference. They may be longer than the text (the rest is ignored), which spares a copy.
   *
   * @param text the normalized text
   * @param starts for each char of {@code text}, the source offset where its origin starts
   * @param ends for each char of {@code text}, the source offset where its origin ends; null
   *     when every char stands for one source char ({@code ends[i] == starts[i] + 1})
   * @param sourceEnd the source offset just past the normalized region
   */
  NormalizedText(String text, int[] starts, int[] ends, int sourceEnd) {
    this(text, starts, ends, sourceEnd, true);
  }

  /**
   * @param mayMixScripts false only when the text is known to hold no Latin or no Cyrillic
   *     char at all, so that no word of it can mix the two
   */
  NormalizedText(String text, int[] starts, int[] ends, int sourceEnd, boolean mayMixScripts) {
    this.text = Objects.requireNonNull(text);
    if (starts.length < text.length() || (ends != null && ends.length < text.length())) {
      throw new IllegalArgumentException("offset tables shorter than the text");
    }
    this.starts = starts;
    this.ends = ends;
    this.sourceEnd = sourceEnd;
    this.mayMixScripts = mayMixScripts;
  }

  /** An unchanged slice of the source: offsets map one to one. */
  public static NormalizedText identity(String source, int begin, int end) {
    int n = end - begin;
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = begin + i;
    }
    return new NormalizedText(source.substring(begin, end), s, null, end);
  }

  /**
   * The same offset map over a text of the same length whose characters were replaced one for
   * one (mixed-script repair).
   */
  NormalizedText withText(String replaced) {
    if (replaced.length() != text.length()) {
      throw new IllegalArgumentException("a one-for-one replacement must keep the length");
    }
    return new NormalizedText(replaced, starts, ends, sourceEnd);
  }

  /**
   * Whether the text may hold both Latin and Cyrillic chars (true when not known): mixed-script
   * repair has nothing to do in a text that cannot.
   */
  boolean mayMixScripts() {
    return mayMixScripts;
  }

  /** The source offset just past the normalized region. */
  int sourceEnd() {
    return sourceEnd;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** The source offset of normalized position {@code i} (0 ≤ i ≤ length). */
  public int sourceOffset(int i) {
    if (i == text.length()) {
      return sourceEnd;
    }
    return starts[i];
  }

  /** The source span of the normalized range {@code [begin, end)}. */
  public Span toSource(int begin, int end) {
    if (begin < 0 || end > text.length() || end < begin) {
      throw new IndexOutOfBoundsException("[" + begin + ", " + end + ") of " + text.length());
    }
    if (begin == end) {
      int at = sourceOffset(begin);
      return new Span(at, at);
    }
    return new Span(starts[begin], ends == null ? starts[end - 1] + 1 : ends[end - 1]);
  }

  @Override
  public String toString() {
    return text;
  }
}
