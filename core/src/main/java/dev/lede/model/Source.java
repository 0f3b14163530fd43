package dev.lede.model;

import java.util.Objects;

/**
 * Where a document came from.
 *
 * @param name the input's path as given, or the name a caller passed
 * @param record for a record of a JSON Lines corpus its id (else its 1-based line number), else null
 * @param mediaType the detected media type, e.g. {@code text/plain}
 * @param charset the charset the bytes were decoded with (null when the input was already text)
 * @param length the length of the source text in UTF-16 code units
 * @param sha256 hex SHA-256 of the source text encoded as UTF-8
 */
public record Source(String name, String record, String mediaType, String charset, int length,
    String sha256) {

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
  }
}
