package dev.lede.formats.text.internal;

import dev.lede.model.PartialDate;

/**
 * The note {@code ///originally published on the website Akorda.kz, 27 November 2024} that the
 * presidential site glues to an article's last paragraph.
 *
 * @param note the note from its slashes to the end of the paragraph
 * @param outlet the site named in it, or null
 * @param date the date text in it, or null
 * @param value the date read by the core, or null
 */
record PublishedNote(Piece note, Piece outlet, Piece date, PartialDate value) {

  static final String MARK = "///";
  private static final int MAX_LENGTH = 200;

  /** The note at the end of {@code paragraph}, or null. */
  static PublishedNote find(String text, Piece paragraph) {
    // the note is short and ends the paragraph: look no further back than its longest form
    int floor = Math.max(paragraph.begin(), paragraph.end() - MAX_LENGTH);
    int at = paragraph.end() - MARK.length();
    while (at >= floor && !text.startsWith(MARK, at)) {
      at--;
    }
    if (at < floor) {
      return null;
    }
    while (at > paragraph.begin() && text.charAt(at - 1) == '/') {
      at--; // more slashes than three belong to the mark too
    }
    Piece note = TextSplitter.trim(text, at, paragraph.end());
    if (note == null) {
      return null;
    }
    int body = at;
    while (body < note.end() && text.charAt(body) == '/') {
      body++;
    }
    Piece outlet = site(text, body, note.end());
    Piece date = null;
    PartialDate value = null;
    int comma = text.lastIndexOf(',', note.end() - 1);
    if (comma >= body) {
      date = TextSplitter.trim(text, comma + 1, note.end());
      value = date == null ? null : Dates.parse(trimPeriod(date.of(text))).orElse(null);
      if (value == null) {
        date = null;
      }
    }
    // a note needs words besides the mark: a site or a date
    return outlet == null && date == null ? null : new PublishedNote(note, outlet, date, value);
  }

  /** The first domain-like word ({@code Akorda.kz}, {@code www.gov.kz}) in {@code [from, to)}. */
  private static Piece site(String text, int from, int to) {
    for (Piece w : Tokens.words(text, from, to)) {
      if (isDomain(text, w)) {
        return w;
      }
    }
    return null;
  }

  /**
   * A site name: at least two dot-separated parts of letters, digits and hyphens, each of two
   * characters or more, the last (the top-level domain) of lower-case letters ({@code Press.kz}).
   */
  static boolean isDomain(String text, Piece w) {
    int partStart = w.begin();
    boolean dotted = false;
    for (int i = w.begin(); i <= w.end(); i++) {
      char c = i < w.end() ? text.charAt(i) : '.';
      if (c == '.') {
        if (i - partStart < 2) {
          return false;
        }
        dotted |= i < w.end();
        partStart = i + 1;
      } else if (!Character.isLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    if (!dotted) {
      return false;
    }
    int tld = text.lastIndexOf('.', w.end() - 1) + 1;
    for (int i = tld; i < w.end(); i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String trimPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
