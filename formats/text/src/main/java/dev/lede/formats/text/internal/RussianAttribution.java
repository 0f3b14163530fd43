package dev.lede.formats.text.internal;

import java.util.List;

/**
 * The outlet a Russian story credits itself to: {@code …, передает Press.kz.},
 * {@code сообщает «Интерфакс»}, {@code пишет РИА «Новости»}, {@code пишет The New York Times}.
 *
 * @param outlet the outlet's name, without quotation marks
 * @param domain whether the name is a site address ({@code Press.kz}), the surest sign
 */
record RussianAttribution(Piece outlet, boolean domain) {

  private static final List<String> CUES =
      List.of("передает", "передаёт", "сообщает", "пишет", "информирует");
  /** The first letters of the cues in both cases: most positions are rejected by one look. */
  private static final String CUE_INITIALS = initials(CUES);
  /** Words that may stand between the cue and the name: {@code сообщает агентство «…»}. */
  private static final List<String> MEDIA_NOUNS = List.of("газета", "агентство",
      "информагентство", "издание", "журнал", "телеканал", "портал", "сайт", "радиостанция");
  private static final int MAX_QUOTED = 40;
  private static final int MAX_NAME_WORDS = 4;

  /** The first attribution in {@code paragraph}, or null. */
  static RussianAttribution find(String text, Piece paragraph) {
    for (int i = paragraph.begin(); i < paragraph.end(); i++) {
      if (CUE_INITIALS.indexOf(text.charAt(i)) < 0
          || i > paragraph.begin() && Character.isLetter(text.charAt(i - 1))) {
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

  private static String initials(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      char c = w.charAt(0);
      for (char x : new char[] {Character.toLowerCase(c), Character.toUpperCase(c)}) {
        if (out.indexOf(String.valueOf(x)) < 0) {
          out.append(x);
        }
      }
    }
    return out.toString();
  }

  private static RussianAttribution outletAt(String text, int from, int end) {
    int i = skipBlank(text, from, end);
    for (String noun : MEDIA_NOUNS) {
      int after = i + noun.length();
      if (after < end && text.regionMatches(false, i, noun, 0, noun.length())
          && TextSplitter.isBlank(text.charAt(after))) {
        i = skipBlank(text, after, end);
        break;
      }
    }
    if (i >= end) {
      return null;
    }
    Piece quoted = quoted(text, i, end);
    if (quoted != null) {
      return Character.isUpperCase(text.charAt(quoted.begin()))
          ? new RussianAttribution(quoted, false) : null;
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
    // a name of several capitalized words: New York Times, РИА «Новости», Agence France-Presse
    Piece name = word;
    for (int n = 1; n < MAX_NAME_WORDS && name.end() + 1 < end && text.charAt(name.end()) == ' ';
        n++) {
      int next = name.end() + 1;
      Piece more = word(text, next, end);
      if (text.charAt(next) == '«') {
        int close = closingQuote(text, next, end);
        more = close < 0 ? null : new Piece(next, close + 1);
      }
      if (more == null || !Character.isUpperCase(text.charAt(firstLetter(text, more)))) {
        break;
      }
      name = new Piece(name.begin(), more.end());
    }
    return new RussianAttribution(name, false);
  }

  /** The words inside quotation marks that open at {@code i}, or null. */
  private static Piece quoted(String text, int i, int end) {
    int close = closingQuote(text, i, end);
    return close < 0 ? null : TextSplitter.trim(text, i + 1, close);
  }

  /** The index of the mark that closes the quotation opening at {@code i}, or -1. */
  private static int closingQuote(String text, int i, int end) {
    char open = text.charAt(i);
    if (open != '«' && open != '"' && open != '“') {
      return -1;
    }
    char close = open == '«' ? '»' : open == '“' ? '”' : '"';
    int limit = Math.min(end, i + 1 + MAX_QUOTED);
    for (int j = i + 1; j < limit; j++) {
      if (text.charAt(j) == close) {
        return j;
      }
    }
    return -1;
  }

  private static int firstLetter(String text, Piece p) {
    int i = p.begin();
    while (i < p.end() - 1 && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipBlank(String text, int from, int end) {
    int i = from;
    while (i < end && TextSplitter.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
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

}
