package dev.lede.formats.text.internal;

import java.util.List;

/**
 * The outlet a Russian story credits itself to: {@code …, передает Press.kz.},
 * {@code сообщает «Интерфакс»}, {@code пишет РИА Новости}.
 *
 * @param outlet the outlet's name, without quotation marks
 * @param domain whether the name is a site address ({@code Press.kz}), the surest sign
 */
record RussianAttribution(Piece outlet, boolean domain) {

  private static final List<String> CUES =
      List.of("передает", "передаёт", "сообщает", "пишет", "информирует");
  private static final int MAX_QUOTED = 40;
  private static final int MAX_ABBREVIATION = 5;

  /** The first attribution in {@code paragraph}, or null. */
  static RussianAttribution find(String text, Piece paragraph) {
    for (int i = paragraph.begin(); i < paragraph.end(); i++) {
      if (i > paragraph.begin() && Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      for (String cue : CUES) {
        int after = i + cue.length();
        if (after < paragraph.end() && text.regionMatches(true, i, cue, 0, cue.length())
            && TextSplitter.isBlank(text.charAt(after))) {
          RussianAttribution a = outletAt(text, after, paragraph.end());
          if (a != null) {
            return a;
          }
        }
      }
    }
    return null;
  }

  private static RussianAttribution outletAt(String text, int from, int end) {
    int i = from;
    while (i < end && TextSplitter.isBlank(text.charAt(i))) {
      i++;
    }
    if (i >= end) {
      return null;
    }
    char open = text.charAt(i);
    if (open == '«' || open == '"' || open == '“') {
      char close = open == '«' ? '»' : open == '“' ? '”' : '"';
      int limit = Math.min(end, i + 1 + MAX_QUOTED);
      int j = i + 1;
      while (j < limit && text.charAt(j) != close) {
        j++;
      }
      if (j >= limit) {
        return null;
      }
      Piece name = TextSplitter.trim(text, i + 1, j);
      return name == null || !Character.isUpperCase(text.charAt(name.begin())) ? null
          : new RussianAttribution(name, false);
    }
    Piece word = word(text, i, end);
    if (word == null) {
      return null;
    }
    if (PublishedNote.isDomain(text, word)) {
      return new RussianAttribution(word, true);
    }
    if (!Character.isUpperCase(text.charAt(word.begin()))) {
      return null;
    }
    // an abbreviation and a capitalized word make one name: РИА Новости
    if (word.end() - word.begin() <= MAX_ABBREVIATION && isUpper(text, word)
        && word.end() + 1 < end && text.charAt(word.end()) == ' ') {
      Piece next = word(text, word.end() + 1, end);
      if (next != null && Character.isUpperCase(text.charAt(next.begin()))) {
        return new RussianAttribution(new Piece(word.begin(), next.end()), false);
      }
    }
    return new RussianAttribution(word, false);
  }

  /** The word at {@code i}: letters, digits, dots and hyphens, without a final period. */
  private static Piece word(String text, int i, int end) {
    int j = i;
    while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.'
        || text.charAt(j) == '-')) {
      j++;
    }
    while (j > i && (text.charAt(j - 1) == '.' || text.charAt(j - 1) == '-')) {
      j--;
    }
    return j > i ? new Piece(i, j) : null;
  }

  private static boolean isUpper(String text, Piece p) {
    for (int k = p.begin(); k < p.end(); k++) {
      if (Character.isLetter(text.charAt(k)) && !Character.isUpperCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
