package dev.lede.formats.tika.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.LedeParser;
import dev.lede.formats.tika.TikaFormat;
import dev.lede.model.Document;
import dev.lede.robust.HostileAssertions;
import dev.lede.spi.SourceText;

/**
 * Jazzer fuzz tests of Tika's input format (HTML, XHTML, PDF, DOCX) and of the whole parser with
 * it. Regression mode runs the corpus under {@code TikaFormatFuzzTestInputs/<method>/}; fuzzing
 * mode with {@code JAZZER_FUZZ=1} (see {@code .ci/fuzz}). A finding is any exception but a
 * {@link LedeException} naming the input, or an unsound document.
 */
class TikaFormatFuzzTest {

  private static final String NAME = "fuzz.html";
  private static final TikaFormat FORMAT = new TikaFormat();
  private static final LedeParser PARSER = Lede.builder().build();

  /** The format alone: decodes or refuses with a named error. */
  @FuzzTest(maxDuration = "60s")
  void read(byte[] bytes) {
    double score = FORMAT.accepts(NAME, bytes);
    assertTrue(score >= 0 && score <= 1, "score " + score);
    SourceText s;
    try {
      s = FORMAT.read(NAME, bytes);
    } catch (LedeException e) {
      assertEquals(NAME, e.input(), e.getMessage());
      return;
    }
    assertEquals(NAME, s.name());
  }

  /** The whole parse of the bytes, with Tika's layouts competing. */
  @FuzzTest(maxDuration = "60s")
  void parseBytes(byte[] bytes) {
    Document d;
    try {
      d = PARSER.parse(NAME, bytes);
    } catch (LedeException e) {
      assertEquals(NAME, e.input(), e.getMessage());
      return;
    }
    HostileAssertions.assertSound(d, null);
  }
}
