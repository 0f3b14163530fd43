package dev.lede;

import dev.lede.model.Document;
import java.nio.file.Path;

/**
 * The entry point: {@code Lede.parse(path)} or {@code Lede.parse(name, text)} with the plug-ins on
 * the class path, or {@code Lede.builder()…build()} for a configured parser.
 */
public final class Lede {

  private Lede() {}

  /** Holder idiom: the default parser is built on first use, once, thread-safely. */
  private static final class Default {
    static final LedeParser PARSER = builder().build();
  }

  /** A builder for a configured, immutable, thread-safe parser. */
  public static LedeParser.Builder builder() {
    return new LedeParser.Builder();
  }

  /** The default parser (plug-ins found on the class path). */
  public static LedeParser parser() {
    return Default.PARSER;
  }

  /** Reads and parses a file with the default parser. */
  public static Document parse(Path path) {
    return Default.PARSER.parse(path);
  }

  /** Parses a text with the default parser; {@code name} is written to {@code source.name}. */
  public static Document parse(String name, String text) {
    return Default.PARSER.parse(name, text);
  }
}
