package dev.lede.formats.text.internal;

import dev.lede.model.BlockKind;
import dev.lede.model.PartialDate;
import dev.lede.model.Published;
import dev.lede.spi.Skeleton;

/**
 * The date stamp some Kazakh sites put before the text: {@code " date 2024-11-27 "} at the very
 * start, then the title (akorda) or the lead (kazinform) on the same line.
 *
 * @param prefix the stamp, {@code date 2024-11-27}
 * @param date the date part of it
 * @param value the date read by the core, or null when the digits are no calendar date
 */
record DatePrefix(Piece prefix, Piece date, PartialDate value) {

  private static final String WORD = "date";
  private static final int ISO_LENGTH = 10;

  /** The stamp at the start of the text, or null. */
  static DatePrefix read(String text) {
    int i = 0;
    while (i < text.length() && TextSplitter.isBlank(text.charAt(i))) {
      i++;
    }
    int begin = i;
    if (!text.regionMatches(true, i, WORD, 0, WORD.length())) {
      return null;
    }
    i += WORD.length();
    int gap = i;
    while (i < text.length() && isInlineBlank(text.charAt(i))) {
      i++;
    }
    if (i == gap || i + ISO_LENGTH > text.length() || !isIsoShape(text, i)) {
      return null;
    }
    int end = i + ISO_LENGTH;
    if (end < text.length() && !TextSplitter.isBlank(text.charAt(end))) {
      return null;
    }
    Piece date = new Piece(i, end);
    PartialDate value = Dates.parse(date.of(text)).orElse(null);
    return new DatePrefix(new Piece(begin, end), date, value);
  }

  private static boolean isInlineBlank(char c) {
    return c != '\n' && c != '\r' && TextSplitter.isBlank(c);
  }

  /** {@code DDDD-DD-DD}. */
  private static boolean isIsoShape(String text, int at) {
    for (int k = 0; k < ISO_LENGTH; k++) {
      char c = text.charAt(at + k);
      boolean ok = (k == 4 || k == 7) ? c == '-' : (c >= '0' && c <= '9');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the stamp of {@code text}, if any, to {@code out} as a boilerplate block and its date as
   * the published date ({@code from: prefix}); returns where the body starts after it.
   */
  static int addTo(String text, DatePrefix prefix, Skeleton.Builder out) {
    if (prefix == null) {
      return 0;
    }
    out.block(prefix.prefix().block(text, BlockKind.BOILERPLATE));
    if (prefix.value() != null) {
      out.published(new Published(prefix.value(), prefix.date().of(text), prefix.date().span(),
          "prefix"));
    }
    return prefix.prefix().end();
  }
}
