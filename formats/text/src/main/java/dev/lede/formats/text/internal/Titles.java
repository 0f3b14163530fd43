package dev.lede.formats.text.internal;

import java.util.List;

/** Whether a line reads as a headline: one short line that does not end a sentence. */
final class Titles {

  /** Longer lines are body text even without a final period. */
  static final int MAX_LENGTH = 250;
  private static final int MAX_WORDS = 40;
  private static final int MAX_TITLE_CASED = 160;
  private static final int MIN_LONG_WORD = 4;
  private static final double TITLE_CASE_SHARE = 0.7;

  private Titles() {}

  /**
   * Whether the first of {@code paragraphs} is a title: a headline-like single line with more
   * text after it. In a text whose paragraphs stand apart by blank lines, a first line run on
   * into the next one is the start of a paragraph, not a title.
   */
  static boolean isTitleParagraph(String text, List<Piece> paragraphs) {
    return paragraphs.size() >= 2
        && (looksLikeTitle(text, paragraphs.get(0)) || isTitleCased(text, paragraphs.get(0)));
  }

  /**
   * Some dumps end every headline with a period: {@code Poll: Wealthy Voters Abandon Republican
   * Party for Hillary Clinton.} Such a line is still a title when it is short, one line, and in
   * title case: most of its longer words capitalized, which a sentence's words are not.
   */
  static boolean isTitleCased(String text, Piece p) {
    if (p.end() - p.begin() > MAX_TITLE_CASED) {
      return false;
    }
    int longWords = 0;
    int capitalized = 0;
    for (Piece w : Tokens.words(text, p.begin(), p.end())) {
      if (w.end() - w.begin() >= MIN_LONG_WORD && Character.isLetter(text.charAt(w.begin()))) {
        longWords++;
        capitalized += Character.isUpperCase(text.charAt(w.begin())) ? 1 : 0;
      }
    }
    return longWords >= 3 && capitalized >= TITLE_CASE_SHARE * longWords
        && lastMark(text, p) == '.' && isOneSentenceLine(text, p);
  }

  /**
   * One line without a full stop inside it: {@code MOSCOW, March 4. /TASS/. Text.} has one;
   * {@code Mary J. Blige} and {@code U.S. Growth} do not, their periods close abbreviations.
   */
  private static boolean isOneSentenceLine(String text, Piece p) {
    for (int i = p.begin(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (c == '.' && i + 2 < p.end() && text.charAt(i + 1) == ' '
          && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == '/')
          && wordBefore(text, p.begin(), i) >= 3) {
        return false;
      }
    }
    return true;
  }

  /** The number of letters right before {@code at}, or 0 when a period stands among them. */
  private static int wordBefore(String text, int floor, int at) {
    int n = 0;
    for (int i = at - 1; i >= floor && !TextSplitter.isBlank(text.charAt(i)); i--) {
      if (text.charAt(i) == '.') {
        return 0;
      }
      n++;
    }
    return n;
  }

  static boolean looksLikeTitle(String text, Piece p) {
    if (p == null || p.end() - p.begin() > MAX_LENGTH) {
      return false;
    }
    boolean letter = false;
    int words = 0;
    boolean inWord = false;
    for (int i = p.begin(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
      letter |= Character.isLetter(c);
      boolean blank = TextSplitter.isBlank(c);
      if (!blank && !inWord) {
        words++;
      }
      inWord = !blank;
    }
    return letter && words <= MAX_WORDS && !endsSentence(text, p);
  }

  /**
   * Whether the piece ends with a sentence's full stop (or a comma, colon, semicolon), looking
   * through closing quotation marks: {@code said.”} ends a sentence, {@code peoples”} does not.
   * A question or exclamation mark is common in headlines and does not count.
   */
  static boolean endsSentence(String text, Piece p) {
    char c = lastMark(text, p);
    return c == '.' || c == ',' || c == ';' || c == ':';
  }

  /** The last character of the piece before any closing quotation marks. */
  private static char lastMark(String text, Piece p) {
    int i = p.end() - 1;
    while (i > p.begin() && isClosingQuote(text.charAt(i))) {
      i--;
    }
    return text.charAt(i);
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')';
  }
}
