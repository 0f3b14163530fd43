package dev.lede.formats.text.internal;

/** Section breaks such as {@code * * *} or {@code ***}: a short line of asterisks only. */
final class Separators {

  private static final int MAX_LENGTH = 20;

  private Separators() {}

  static boolean isSeparator(String text, Piece p) {
    if (p.end() - p.begin() > MAX_LENGTH) {
      return false;
    }
    int stars = 0;
    for (int i = p.begin(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '⁂' || c == '∗') {
        stars++;
      } else if (!TextSplitter.isBlank(c)) {
        return false;
      }
    }
    return stars >= 1;
  }
}
