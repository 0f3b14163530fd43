package dev.lede.formats.text.robust;

import static dev.lede.robust.HostileAssertions.documentOrNamedError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.LedeParser;
import dev.lede.model.Block;
import dev.lede.model.Document;
import dev.lede.robust.HostileInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs through the whole parser (plain-text input format, every text layout, every
 * core stage): each ends as a sound document or one named error, and never hangs.
 */
class HostileTextInputTest {

  private static final LedeParser PARSER = Lede.builder().build();

  private static Optional<Document> text(String name, String text) {
    return documentOrNamedError(name, text, () -> PARSER.parse(name, text));
  }

  private static Optional<Document> bytes(String name, byte[] bytes) {
    return documentOrNamedError(name, null, () -> PARSER.parse(name, bytes));
  }

  private static boolean hasText(Document d, String needle) {
    return d.blocks().stream().anyMatch(b -> b.text().contains(needle));
  }

  @Test
  void parse_emptyText_documentWithoutBlocks() {
    Document d = text("empty.txt", "").orElseThrow();
    assertTrue(d.blocks().isEmpty());
    assertEquals(0, bytes("empty.bin", new byte[0]).orElseThrow().source().length());
  }

  @Test
  void parse_blankText_documentWithoutBlocks() {
    Document d = text("blank.txt", " \n\t\u00A0\u2003\r\n\u3000  \n").orElseThrow();
    assertTrue(d.blocks().isEmpty(), d.blocks().toString());
  }

  @Test
  void parse_tenMegabyteLine_documentCoveringIt() {
    String line = HostileInputs.oneLongLine(10_000_000);
    Document d = text("line.txt", line).orElseThrow();
    assertFalse(d.blocks().isEmpty());
    assertEquals(line.length(), d.source().length());
  }

  @Test
  void parse_tenMegabyteWordWithoutSpaces_document() {
    text("word.txt", "Ж".repeat(10_000_000)).orElseThrow();
  }

  @Test
  void parse_300kQuotationMarks_document() {
    text("quotes.txt", HostileInputs.quotationMarks(300_000)).orElseThrow();
    text("curly.txt", HostileInputs.repeatTo("“”„", 300_000)).orElseThrow();
  }

  @Test
  void parse_200kUnclosedGuillemets_document() {
    text("unclosed.txt", HostileInputs.unclosedGuillemets(200_000)).orElseThrow();
    text("unclosed-bare.txt", "«".repeat(200_000)).orElseThrow();
  }

  @Test
  void parse_100kAttributionTails_document() {
    text("tails-lines.txt", HostileInputs.attributionTails(100_000, "\n")).orElseThrow();
    text("tails-line.txt", HostileInputs.attributionTails(100_000, " ")).orElseThrow();
  }

  @Test
  void parse_50kNestedQuoteLevels_document() {
    text("nested.txt", HostileInputs.nestedQuotes(50_000)).orElseThrow();
    text("nested-same.txt", "«".repeat(50_000) + "x" + "»".repeat(50_000)).orElseThrow();
  }

  @Test
  void parse_randomBytes_namedErrorOrDocument() {
    for (long seed = 1; seed <= 4; seed++) {
      bytes("random-" + seed + ".bin", HostileInputs.randomBytes(1 << 20, seed));
    }
    // random bytes with no NUL and few controls: the charset detector must still decide
    byte[] high = HostileInputs.randomBytes(1 << 20, 7);
    for (int i = 0; i < high.length; i++) {
      high[i] = (byte) (high[i] | 0x80);
    }
    bytes("random-high.bin", high);
  }

  @Test
  void parse_nulBytes_namedError() {
    assertTrue(bytes("nul.txt", HostileInputs.withNulBytes("Иван Петров сказал.", 5)).isEmpty());
    assertTrue(bytes("zeros.bin", new byte[1 << 20]).isEmpty());
  }

  @Test
  void parse_nulCharsInText_document() {
    // a caller's string may hold NULs: the text is kept as given, spans still hold
    text("nul-chars.txt", "Иван\u0000 Петров\u0000 сказал: «да».\u0000\n".repeat(1000))
        .orElseThrow();
  }

  @Test
  void parse_utf16WithBom_decodedDocument() {
    String t = "Иван Петров сказал: «Переговоры прошли успешно».\n\nJohn Smith said so too.\n";
    for (boolean le : new boolean[] {true, false}) {
      Document d = bytes("utf16.txt", HostileInputs.utf16WithBom(t, le)).orElseThrow();
      assertEquals(t.length(), d.source().length());
      assertTrue(d.source().charset().startsWith("UTF-16"), d.source().charset());
      assertTrue(hasText(d, "Переговоры"));
    }
  }

  @Test
  void parse_truncatedUtf16_namedError() {
    byte[] b = HostileInputs.utf16WithBom("Иван Петров", true);
    assertTrue(bytes("odd.txt", java.util.Arrays.copyOf(b, b.length - 1)).isEmpty());
  }

  @Test
  void parse_unpairedSurrogates_document() {
    text("surrogates.txt", HostileInputs.unpairedSurrogates(10_000)).orElseThrow();
    text("lone.txt", "\uD800").orElseThrow();
    text("lone-low.txt", "\uDC00 «\uDBFF»").orElseThrow();
  }

  @Test
  void parse_encodedSurrogatesInUtf8_namedErrorOrDocument() {
    // CESU-style bytes of a lone surrogate are malformed UTF-8: a legacy charset or an error
    byte[] lone = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'};
    bytes("cesu.txt", lone);
  }

  @Test
  void parse_halfMillionCombiningMarks_document() {
    text("marks.txt", HostileInputs.combiningMarks(500_000)).orElseThrow();
    text("marks-only.txt", "\u0301".repeat(500_000)).orElseThrow();
  }

  @Test
  void parse_bidiAndZeroWidthInNames_controlsRemovedFromNormalizedText() {
    Document d = text("bidi.txt", HostileInputs.bidiAndZeroWidthInNames(2_000)).orElseThrow();
    for (Block b : d.blocks()) {
      assertFalse(b.text().chars().anyMatch(c -> c == 0x202E || c == 0x200B || c == 0x2066
          || c == 0xFEFF || c == 0x00AD), b.text());
    }
    assertTrue(hasText(d, "Касым-Жомарт Токаев"));
    d.persons().forEach(p -> assertFalse(p.name().contains("\u202E"), p.name()));
  }

  @Test
  void parse_100kNames_document() {
    text("names.txt", HostileInputs.manyNames(100_000)).orElseThrow();
  }

  @Test
  void parse_100kLines_document() {
    text("lines.txt", "Строка.\n".repeat(100_000)).orElseThrow();
    text("blank-lines.txt", "x" + "\n".repeat(1_000_000) + "y").orElseThrow();
  }

  @Test
  void parse_file_hostileFileOnDisk_namedErrorOrDocument(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("random.bin");
    Files.write(f, HostileInputs.randomBytes(100_000, 3));
    documentOrNamedError(f.toString(), null, () -> PARSER.parse(f));
    Path g = dir.resolve("ok.txt");
    Files.writeString(g, "Иван Петров сказал: «да».", StandardCharsets.UTF_8);
    documentOrNamedError(g.toString(), null, () -> PARSER.parse(g)).orElseThrow();
  }
}
