package dev.lede.formats.text.internal;

import java.util.List;

/**
 * Photo credits standing as paragraphs of their own: {@code Photo: press service},
 * {@code Фото: …}.
 */
final class Captions {

  private static final List<String> OPENINGS =
      List.of("photo:", "photo by", "photo credit", "фото:", "фото ");
  private static final int MAX_LENGTH = 200;

  private Captions() {}

  static boolean isCaption(String text, Piece p) {
    if (p.end() - p.begin() > MAX_LENGTH) {
      return false;
    }
    for (String o : OPENINGS) {
      if (text.regionMatches(true, p.begin(), o, 0, o.length())) {
        return true;
      }
    }
    return false;
  }
}
