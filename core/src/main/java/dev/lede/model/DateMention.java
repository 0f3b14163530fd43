package dev.lede.model;

import java.util.Objects;

/**
 * A date mentioned in the text.
 *
 * @param text the normalized words ({@code July of this year})
 * @param value the date, resolved against the publication date where the text is relative or
 *     gives no year (else kept partial)
 * @param relative whether the words are relative to the publication date
 * @param span where the words stand
 * @param end for a range ({@code 14–15 октября}) its last date, else null
 */
public record DateMention(String text, PartialDate value, boolean relative, Span span,
    PartialDate end) {

  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }

  public Precision precision() {
    return value.precision();
  }
}
