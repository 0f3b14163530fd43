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

  public String guess(CharSequence text) {
    int cyrillic = 0;
    int latin = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int kind;
      if (c < TABLE_SIZE) {
        kind = COUNTS_AS[c];
        i++;
      } else {
        int cp = Character.codePointAt(text, i);
        kind = countsAs(cp);
        i += Character.charCount(cp);
      }
      if (kind == CYRILLIC) {
        cyrillic++;
      } else if (kind == LATIN) {
        latin++;
      }
    }
    if (cyrillic + latin < MIN_LETTERS && cyrillic + latin < text.length() / 2) {
      return "und";
    }
    if (cyrillic == 0 && latin == 0) {
      return "und";
    }
    return cyrillic > latin ? "ru" : "en";
  }
}
