package dev.lede.text;

import com.ibm.icu.lang.UScript;

/**
 * Tells Russian from English by script: the share of Cyrillic among letters. Enough for the two
 * languages Lede reads; returns {@code und} for text with too few letters.
 */
public final class LanguageGuesser {

  private static final int MIN_LETTERS = 20;

  /**
   * What each char below this counts as (0 nothing, {@link #LATIN}, {@link #CYRILLIC}), made at
   * class load by the same tests the loop makes for other chars.
   */
  private static final int TABLE_SIZE = 0x530; // Latin, Greek and Cyrillic
  private static final byte LATIN = 1;
  private static final byte CYRILLIC = 2;
  private static final byte[] COUNTS_AS = new byte[TABLE_SIZE];
  private static final int CHUNK = 8192;

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      COUNTS_AS[c] = countsAs(c);
    }
  }

  /** Whether a code point counts as a Latin or Cyrillic letter (0 when neither). */
  private static byte countsAs(int cp) {
    // ASCII and the basic Cyrillic block answer without a script lookup (nearly every letter
    // of an English or Russian text)
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? LATIN : 0;
    }
    if (cp >= 0x0400 && cp <= 0x04FF) {
      return Character.isLetter(cp) ? CYRILLIC : 0;
    }
    if (!Character.isLetter(cp)) {
      return 0;
    }
    int script = UScript.getScript(cp);
    return script == UScript.CYRILLIC ? CYRILLIC : script == UScript.LATIN ? LATIN : 0;
  }

  private static void copy(CharSequence text, int from, int to, char[] into) {
    if (text instanceof String s) {
      s.getChars(from, to, into, 0);
    } else if (text instanceof StringBuilder b) {
      b.getChars(from, to, into, 0);
    } else {
      for (int i = from; i < to; i++) {
        into[i - from] = text.charAt(i);
      }
    }
  }

  /** Adds the letters of {@code chars[0, n)} to {@code counts}. */
  private static void count(char[] chars, int n, int[] counts) {
    for (int i = 0; i < n; ) {
      char c = chars[i];
      if (c < TABLE_SIZE) {
        counts[COUNTS_AS[c]]++;
        i++;
      } else {
        int cp = Character.codePointAt(chars, i, n);
        counts[countsAs(cp)]++;
        i += Character.charCount(cp);
      }
    }
  }

  public String guess(CharSequence text) {
    int n = text.length();
    // counts[LATIN], counts[CYRILLIC]; read from a char array, a chunk at a time
    int[] counts = new int[3];
    char[] chunk = new char[Math.min(n, CHUNK)];
    for (int from = 0; from < n; ) {
      int to = Math.min(n, from + CHUNK);
      if (to < n && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--; // keep a surrogate pair in one chunk
      }
      if (to == from) {
        to = from + 1;
      }
      copy(text, from, to, chunk);
      count(chunk, to - from, counts);
      from = to;
    }
    int cyrillic = counts[CYRILLIC];
    int latin = counts[LATIN];
    if (cyrillic + latin < MIN_LETTERS && cyrillic + latin < text.length() / 2) {
      return "und";
    }
    if (cyrillic == 0 && latin == 0) {
      return "und";
    }
    return cyrillic > latin ? "ru" : "en";
  }
}
