package dev.lede.formats.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The line and paragraph splitting that every layout shares. Paragraphs cover every non-blank
 * character of the region they are cut from, each exactly once, which is what makes the block
 * contract hold by construction: a layout only gives kinds to pieces, or splits one in two.
 */
final class TextSplitter {

  private TextSplitter() {}

  /** White space as the block contract counts it: Java's, plus NBSP-like spaces. */
  static boolean isBlank(char c) {
    if (c < 0x80) {
      // the same answer as below for ASCII, without two property lookups per character
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@code text[begin, end)} without blank ends, or null when it is all blank. */
  static Piece trim(String text, int begin, int end) {
    int b = Math.max(0, begin);
    int e = Math.min(text.length(), end);
    while (b < e && isBlank(text.charAt(b))) {
      b++;
    }
    while (e > b && isBlank(text.charAt(e - 1))) {
      e--;
    }
    return b < e ? new Piece(b, e) : null;
  }

  /** The end of the line that holds {@code at}: the index of its line break, or the text's end. */
  static int lineEnd(String text, int at) {
    int i = Math.max(0, at);
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** The index of the first non-blank character at or after {@code from}, or the text's length. */
  static int firstNonBlank(String text, int from) {
    int i = Math.max(0, from);
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first non-blank line at or after {@code from}, trimmed, or null. */
  static Piece firstLine(String text, int from) {
    int b = firstNonBlank(text, from);
    return b < text.length() ? trim(text, b, lineEnd(text, b)) : null;
  }

  /** The last non-blank line of the text, trimmed, or null. */
  static Piece lastLine(String text) {
    int e = text.length();
    while (e > 0 && isBlank(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && text.charAt(b - 1) != '\n' && text.charAt(b - 1) != '\r') {
      b--;
    }
    return trim(text, b, e);
  }

  /** The non-blank lines of {@code text[from, end)}, trimmed. Breaks: LF, CR LF, CR. */
  static List<Piece> lines(String text, int from, int to) {
    List<Piece> out = new ArrayList<>();
    int end = Math.min(text.length(), to);
    int i = Math.max(0, from);
    while (i < end) {
      int e = Math.min(lineEnd(text, i), end);
      Piece p = trim(text, i, e);
      if (p != null) {
        out.add(p);
      }
      i = e + 1; // a CR LF pair leaves an empty line between CR and LF: it is skipped as blank
      if (e < end && text.charAt(e) == '\r' && e + 1 < end && text.charAt(e + 1) == '\n') {
        i = e + 2;
      }
    }
    return out;
  }

  /** The non-blank lines of the whole text. */
  static List<Piece> lines(String text) {
    return lines(text, 0, text.length());
  }

  /**
   * The paragraphs of {@code text[from, end)}: runs of lines separated by blank lines, or single
   * lines when the region has no blank line between two non-blank ones (many dumps break
   * paragraphs with one line break).
   */
  static List<Piece> paragraphs(String text, int from) {
    List<Piece> lines = lines(text, from, text.length());
    if (lines.size() < 2 || !hasBlankLineBetween(text, lines)) {
      return lines;
    }
    List<Piece> out = new ArrayList<>();
    Piece start = lines.get(0);
    Piece last = start;
    for (int k = 1; k < lines.size(); k++) {
      Piece line = lines.get(k);
      if (blankLineBetween(text, last.end(), line.begin())) {
        out.add(new Piece(start.begin(), last.end()));
        start = line;
      }
      last = line;
    }
    out.add(new Piece(start.begin(), last.end()));
    return out;
  }

  /** The paragraphs of the whole text. */
  static List<Piece> paragraphs(String text) {
    return paragraphs(text, 0);
  }

  /**
   * {@code p} cut at {@code at} into a head and a tail, each trimmed; a blank part is left out.
   */
  static List<Piece> split(String text, Piece p, int at) {
    List<Piece> out = new ArrayList<>(2);
    Piece head = trim(text, p.begin(), at);
    Piece tail = trim(text, at, p.end());
    if (head != null) {
      out.add(head);
    }
    if (tail != null) {
      out.add(tail);
    }
    return out;
  }

  /** Whether the text's lines ever stand apart by a blank line. */
  private static boolean hasBlankLineBetween(String text, List<Piece> lines) {
    for (int k = 1; k < lines.size(); k++) {
      if (blankLineBetween(text, lines.get(k - 1).end(), lines.get(k).begin())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the blank gap {@code text[from, to)} holds two line breaks (CR LF counts once). */
  static boolean blankLineBetween(String text, int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks >= 2;
  }
}
