package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.Document;
import dev.lede.model.Span;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedeParserTest {

  /** One block over the whole trimmed text; claims texts that start with its marker. */
  record WholeText(String id, String marker, double confidence, int priority)
      implements LayoutParser {
    @Override
    public double detect(SourceText source) {
      return source.text().startsWith(marker) ? confidence : 0;
    }

    @Override
    public Skeleton parse(SourceText source) {
      String t = source.text();
      int b = 0;
      int e = t.length();
      while (b < e && Character.isWhitespace(t.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(t.charAt(e - 1))) {
        e--;
      }
      var builder = Skeleton.builder();
      if (e > b) {
        builder.block(new Block(BlockKind.PARAGRAPH, new Span(b, e), t.substring(b, e)));
      }
      return builder.build();
    }
  }

  private static LedeParser parser(LayoutParser... layouts) {
    var b = Lede.builder().discoverPlugins(false)
        .inputFormat(new dev.lede.io.PlainTextFormat());
    for (LayoutParser l : layouts) {
      b.layout(l);
    }
    return b.build();
  }

  @Test
  void parse_highestConfidenceWins() {
    var p = parser(new WholeText("low", "", 0.2, 0), new WholeText("high", "X", 0.9, 0));
    assertEquals("high", p.parse("a", "X text").layout().id());
    assertEquals("low", p.parse("b", "other").layout().id());
  }

  @Test
  void parse_equalConfidence_higherPriorityWins() {
    var p = parser(new WholeText("builtin", "", 0.5, 0), new WholeText("user", "", 0.5, 10));
    assertEquals("user", p.parse("a", "text").layout().id());
  }

  @Test
  void parse_text_normalizesBlocksAndKeepsSpans() {
    String text = "  “Quoted”\u00A0words  ";
    Document d = parser(new WholeText("w", "", 0.5, 0)).parse("n.txt", text);
    assertEquals("\"Quoted\" words", d.blocks().get(0).text());
    assertEquals("“Quoted”\u00A0words", d.blocks().get(0).span().of(text));
    assertEquals(text.length(), d.source().length());
    assertEquals(64, d.source().sha256().length());
    assertEquals("n.txt", d.source().name());
  }

  @Test
  void parse_path_missingFile_throwsNamedError(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    var e = assertThrows(LedeException.class, () -> parser(new WholeText("w", "", 0.5, 0))
        .parse(missing));
    assertEquals(missing.toString(), e.input());
    assertTrue(e.getMessage().endsWith("no such file"), e.getMessage());
  }

  @Test
  void parse_path_overLimit_throwsNamedError(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "x".repeat(2000), StandardCharsets.UTF_8);
    var p = Lede.builder().discoverPlugins(false).layout(new WholeText("w", "", 0.5, 0))
        .inputFormat(new dev.lede.io.PlainTextFormat()).maxInputBytes(1000).build();
    var e = assertThrows(LedeException.class, () -> p.parse(big));
    assertTrue(e.reason().contains("over the limit of 1000 bytes"), e.getMessage());
  }

  @Test
  void parse_bytes_binary_throwsNamedError() {
    var p = parser(new WholeText("w", "", 0.5, 0));
    var e = assertThrows(LedeException.class,
        () -> p.parse("x.bin", new byte[] {0, 1, 2, 3, 0, 0}));
    assertEquals("x.bin", e.input());
  }

  @Test
  void build_noLayouts_failsWithAdvice() {
    var e = assertThrows(IllegalStateException.class,
        () -> Lede.builder().discoverPlugins(false).build());
    assertTrue(e.getMessage().contains("lede-formats-text"));
  }

  @Test
  void builder_nonPositiveLimit_rejectedWithValue() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Lede.builder().maxInputBytes(0));
    assertEquals("maxInputBytes must be positive: 0", e.getMessage());
  }
}
