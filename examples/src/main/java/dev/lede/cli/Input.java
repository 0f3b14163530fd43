package dev.lede.cli;

import dev.lede.formats.json.CorpusItem;
import java.nio.file.Path;

/** One unit of work for the CLI: a file, a corpus record, or an input that already failed. */
sealed interface Input {

  /** How error messages name the input: the path as given, or {@code path:line}. */
  String label();

  /** A file to read and parse; {@code name} is its path as given (becomes source.name). */
  record File(Path path, String name) implements Input {
    @Override
    public String label() {
      return name;
    }
  }

  /** A record of a JSON Lines corpus (which may itself be a failed line). */
  record Record(CorpusItem item) implements Input {
    @Override
    public String label() {
      return item.label();
    }
  }

  /** An input that failed before parsing (missing, unreadable folder or corpus). */
  record Failed(String label, String reason, Throwable cause) implements Input {}
}
