package dev.lede.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The table-driven tokenizer and the start-word filter agree with their plain definitions. */
class TokenizerProperties {

  @Property(tries = 400)
  void tokenize_sameAsPlainDefinition(@ForAll("texts") String s) {
    List<String> expected = plainTokens(s);
    List<String> actual = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(s)) {
      actual.add(describe(t.kind(), s.substring(t.begin(), t.end()), t.begin(), t.end()));
      assertEquals(s.substring(t.begin(), t.end()), t.text());
      assertEquals(t.text().toLowerCase(Locale.ROOT), t.lower());
      if (t.isNumber(1, 9)) {
        assertEquals(Integer.parseInt(t.text()), t.value());
      }
    }
    assertEquals(expected, actual);
  }

  @Property(tries = 300)
  void is_sameAsComparingLowerCase(@ForAll("texts") String s) {
    for (Token t : Tokenizer.tokenize(s)) {
      for (String w : List.of("in", "of", "the", "года", "i̇n", "march")) {
        assertEquals(t.isWord() && t.text().toLowerCase(Locale.ROOT).equals(w), t.is(w),
            t + " is " + w);
      }
    }
  }

  /** Every month word, in any case, passes the filter that guards the month lookups. */
  @Test
  void monthFilter_everyMonthWordInAnyCase_passes() {
    WordFilter filter = new WordFilter(MonthNames.WORDS);
    for (String w : MonthNames.WORDS) {
      String capitalized = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
      for (String form : List.of(w, capitalized, w.toUpperCase(Locale.ROOT))) {
        Token t = Tokenizer.tokenize(form).get(0);
        assertTrue(t.isWord() && t.mayBe(filter), form);
      }
    }
  }

  /** The tokenizer as first written: every char tested with {@code Character} on the spot. */
  private static List<String> plainTokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i = next;
      } else if (cp >= '0' && cp <= '9') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        out.add(describe(Token.Kind.NUMBER, s.substring(i, j), i, j));
        i = j;
      } else if (Character.isLetter(cp)) {
        int j = next;
        while (j < s.length()) {
          int c = s.codePointAt(j);
          if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            break;
          }
          j += Character.charCount(c);
        }
        out.add(describe(Token.Kind.WORD, s.substring(i, j), i, j));
        i = j;
      } else {
        out.add(describe(Token.Kind.SYMBOL, s.substring(i, next), i, next));
        i = next;
      }
    }
    return out;
  }

  private static String describe(Token.Kind kind, String text, int begin, int end) {
    return kind + " " + text + " " + begin + " " + end;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("aMofinthe марта Июнягода0123456789 \u00A0\u2009\u3000\n.,-–—/%$"
            + "\u0301\u0483\u0488\u05B0\u1E00\u1F00\u0130\u03A3\u212A\uA641\u2126\uD835\uDC00")
        .ofMaxLength(40);
  }
}
