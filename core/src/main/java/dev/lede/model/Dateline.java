package dev.lede.model;

import java.util.Objects;

/**
 * A wire-style dateline such as {@code MOSCOW, March 4. /TASS/.}.
 *
 * @param place the place, as written ({@code MOSCOW})
 * @param dateText the date part as written ({@code March 4}), or null
 * @param text the whole dateline, normalized
 * @param span where the dateline stands
 */
public record Dateline(String place, String dateText, String text, Span span) {

  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
