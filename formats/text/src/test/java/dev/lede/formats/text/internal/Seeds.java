package dev.lede.formats.text.internal;

import dev.lede.formats.text.TextLayouts;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed texts of the project ({@code seeds/} at the root) and layout selection over them. */
final class Seeds {

  static final Path DIR = Path.of("..", "..", "seeds");
  static final String DUMA = "000_2a499ede1082066e";
  static final String AKORDA = "001_d1c45ccfa0d8dec5";
  static final String TASS = "002_bc75cffa8b8ea9a8";
  static final String KAZINFORM = "003_af60b52bcb908c9f";
  static final String PRESS_RU = "004_b835790666ecf2b3";

  private Seeds() {}

  static Path path(String name) {
    return DIR.resolve(name + ".txt");
  }

  static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceText source(String name) {
    return SourceText.of(name + ".txt", text(name));
  }

  /** The built-in layout that detection picks, as the core's parser picks it. */
  static LayoutParser choose(String text) {
    SourceText source = SourceText.of("test.txt", text);
    LayoutParser best = null;
    double bestScore = -1;
    for (LayoutParser p : TextLayouts.all()) {
      double c = p.detect(source);
      if (c > bestScore || (c == bestScore && p.priority() > best.priority())) {
        best = p;
        bestScore = c;
      }
    }
    return best;
  }
}
