package dev.lede.statements;

import java.util.Arrays;

/**
 * Where a document's source has line breaks and curly double marks ({@code “ ” „}), found once
 * per document with {@link String#indexOf(int, int)} (a vectorized scan) instead of reading the
 * source char by char for every block. Blocks then ask about their own range by binary search.
 */
final class SourceMarks {

  private final int[] newlines;
  private final int[] curly;

  SourceMarks(String source) {
    newlines = positions(source, '\n', -1, -1);
    curly = positions(source, '“', '”', '„');
  }

  /** The sorted positions of any of the given chars (-1: none) in {@code s}. */
  private static int[] positions(String s, int a, int b, int c) {
    int[] out = new int[16];
    int n = 0;
    for (int ch : new int[] {a, b, c}) {
      if (ch < 0) {
        continue;
      }
      for (int i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    int[] result = Arrays.copyOf(out, n);
    Arrays.sort(result);
    return result;
  }

  /** The index of the first position at or after {@code pos} in a sorted array. */
  static int first(int[] sorted, int pos) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether {@code [begin, end)} holds a line break or a curly double mark. */
  boolean marked(int begin, int end) {
    int i = first(newlines, begin);
    if (i < newlines.length && newlines[i] < end) {
      return true;
    }
    int k = first(curly, begin);
    return k < curly.length && curly[k] < end;
  }

  /** Whether a line of {@code [begin, end)} (cut at line breaks) is longer than {@code max}. */
  boolean longLine(int begin, int end, int max) {
    int lineStart = begin;
    for (int i = first(newlines, begin); i < newlines.length && newlines[i] < end; i++) {
      if (newlines[i] - lineStart > max) {
        return true;
      }
      lineStart = newlines[i] + 1;
    }
    return end - lineStart > max;
  }
}
