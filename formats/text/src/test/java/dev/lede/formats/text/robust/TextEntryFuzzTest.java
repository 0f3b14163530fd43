package dev.lede.formats.text.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.LedeParser;
import dev.lede.formats.text.TextLayouts;
import dev.lede.io.PlainTextFormat;
import dev.lede.model.Document;
import dev.lede.robust.HostileAssertions;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;

/**
 * Jazzer fuzz tests of the text entry points. In an ordinary build they run in regression mode:
 * once per file of the committed corpus under {@code TextEntryFuzzTestInputs/<method>/} (every
 * crash found so far is one of those files). With {@code JAZZER_FUZZ=1} one of them fuzzes for its
 * {@code maxDuration}; see {@code notes/readme-robust.md}.
 *
 * <p>What counts as a finding: any exception but a {@link LedeException} that names the input, a
 * document that is not sound (spans outside the text, overlapping blocks, dangling references),
 * a layout that breaks its contract.
 */
class TextEntryFuzzTest {

  private static final String NAME = "fuzz.txt";
  private static final LedeParser PARSER = Lede.builder().build();
  private static final PlainTextFormat PLAIN_TEXT = new PlainTextFormat();
  private static final List<LayoutParser> LAYOUTS = TextLayouts.all();

  private static void namedError(LedeException e) {
    assertEquals(NAME, e.input(), e.getMessage());
    assertTrue(!e.reason().isBlank(), e.getMessage());
  }

  /** {@code LedeParser.parse(name, bytes)}: the input formats, then the whole parse. */
  @FuzzTest(maxDuration = "60s")
  void parseBytes(byte[] bytes) {
    Document d;
    try {
      d = PARSER.parse(NAME, bytes);
    } catch (LedeException e) {
      namedError(e);
      return;
    }
    HostileAssertions.assertSound(d, null);
  }

  /** {@code LedeParser.parse(name, text)}: any string, lone surrogates and controls included. */
  @FuzzTest(maxDuration = "60s")
  void parseText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Document d;
    try {
      d = PARSER.parse(NAME, text);
    } catch (LedeException e) {
      namedError(e);
      return;
    }
    HostileAssertions.assertSound(d, text);
  }

  /** The plain-text input format alone: decodes or refuses with a named error. */
  @FuzzTest(maxDuration = "60s")
  void plainTextFormat(byte[] bytes) {
    double score = PLAIN_TEXT.accepts(NAME, bytes);
    assertTrue(score >= 0 && score <= 1, "score " + score);
    SourceText source;
    try {
      source = PLAIN_TEXT.read(NAME, bytes);
    } catch (LedeException e) {
      namedError(e);
      return;
    }
    assertEquals(NAME, source.name());
    assertTrue(source.charset() != null && !source.charset().isBlank());
  }

  /** Each text layout on its own: detection in [0, 1], the block contract of the SPI. */
  @FuzzTest(maxDuration = "60s")
  void layouts(FuzzedDataProvider data) {
    LayoutParser layout = LAYOUTS.get(data.consumeInt(0, LAYOUTS.size() - 1));
    String text = data.consumeRemainingAsString();
    SourceText source = SourceText.of(NAME, text);
    double c = layout.detect(source);
    assertTrue(c >= 0 && c <= 1, layout.id() + " confidence " + c);
    Skeleton s = layout.parse(source);
    LayoutParserContract.checkBlocks(text, s.blocks());
  }
}
