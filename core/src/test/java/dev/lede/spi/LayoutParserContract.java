package dev.lede.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Block;
import dev.lede.model.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract of every {@link LayoutParser}, as jqwik properties. A plug-in's test implements
 * this interface and returns its parser; it then gets the whole contract: detection and parsing
 * never throw on any string, confidences lie in [0, 1], block spans lie in bounds, in order and
 * without overlap, and every non-blank character lies in exactly one block.
 */
public interface LayoutParserContract {

  /** The parser under test. */
  LayoutParser parser();

  @Property(tries = 300)
  default void detect_anyText_returnsConfidenceInRange(@ForAll("newsLikeTexts") String text) {
    double c = parser().detect(SourceText.of("prop.txt", text));
    assertTrue(c >= 0 && c <= 1, "confidence " + c);
  }

  @Property(tries = 300)
  default void parse_anyText_blocksCoverEveryNonBlankCharExactlyOnce(
      @ForAll("newsLikeTexts") String text) {
    Skeleton s = parser().parse(SourceText.of("prop.txt", text));
    assertNotNull(s);
    checkBlocks(text, s.blocks());
    if (s.title() != null) {
      checkSpan(text, s.title().span());
    }
    if (s.published() != null && s.published().span() != null) {
      checkSpan(text, s.published().span());
    }
    if (s.dateline() != null) {
      checkSpan(text, s.dateline().span());
    }
    if (s.outlet() != null && s.outlet().span() != null) {
      checkSpan(text, s.outlet().span());
    }
    s.authors().forEach(a -> checkSpan(text, a.span()));
  }

  @Property(tries = 200)
  default void parse_arbitraryUnicode_neverThrows(@ForAll String text) {
    Skeleton s = parser().parse(SourceText.of("prop.txt", text));
    checkBlocks(text, s.blocks());
  }

  /** Checks that blocks are in bounds, ordered, disjoint, and cover all non-blank characters. */
  static void checkBlocks(String text, List<Block> blocks) {
    boolean[] covered = new boolean[text.length()];
    int last = 0;
    for (Block b : blocks) {
      checkSpan(text, b.span());
      assertTrue(b.span().begin() >= last, "blocks out of order or overlapping at " + b.span());
      last = b.span().end();
      for (int i = b.span().begin(); i < b.span().end(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (!covered[i]) {
        assertTrue(isBlank(text.charAt(i)),
            "non-blank char U+" + Integer.toHexString(text.charAt(i)) + " at " + i
                + " is in no block");
      }
    }
  }

  static void checkSpan(String text, Span span) {
    assertTrue(span.begin() >= 0 && span.end() <= text.length(),
        "span " + span + " out of bounds of " + text.length());
  }

  /** White space as the contract counts it (Java's, plus NBSP-like spaces). */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Lines that look like the seed layouts' signals, mixed with random text of every kind. */
  @Provide
  default Arbitrary<String> newsLikeTexts() {
    Arbitrary<String> noise = Arbitraries.strings()
        .withChars("abcXYZ абвЖЯ0123456789.,:;!?-—–«»“”\"'„‘’/*»\u00A0\u200B\u00AD\t\r\n\u0000\u001F")
        .ofMaxLength(80);
    Arbitrary<String> signals = Arbitraries.of(
        " date 2024-11-27 ", " date 2024-06-14 A lead, Kazinform News Agency reports.",
        "All news", "Home » About » Blogs » Name » Title", "Comments are closed", "* * *",
        "///originally published on the website Akorda.kz, 27 November 2024",
        "MOSCOW, March 4. /TASS/. Text.", "Photo: Photo: press service", "Photo: x",
        "передает Press.kz.", "— отметил он.", "", " ", "\n", "Title line");
    Arbitrary<String> line = Arbitraries.oneOf(noise, signals);
    return line.list().ofMaxSize(12).map(ls -> String.join("\n", ls));
  }
}
