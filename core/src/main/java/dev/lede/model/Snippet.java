package dev.lede.model;

import java.util.Objects;

/** A piece of text: its normalized form and where it stands in the source. */
public record Snippet(String text, Span span) {

  public Snippet {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
