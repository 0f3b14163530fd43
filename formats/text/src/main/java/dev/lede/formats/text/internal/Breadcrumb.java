package dev.lede.formats.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A breadcrumb trail on one line, {@code Home » Section » Name » Title}: its line and its items.
 *
 * @param line the whole trail
 * @param items the items between the separators, trimmed, in order
 */
record Breadcrumb(Piece line, List<Piece> items) {

  /** At least a home item, one section and the page itself. */
  static final int MIN_ITEMS = 3;

  Breadcrumb {
    items = List.copyOf(items);
  }

  /** The trail on {@code line}, or null when the line is no trail. */
  static Breadcrumb read(String text, Piece line) {
    List<Piece> items = new ArrayList<>();
    int start = line.begin();
    for (int i = line.begin(); i <= line.end(); i++) {
      if (i < line.end() && text.charAt(i) == '«') {
        return null; // guillemets quote: their closing » is no separator
      }
      if (i == line.end() || isSeparator(text, line, i)) {
        Piece item = TextSplitter.trim(text, start, i);
        if (item == null) {
          return null; // an empty item: a stray separator, not a trail
        }
        items.add(item);
        start = i + 1;
      }
    }
    return items.size() >= MIN_ITEMS ? new Breadcrumb(line, items) : null;
  }

  Piece last() {
    return items.get(items.size() - 1);
  }

  Piece first() {
    return items.get(0);
  }

  /** A {@code »} or {@code ›} standing between blanks, as trails set it. */
  private static boolean isSeparator(String text, Piece line, int i) {
    char c = text.charAt(i);
    return (c == '»' || c == '›') && i > line.begin() && i + 1 < line.end()
        && TextSplitter.isBlank(text.charAt(i - 1)) && TextSplitter.isBlank(text.charAt(i + 1));
  }
}
