package dev.lede.model;

import java.util.Objects;

/**
 * The publication date of a document.
 *
 * @param value the date, as precise as the text allows
 * @param text the normalized text it was read from (null when it came from metadata)
 * @param span where that text stands (null when it came from metadata)
 * @param from which signal gave it: {@code prefix}, {@code dateline}, {@code footer},
 *     {@code metadata}, {@code record}, …
 */
public record Published(PartialDate value, String text, Span span, String from) {

  public Published {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(from, "from");
  }
}
