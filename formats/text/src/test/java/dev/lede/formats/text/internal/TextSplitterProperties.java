package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.BlockKind;
import dev.lede.spi.LayoutParserContract;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextSplitterProperties {

  @Property(tries = 300)
  void paragraphs_anyText_coverEveryNonBlankCharOnceWithTrimmedPieces(
      @ForAll("linedTexts") String text) {
    List<Piece> paragraphs = TextSplitter.paragraphs(text);
    LayoutParserContract.checkBlocks(text,
        paragraphs.stream().map(p -> p.block(text, BlockKind.PARAGRAPH)).toList());
    for (Piece p : paragraphs) {
      assertTrue(!TextSplitter.isBlank(text.charAt(p.begin()))
          && !TextSplitter.isBlank(text.charAt(p.end() - 1)), "untrimmed " + p);
    }
  }

  @Property(tries = 300)
  void paragraphs_lineBreakStyle_sameParagraphTexts(@ForAll("linedTexts") String text) {
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    String crlf = lf.replace("\n", "\r\n");
    assertEquals(texts(lf, TextSplitter.paragraphs(lf)),
        texts(crlf, TextSplitter.paragraphs(crlf)).stream().map(s -> s.replace("\r\n", "\n"))
            .toList());
  }

  @Property(tries = 200)
  void split_anyCut_keepsEveryNonBlankChar(@ForAll("linedTexts") String text,
      @ForAll("fractions") double where) {
    for (Piece p : TextSplitter.paragraphs(text)) {
      int at = p.begin() + (int) (where * (p.end() - p.begin()));
      List<Piece> parts = TextSplitter.split(text, p, at);
      int last = p.begin();
      for (Piece x : parts) {
        assertTrue(x.begin() >= last && x.end() <= p.end(), "part " + x + " outside " + p);
        assertTrue(!TextSplitter.isBlank(text.charAt(x.begin()))
            && !TextSplitter.isBlank(text.charAt(x.end() - 1)), "untrimmed " + x);
        last = x.end();
      }
      int covered = parts.stream().mapToInt(x -> nonBlank(text, x.begin(), x.end())).sum();
      assertEquals(nonBlank(text, p.begin(), p.end()), covered);
    }
  }

  @Provide
  Arbitrary<String> linedTexts() {
    return Arbitraries.strings().withChars("ab Жя.\u00A0\t\r\n\u2028\u200B").ofMaxLength(120);
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  private static List<String> texts(String text, List<Piece> pieces) {
    return pieces.stream().map(p -> p.of(text)).toList();
  }

  private static int nonBlank(String text, int begin, int end) {
    int n = 0;
    for (int i = begin; i < end; i++) {
      n += TextSplitter.isBlank(text.charAt(i)) ? 0 : 1;
    }
    return n;
  }
}
