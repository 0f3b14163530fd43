package dev.lede.model;

import java.util.Objects;

/** A block of the document: its kind, where it stands and its normalized text. */
public record Block(BlockKind kind, Span span, String text) {

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
