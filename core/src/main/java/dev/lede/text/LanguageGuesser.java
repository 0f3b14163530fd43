package dev.lede.text;

import com.ibm.icu.lang.UScript;

/**
 * Tells Russian from English by script: the share of Cyrillic among letters. Enough for the two
 * languages Lede reads; returns {@code und} for text with too few letters.
 */
public final class LanguageGuesser {

  private static final int MIN_LETTERS = 20;

  public String guess(CharSequence text) {
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      // ASCII and the basic Cyrillic block answer without a script lookup (nearly every letter
      // of an English or Russian text)
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          latin++;
        }
        continue;
      }
      if (cp >= 0x0400 && cp <= 0x04FF) {
        if (Character.isLetter(cp)) {
          cyrillic++;
        }
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.CYRILLIC) {
        cyrillic++;
      } else if (script == UScript.LATIN) {
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
