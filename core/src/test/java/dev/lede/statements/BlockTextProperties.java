package dev.lede.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BlockTextProperties {

  /** Letters of every kind the fast paths treat apart, and the ones they leave to the JDK. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings()
        .withChars("aZz09AЯяАаЁёЇїΣσςİIıÄäßǅ’'-.")
        .withCharRange('\u0400', '\u04FF')
        .withChars("\uD835\uDC00\uD801\uDC00")
        .ofMaxLength(12);
  }

  @Property(tries = 300)
  void lower_anyWord_matchesStringToLowerCase(@ForAll("words") String w) {
    char[] cs = w.toCharArray();
    assertEquals(w.toLowerCase(Locale.ROOT), BlockText.lower(cs, 0, cs.length, false));
    assertEquals(w.toLowerCase(Locale.ROOT).replace('’', '\''),
        BlockText.lower(cs, 0, cs.length, true));
  }

  @Property(tries = 300)
  void charClasses_anyChar_matchCharacter(@ForAll char c) {
    assertEquals(Character.isLetterOrDigit(c), BlockText.wordChar(c));
    assertEquals(Character.isLetter(c), BlockText.letter(c));
    assertEquals(Character.isUpperCase(c), BlockText.upper(c));
  }

  @Property(tries = 200)
  void tokens_anyText_lowerFormMatchesTheirText(@ForAll("texts") String text) {
    BlockText bt = new BlockText(text);
    for (BlockText.Token t : bt.tokens) {
      // length and first char are read before the string is made, then checked against it
      int length = t.lowerLength();
      char first = t.lowerFirst();
      String lower = text.substring(t.begin(), t.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
      assertEquals(lower, t.lower());
      assertEquals(lower.length(), length);
      assertEquals(lower.charAt(0), first);
      assertEquals(Lexicon.classes(lower), t.classes(), lower);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("aZz09AЯяАаЁёΣσİIıÄß’'-. ,\"«»")
        .withChars("SaidToldsaidсказалПо")
        .ofMaxLength(60);
  }
}
