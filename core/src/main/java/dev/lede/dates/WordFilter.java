package dev.lede.dates;

import java.util.Collection;

/**
 * A cheap test of whether a word may be one of a fixed set of lower-case words, made on the
 * word's chars in place, so that most words of a text are passed over without being lower-cased
 * into a new string. First a bit table keyed by the length and the first and last chars (every
 * casing of them), then the string hash of the word's lower-case form among the hashes of the
 * set. Never rejects a word of the set; lets through only words whose lower-case hash collides
 * with one of the set, which the caller's exact lookup then rejects. Immutable.
 *
 * <p>Sound because lower-casing ({@link java.util.Locale#ROOT}) maps each char by
 * {@link Character#toLowerCase(char)} except {@code İ} (which gains a combining dot) and the
 * Greek capital sigma, neither of which can give a word of the set: the set holds only words of
 * Latin and Cyrillic letters.
 */
final class WordFilter {

  private static final int BITS = 1 << 16;
  private final long[] bits = new long[BITS / Long.SIZE];
  /** Open addressing: the lower-case string hashes of the set; 0 marks a free slot. */
  private final int[] hashes;
  /** Whether a word of the set hashes to 0 (which the table cannot hold). */
  private final boolean zeroHash;

  WordFilter(Collection<String> lowerWords) {
    int size = Integer.highestOneBit(Math.max(4, lowerWords.size()) * 4);
    hashes = new int[size];
    boolean zero = false;
    for (String w : lowerWords) {
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (c >= 0x0530 || Character.toLowerCase(c) != c || Character.isSurrogate(c)) {
          throw new IllegalArgumentException("not a lower-case Latin or Cyrillic word: " + w);
        }
      }
      // the bit table is keyed by the raw chars: mark every pair of chars that lower-case to
      // the word's first and last letters (K and the Kelvin sign both give k)
      for (char first : casings(w.charAt(0))) {
        for (char last : casings(w.charAt(w.length() - 1))) {
          int key = key(first, last, w.length());
          bits[key >>> 6] |= 1L << key;
        }
      }
      int h = w.hashCode();
      if (h == 0) {
        zero = true;
        continue;
      }
      int slot = h & (size - 1);
      while (hashes[slot] != 0 && hashes[slot] != h) {
        slot = (slot + 1) & (size - 1);
      }
      hashes[slot] = h;
    }
    zeroHash = zero;
  }

  /** Every char that {@link Character#toLowerCase(char)} maps to {@code lower}. */
  private static char[] casings(char lower) {
    return Casings.OF[lower];
  }

  /** The casings of every Latin and Cyrillic char, made once in one pass over the BMP. */
  private static final class Casings {
    static final char[][] OF = new char[0x0530][];

    static {
      StringBuilder[] found = new StringBuilder[OF.length];
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        char lower = Character.toLowerCase((char) c);
        if (lower < OF.length) {
          if (found[lower] == null) {
            found[lower] = new StringBuilder();
          }
          found[lower].append((char) c);
        }
      }
      for (int k = 0; k < OF.length; k++) {
        OF[k] = found[k] == null ? new char[0] : found[k].toString().toCharArray();
      }
    }
  }

  /** Whether the word {@code text[begin, end)} may lower-case to a word of the set. */
  boolean mayHold(String text, int begin, int end) {
    return mayHold(key(text.charAt(begin), text.charAt(end - 1), end - begin), text, begin, end);
  }

  /**
   * The same, given the word's {@link #key} (computed once, where the word's chars are at hand).
   */
  boolean mayHold(int key, String text, int begin, int end) {
    if ((bits[key >>> 6] & (1L << key)) == 0) {
      return false;
    }
    int h = 0;
    for (int k = begin; k < end; k++) {
      h = 31 * h + lower(text.charAt(k)); // String.hashCode of the lower-case form
    }
    if (h == 0) {
      return zeroHash;
    }
    int slot = h & (hashes.length - 1);
    while (hashes[slot] != 0) {
      if (hashes[slot] == h) {
        return true;
      }
      slot = (slot + 1) & (hashes.length - 1);
    }
    return false;
  }

  /** The bit-table key of a word with these first and last chars (as written) and length. */
  static int key(char first, char last, int length) {
    int h = (first * 31 + last) * 31 + length;
    return (h ^ (h >>> 16)) & (BITS - 1);
  }

  /** {@link Character#toLowerCase(char)}, with the two alphabets of the set answered inline. */
  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
    }
    if (c >= '\u0410' && c <= '\u042F') {
      return (char) (c + 0x20);
    }
    return c >= '\u0430' && c <= '\u044F' ? c : Character.toLowerCase(c);
  }
}
