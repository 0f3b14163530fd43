package dev.lede.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quotations of a normalized block text in one left-to-right pass. Guillemets
 * nest by depth; straight double quotes (every curly double mark becomes one in normalization)
 * alternate open and close, and anything inside a quotation is skipped, so nested marks never
 * open a quotation of their own. A quotation left open runs to the end of the block: the usual
 * form of a quote that goes on in the next paragraph.
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

  static List<Quote> scan(String s) {
    List<Quote> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '«') {
        int depth = 1;
        int j = i + 1;
        while (j < n) {
          char d = s.charAt(j);
          if (d == '«') {
            depth++;
          } else if (d == '»' && --depth == 0) {
            break;
          }
          j++;
        }
        out.add(new Quote(i, j, j < n));
        i = j + 1;
      } else if (c == '"' || c == '“' || c == '„') {
        int j = i + 1;
        while (j < n && !closes(s.charAt(j))) {
          j++;
        }
        out.add(new Quote(i, j, j < n));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean closes(char c) {
    return c == '"' || c == '”' || c == '“';
  }
}
