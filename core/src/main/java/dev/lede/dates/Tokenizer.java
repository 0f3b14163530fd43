package dev.lede.dates;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into {@link Token}s in one linear pass. */
final class Tokenizer {

  private Tokenizer() {}

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i = next;
      } else if (cp >= '0' && cp <= '9') {
        int j = i + 1;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        out.add(Token.of(Token.Kind.NUMBER, s.substring(i, j), i, j));
        i = j;
      } else if (Character.isLetter(cp)) {
        int j = next;
        while (j < n) {
          int c = s.codePointAt(j);
          if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            break;
          }
          j += Character.charCount(c);
        }
        out.add(Token.of(Token.Kind.WORD, s.substring(i, j), i, j));
        i = j;
      } else {
        out.add(Token.of(Token.Kind.SYMBOL, s.substring(i, next), i, next));
        i = next;
      }
    }
    return out;
  }
}
