package dev.lede.dates;

import java.util.Collection;

/**
 * A cheap first test of whether a word may be one of a fixed set of lower-case words, made from
 * its length and its first and last chars, so that most words of a text are passed over without
 * being lower-cased or hashed. Never rejects a word of the set; lets a few others through, which
 * the caller's exact lookup then rejects. Immutable.
 *
 * <p>Sound because lower-casing ({@link java.util.Locale#ROOT}) maps each char by
 * {@link Character#toLowerCase(char)} except {@code İ} (which gains a combining dot) and the
 * Greek capital sigma, neither of which can give a word of the set: the set holds only words of
 * Latin and Cyrillic letters.
 */
final class WordFilter {

  private static final int BITS = 1 << 16;
  private final long[] bits = new long[BITS / Long.SIZE];

  WordFilter(Collection<String> lowerWords) {
    for (String w : lowerWords) {
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (c >= 0x0530 || Character.toLowerCase(c) != c || Character.isSurrogate(c)) {
          throw new IllegalArgumentException("not a lower-case Latin or Cyrillic word: " + w);
        }
      }
      int key = key(w.length(), w.charAt(0), w.charAt(w.length() - 1));
      bits[key >>> 6] |= 1L << key;
    }
  }

  /** Whether the word token may lower-case to a word of the set. */
  boolean mayHold(Token t) {
    int key = key(t.length(), Character.toLowerCase(t.first()), Character.toLowerCase(t.last()));
    return (bits[key >>> 6] & (1L << key)) != 0;
  }

  private static int key(int length, char first, char last) {
    int h = (first * 31 + last) * 31 + length;
    return (h ^ (h >>> 16)) & (BITS - 1);
  }
}
