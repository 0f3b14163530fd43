package dev.lede.formats.text.internal;

import dev.lede.dates.DateExtractor;
import dev.lede.model.PartialDate;
import java.util.Optional;

/** The core's date reader, shielded so that a date it cannot read never fails a layout. */
final class Dates {

  private static final DateExtractor EXTRACTOR = new DateExtractor();
  /** Date texts in prefixes, datelines and footers are short; longer ones are not dates. */
  private static final int MAX_LENGTH = 40;

  private Dates() {}

  static Optional<PartialDate> parse(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      return EXTRACTOR.parseDate(text);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
