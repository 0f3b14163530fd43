package dev.lede.persons;

/**
 * Which of a set of lowercase words a document also writes in lowercase: a capitalized word the
 * text also writes so is an ordinary word, not a name. The words asked about are few (the
 * document's capitalized words), the words of the text many, so the scan hashes each lowercase
 * word of the text in place and probes a small table of the asked words, which mostly answers
 * "absent" at an empty slot: no word of the text is copied. Open addressing with linear probing,
 * at most a quarter full. Not thread-safe: one per document.
 *
 * <p>A word of the text is a run of letters and hyphens that starts with a lowercase letter.
 */
final class LowercaseScan {

  private String[] table = new String[256];
  /** the hash of each word in the table, compared before the word itself */
  private int[] hashes = new int[256];
  private boolean[] seen = new boolean[256];
  private int size;

  /** Adds a lowercase word to ask about; call before {@link #scan}. */
  void ask(String lower) {
    int slot = slot(table, lower);
    if (table[slot] == null) {
      table[slot] = lower;
      hashes[slot] = lower.hashCode();
      if (++size * 4 > table.length) {
        grow();
      }
    }
  }

  /** Marks every asked word that {@code text} writes as a lowercase word. */
  void scan(String text) {
    scan(text, new char[text.length()]);
  }

  /**
   * {@link #scan(String)}, reading the text through {@code buffer} (at least as long as the
   * text; overwritten), as {@link Tokens#of(String, char[])} does.
   */
  void scan(String text, char[] buffer) {
    int n = text.length();
    text.getChars(0, n, buffer, 0);
    char[] s = buffer;
    int i = 0;
    while (i < n) {
      if (!Tokens.isLetter(s[i])) {
        i++;
        continue;
      }
      int start = i;
      if (!isLowerCase(s[start])) {
        // a capitalized word: skip it unhashed
        while (i < n && (s[i] == '-' || Tokens.isLetter(s[i]))) {
          i++;
        }
        continue;
      }
      int h = 0;
      while (i < n) {
        char c = s[i];
        if (c != '-' && !Tokens.isLetter(c)) {
          break;
        }
        // the polynomial of String.hashCode, so that the table's strings probe alike
        h = 31 * h + c;
        i++;
      }
      mark(s, start, i, h);
    }
  }

  /** Whether {@link #scan} met the asked word {@code lower}. */
  boolean seen(String lower) {
    int slot = slot(table, lower);
    return table[slot] != null && seen[slot];
  }

  private void mark(char[] s, int begin, int end, int hash) {
    int len = end - begin;
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
      // a word already seen needs no comparing: equal or not, there is nothing to mark here
      // (the frequent words, the and в, are asked about because they open sentences)
      if (hashes[slot] == hash && !seen[slot] && equals(table[slot], s, begin, len)) {
        seen[slot] = true;
        return;
      }
    }
  }

  private static boolean equals(String w, char[] s, int begin, int len) {
    if (w.length() != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (w.charAt(k) != s[begin + k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerCase(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z';
    }
    if (c >= '\u0410' && c <= '\u044F') {
      return c >= '\u0430';
    }
    return Character.isLowerCase(c);
  }

  /** The slot of {@code word} in {@code t}: where it is, or the empty slot it would take. */
  private static int slot(String[] t, String word) {
    int mask = t.length - 1;
    int slot = spread(word.hashCode()) & mask;
    while (t[slot] != null && !t[slot].equals(word)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private void grow() {
    String[] old = table;
    boolean[] oldSeen = seen;
    int[] oldHashes = hashes;
    table = new String[old.length * 2];
    hashes = new int[old.length * 2];
    seen = new boolean[old.length * 2];
    int mask = table.length - 1;
    for (int k = 0; k < old.length; k++) {
      if (old[k] != null) {
        // the words are distinct: the first empty slot from its hash is the word's place
        int slot = spread(oldHashes[k]) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = old[k];
        hashes[slot] = oldHashes[k];
        seen[slot] = oldSeen[k];
      }
    }
  }
}
