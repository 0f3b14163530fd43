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
      if (i == line.end() || isSeparator(text.charAt(i))) {
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

  private static boolean isSeparator(char c) {
    return c == '»' || c == '›';
  }
}
