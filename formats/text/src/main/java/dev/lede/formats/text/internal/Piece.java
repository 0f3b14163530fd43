package dev.lede.formats.text.internal;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.Snippet;
import dev.lede.model.Span;

/**
 * A slice {@code [begin, end)} of the source text with no blank character at either end. Pieces
 * are what the layouts turn into blocks, so a block is never only white space.
 */
record Piece(int begin, int end) {

  String of(String text) {
    return text.substring(begin, end);
  }

  Span span() {
    return new Span(begin, end);
  }

  /** A block of this kind whose text is the raw slice (the core normalizes it). */
  Block block(String text, BlockKind kind) {
    return new Block(kind, span(), of(text));
  }

  /** A snippet whose text is the raw slice (the core normalizes it). */
  Snippet snippet(String text) {
    return new Snippet(of(text), span());
  }
}
