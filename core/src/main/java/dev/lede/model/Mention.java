package dev.lede.model;

import java.util.Objects;

/** One place where a person is mentioned. */
public record Mention(String text, MentionKind kind, Span span) {

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
