package dev.lede.formats.text.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a piece into words: maximal runs of non-blank characters, with edge punctuation cut. */
final class Tokens {

  private Tokens() {}

  /** The words of {@code text[begin, end)}, each without leading or trailing punctuation. */
  static List<Piece> words(String text, int begin, int end) {
    List<Piece> out = new ArrayList<>();
    int i = begin;
    while (i < end) {
      while (i < end && TextSplitter.isBlank(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < end && !TextSplitter.isBlank(text.charAt(i))) {
        i++;
      }
      Piece w = stripPunctuation(text, s, i);
      if (w != null) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * {@code text[begin, end)} without edge punctuation (quotes, commas, colons, brackets); a final
   * period stays only when it closes an initial such as {@code K.}.
   */
  static Piece stripPunctuation(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && isEdgePunctuation(text.charAt(b))) {
      b++;
    }
    while (e > b && (isEdgePunctuation(text.charAt(e - 1))
        || (text.charAt(e - 1) == '.' && !isInitial(text, b, e)))) {
      e--;
    }
    return b < e ? new Piece(b, e) : null;
  }

  /** {@code K.} or {@code K.K.}: capital letters each followed by a period. */
  static boolean isInitial(String text, int begin, int end) {
    if (end - begin < 2 || (end - begin) % 2 != 0) {
      return false;
    }
    for (int i = begin; i < end; i += 2) {
      if (!Character.isUpperCase(text.charAt(i)) || text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  static boolean startsUpper(String text, Piece w) {
    return Character.isUpperCase(text.charAt(w.begin()));
  }

  private static boolean isEdgePunctuation(char c) {
    return ",;:!?\"'«»“”„‘’()[]{}<>—–-…".indexOf(c) >= 0;
  }
}
