package dev.lede.formats.text.internal;

import java.util.List;

/** Whether a line reads as a headline: one short line that does not end a sentence. */
final class Titles {

  /** Longer lines are body text even without a final period. */
  static final int MAX_LENGTH = 250;
  private static final int MAX_WORDS = 40;

  private Titles() {}

  /**
   * Whether the first of {@code paragraphs} is a title: a headline-like single line with more
   * text after it. In a text whose paragraphs stand apart by blank lines, a first line run on
   * into the next one is the start of a paragraph, not a title.
   */
  static boolean isTitleParagraph(String text, List<Piece> paragraphs) {
    return paragraphs.size() >= 2 && looksLikeTitle(text, paragraphs.get(0));
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
    int i = p.end() - 1;
    while (i > p.begin() && isClosingQuote(text.charAt(i))) {
      i--;
    }
    char c = text.charAt(i);
    return c == '.' || c == ',' || c == ';' || c == ':';
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')';
  }
}
