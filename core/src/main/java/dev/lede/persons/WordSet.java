package dev.lede.persons;

/**
 * A set of strings filled from regions of larger texts. Adding a region hashes and compares it in
 * place, so only distinct words are ever copied out: a document repeats its common words (и, в,
 * the, of) hundreds of times, and a {@code HashSet} of substrings would copy each occurrence.
 * Open addressing with linear probing; the table doubles at half load. Not thread-safe: one per
 * document.
 */
final class WordSet {

  private String[] table = new String[256];
  private int size;

  /** Adds {@code s[begin, end)} unless an equal word is already there. */
  void add(String s, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    int len = end - begin;
    int mask = table.length - 1;
    int slot = spread(h) & mask;
    for (String w = table[slot]; w != null; w = table[slot]) {
      if (w.length() == len && w.regionMatches(0, s, begin, len)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = s.substring(begin, end);
    if (++size * 2 > table.length) {
      grow();
    }
  }

  boolean contains(String word) {
    int mask = table.length - 1;
    // String.hashCode is the same polynomial as add's, and cached in the string
    int slot = spread(word.hashCode()) & mask;
    for (String w = table[slot]; w != null; w = table[slot]) {
      if (w.equals(word)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String w : old) {
      if (w != null) {
        int slot = spread(w.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = w;
      }
    }
  }
}
