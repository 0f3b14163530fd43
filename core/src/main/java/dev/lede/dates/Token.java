package dev.lede.dates;

import java.util.Locale;

/**
 * One token of a text: a run of letters, a run of ASCII digits, or one other visible character.
 * Offsets are in the scanned text; two tokens "touch" when no white space stands between them.
 */
record Token(Kind kind, String text, String lower, int begin, int end) {

  enum Kind { WORD, NUMBER, SYMBOL }

  static Token of(Kind kind, String text, int begin, int end) {
    return new Token(kind, text, text.toLowerCase(Locale.ROOT), begin, end);
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isNumber(int minDigits, int maxDigits) {
    return kind == Kind.NUMBER && text.length() >= minDigits && text.length() <= maxDigits;
  }

  /** The number's value; only called on numbers of at most nine digits. */
  int value() {
    return Integer.parseInt(text);
  }

  boolean is(String lowerWord) {
    return kind == Kind.WORD && lower.equals(lowerWord);
  }

  boolean isSymbol(char c) {
    return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
  }

  /** A dash of any width ({@code – — ‒ ―}), as raw text may hold before normalization. */
  boolean isDash() {
    return kind == Kind.SYMBOL && text.length() == 1 && "\u2012\u2013\u2014\u2015".indexOf(
        text.charAt(0)) >= 0;
  }

  /** A hyphen or one of its look-alikes. */
  boolean isHyphen() {
    return kind == Kind.SYMBOL && text.length() == 1 && "-\u2010\u2011\u2212".indexOf(
        text.charAt(0)) >= 0;
  }

  /** Whether the word starts with an upper-case letter (English month names always do). */
  boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }
}
