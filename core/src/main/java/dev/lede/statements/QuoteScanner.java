package dev.lede.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quotations of a normalized block text in one left-to-right pass. Guillemets
 * nest by depth; straight double quotes (every curly double mark becomes one in normalization)
 * alternate open and close unless the source's own marks are known, and anything inside a
 * quotation is skipped, so nested marks never open a quotation of their own. A quotation left
 * open runs to the end of the block or to a paragraph break inside it: the usual form of a quote
 * that goes on in the next paragraph.
 */
final class QuoteScanner {

  private QuoteScanner() {}

  /**
   * A quotation.
   *
   * @param open the index of the opening mark
   * @param close the index of the closing mark, or the text length when it stays open
   * @param closed whether a closing mark was found
   */
  record Quote(int open, int close, boolean closed) {
    int innerBegin() {
      return open + 1;
    }
  }

  /**
   * Scans {@code s} using {@code marks}, a copy of it of the same length in which each double mark
   * is the source's own ({@code “ ” „} or a straight {@code "}) and each space that stands for a
   * paragraph break is {@code \n}. Marks pair with marks of their own style, so a straight-quoted
   * passage may hold curly-quoted words ({@code "He called it “a joke.” We disagree."}), and a
   * quotation never runs over a paragraph break.
   */
  static List<Quote> scan(String s, String marks) {
    return scan(s.toCharArray(), marks.toCharArray());
  }

  /** As {@link #scan(String, String)}, over char arrays. */
  static List<Quote> scan(char[] s, char[] marks) {
    List<Quote> out = new ArrayList<>();
    int n = s.length;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (c == '«') {
        int depth = 1;
        int j = i + 1;
        while (j < n && marks[j] != '\n') {
          char d = s[j];
          if (d == '«') {
            depth++;
          } else if (d == '»' && --depth == 0) {
            break;
          }
          j++;
        }
        boolean closed = j < n && marks[j] != '\n';
        out.add(new Quote(i, j, closed));
        i = closed ? j + 1 : j;
      } else if ((c == '"' || c == '“' || c == '„') && marks[i] != '”') {
        // a closing mark where no quotation is open is stray, never an opening
        char open = marks[i] == '"' ? c : marks[i];
        int j = i + 1;
        while (j < n && marks[j] != '\n' && !closes(open, s[j], marks[j])) {
          j++;
        }
        boolean closed = j < n && marks[j] != '\n';
        out.add(new Quote(i, j, closed));
        i = closed ? j + 1 : j;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Whether the mark {@code c} (in the source {@code source}) closes a quotation opened by
   * {@code open}.
   */
  private static boolean closes(char open, char c, char source) {
    if (c != '"' && c != '”' && c != '“') {
      return false;
    }
    if (open == '"') {
      // a straight opening is closed by a straight mark; curly marks inside are nested words
      // (when the text itself still holds curly marks, it is its own source)
      return source == '"' || source == c;
    }
    if (open == '“') {
      return source != '“';
    }
    return true;
  }
}
