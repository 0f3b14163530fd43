package dev.lede.dates;

import java.util.Locale;

/**
 * One token of a text: a run of letters, a run of ASCII digits, or one other visible character.
 * Offsets are in the scanned text; two tokens "touch" when no white space stands between them.
 *
 * <p>A token is a view of the text: its string and lower-case form are made only when a rule
 * asks for them, since most words of a text are never looked at twice (a date rule starts only
 * at a number or at a word that {@link WordFilter} lets through). Not thread-safe; a token list
 * belongs to one scan.
 */
final class Token {

  enum Kind { WORD, NUMBER, SYMBOL }

  /** Numbers of at most this many digits are read without {@link Integer#parseInt}. */
  private static final int MAX_FAST_DIGITS = 9;

  private final Kind kind;
  private final String source;
  private final int begin;
  private final int end;
  private String text;
  private String lower;

  Token(Kind kind, String source, int begin, int end) {
    this.kind = kind;
    this.source = source;
    this.begin = begin;
    this.end = end;
  }

  Kind kind() {
    return kind;
  }

  int begin() {
    return begin;
  }

  int end() {
    return end;
  }

  /** The number of chars. */
  int length() {
    return end - begin;
  }

  /** The first char. */
  char first() {
    return source.charAt(begin);
  }

  /** The last char. */
  char last() {
    return source.charAt(end - 1);
  }

  /** Whether this word may lower-case to one of the filter's words. */
  boolean mayBe(WordFilter filter) {
    return filter.mayHold(source, begin, end);
  }

  String text() {
    if (text == null) {
      text = source.substring(begin, end);
    }
    return text;
  }

  /** The lower-case form ({@link Locale#ROOT}). */
  String lower() {
    if (lower == null) {
      lower = text().toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean isNumber(int minDigits, int maxDigits) {
    int length = end - begin;
    return kind == Kind.NUMBER && length >= minDigits && length <= maxDigits;
  }

  /** The number's value; only called on numbers of at most nine digits. */
  int value() {
    if (end - begin > MAX_FAST_DIGITS) {
      return Integer.parseInt(text()); // fails as it always did
    }
    int v = 0;
    for (int k = begin; k < end; k++) {
      v = v * 10 + (source.charAt(k) - '0'); // the tokenizer takes ASCII digits only
    }
    return v;
  }

  /**
   * Whether this is the word {@code lowerWord}, given in lower case. Lower-casing never makes a
   * word shorter and lengthens it only with a combining dot ({@code İ}), which no word asked
   * about holds, so a word of another length is rejected without lower-casing it.
   */
  boolean is(String lowerWord) {
    if (kind != Kind.WORD) {
      return false;
    }
    // lower-casing keeps a word's length, except that each U+0130 (İ) becomes two chars (i̇):
    // unequal lengths answer without making the lower-case string unless the word holds one
    int n = end - begin;
    if (n != lowerWord.length() && (n > lowerWord.length() || !holdsDottedCapitalI())) {
      return false;
    }
    return lower().equals(lowerWord);
  }

  private boolean holdsDottedCapitalI() {
    for (int i = begin; i < end; i++) {
      if (source.charAt(i) == '\u0130') {
        return true;
      }
    }
    return false;
  }

  boolean isSymbol(char c) {
    return kind == Kind.SYMBOL && end - begin == 1 && source.charAt(begin) == c;
  }

  /** A dash of any width ({@code – — ‒ ―}), as raw text may hold before normalization. */
  boolean isDash() {
    if (kind != Kind.SYMBOL || end - begin != 1) {
      return false;
    }
    char c = source.charAt(begin);
    return c >= '\u2012' && c <= '\u2015';
  }

  /** A hyphen or one of its look-alikes. */
  boolean isHyphen() {
    if (kind != Kind.SYMBOL || end - begin != 1) {
      return false;
    }
    char c = source.charAt(begin);
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2212';
  }

  /** Whether the word starts with an upper-case letter (English month names always do). */
  boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(source.codePointAt(begin));
  }

  @Override
  public String toString() {
    return kind + " " + text() + " [" + begin + ", " + end + ")";
  }
}
