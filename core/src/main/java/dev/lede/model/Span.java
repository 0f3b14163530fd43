package dev.lede.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units in the <em>source text</em>: the
 * input after decoding and before any normalization, so {@code source.substring(begin, end)} is
 * always the exact original characters of an item.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span: [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The characters of this span in {@code source}. */
  public String of(CharSequence source) {
    return source.subSequence(begin, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
