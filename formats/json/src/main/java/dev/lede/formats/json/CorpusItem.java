package dev.lede.formats.json;

import dev.lede.LedeException;
import dev.lede.spi.SourceText;

/**
 * One line of a JSON Lines corpus: either its source text or the error that made it unusable.
 * Exactly one of {@code source} and {@code error} is non-null.
 *
 * @param name the corpus's name (its path as given)
 * @param line the 1-based line number in the corpus
 * @param source the record's text and hints, or null when the line failed
 * @param error why the line failed (naming the file and line), or null
 */
public record CorpusItem(String name, long line, SourceText source, LedeException error) {

  public CorpusItem {
    if ((source == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of source and error must be given");
    }
  }

  /** Whether the line could not be read as a record. */
  public boolean failed() {
    return error != null;
  }

  /** The source text; throws the line's error when it failed. */
  public SourceText sourceOrThrow() {
    if (error != null) {
      throw error;
    }
    return source;
  }

  /** {@code name:line}, as error messages name a corpus line. */
  public String label() {
    return name + ":" + line;
  }
}
