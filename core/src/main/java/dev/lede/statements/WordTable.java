package dev.lede.statements;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable open-addressing table from lower-case words to int values that is probed with a
 * region of a char array and its {@link String#hashCode} (computed by the caller while it
 * lowercases the word), so a word is looked up without allocating a string. It hands back its
 * own key, whose hash is already cached, for the caller to reuse.
 */
final class WordTable {

  private final String[] keys;
  /** the keys' chars, compared by one intrinsic instead of a String's charAt per char */
  private final char[][] chars;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  WordTable(Map<String, Integer> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new String[size];
    chars = new char[size][];
    hashes = new int[size];
    values = new int[size];
    mask = size - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String k = e.getKey();
      int h = k.hashCode();
      int i = spread(h) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      chars[i] = k.toCharArray();
      hashes[i] = h;
      values[i] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The slot of the word {@code w[0, len)} whose string hash is {@code hash}, or -1. */
  int find(char[] w, int len, int hash) {
    int i = spread(hash) & mask;
    for (String k = keys[i]; k != null; k = keys[i]) {
      if (hashes[i] == hash && Arrays.equals(chars[i], 0, chars[i].length, w, 0, len)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** The slot of {@code word}, or -1. */
  int find(String word) {
    int hash = word.hashCode();
    int i = spread(hash) & mask;
    for (String k = keys[i]; k != null; k = keys[i]) {
      if (hashes[i] == hash && k.equals(word)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  String key(int slot) {
    return keys[slot];
  }

  int value(int slot) {
    return values[slot];
  }
}
