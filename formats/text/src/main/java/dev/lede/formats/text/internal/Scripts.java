package dev.lede.formats.text.internal;

import com.ibm.icu.lang.UScript;

/** The share of Cyrillic among the letters at the start of a text. */
final class Scripts {

  /** The language of a text shows in its first few thousand characters. */
  private static final int SAMPLE = 4000;

  private Scripts() {}

  static double cyrillicShare(String text) {
    int letters = 0;
    int cyrillic = 0;
    int end = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < end; ) {
      char c = text.charAt(i);
      // ASCII and the basic Cyrillic block answer without a property lookup
      if (c < 0x80) {
        i++;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          letters++;
        }
        continue;
      }
      if (c >= 'Ѐ' && c <= 'џ') {
        i++;
        letters++;
        cyrillic++;
        continue;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (UScript.getScript(cp) == UScript.CYRILLIC) {
          cyrillic++;
        }
      }
    }
    return letters == 0 ? 0 : (double) cyrillic / letters;
  }
}
