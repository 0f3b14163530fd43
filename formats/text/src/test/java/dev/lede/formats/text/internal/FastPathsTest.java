package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

/** The ASCII and Cyrillic fast paths give the same answers as the general definitions. */
class FastPathsTest {

  @Test
  void isBlank_everyChar_matchesJavaWhitespaceOrSpaceChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      assertEquals(Character.isWhitespace(ch) || Character.isSpaceChar(ch),
          TextSplitter.isBlank(ch), () -> "U+" + Integer.toHexString(ch));
    }
  }

  @Test
  void cyrillicShare_everyBmpLetterAlone_matchesScriptLookup() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      int c = i;
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String one = String.valueOf((char) c);
      double expected = !Character.isLetter(c) ? 0
          : UScript.getScript(c) == UScript.CYRILLIC ? 1 : 0;
      assertEquals(expected, Scripts.cyrillicShare(one), () -> "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void cyrillicShare_mixedText_countsLettersOnly() {
    assertEquals(0.5, Scripts.cyrillicShare("Ab вг, 12!"), 1e-9);
  }
}
