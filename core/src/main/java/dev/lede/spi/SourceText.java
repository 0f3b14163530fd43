package dev.lede.spi;

import java.util.Objects;

/**
 * A decoded input: the text that every span points into, never altered after decoding, with what
 * is known about where it came from.
 *
 * @param name the input's name (path as given, or a caller's name)
 * @param record the record id inside a corpus, or null
 * @param text the source text
 * @param mediaType the media type the text was read from ({@code text/plain}, {@code text/html}, …)
 * @param charset the charset the bytes were decoded with, or null if the input was already text
 * @param hints metadata, never null
 */
public record SourceText(String name, String record, String text, String mediaType, String charset,
    SourceHints hints) {

  public SourceText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
    hints = hints == null ? SourceHints.NONE : hints;
  }

  /** A plain text given as a string. */
  public static SourceText of(String name, String text) {
    return new SourceText(name, null, text, "text/plain", null, SourceHints.NONE);
  }

  public int length() {
    return text.length();
  }

  public SourceText withHints(SourceHints newHints) {
    return new SourceText(name, record, text, mediaType, charset, newHints);
  }
}
