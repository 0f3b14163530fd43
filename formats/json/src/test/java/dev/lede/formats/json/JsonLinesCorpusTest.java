package dev.lede.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.LedeException;
import dev.lede.model.PartialDate;
import dev.lede.spi.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesCorpusTest {

  private static List<CorpusItem> read(String content) {
    return read(content.getBytes(StandardCharsets.UTF_8), JsonLinesCorpus.DEFAULT_MAX_LINE_BYTES);
  }

  private static List<CorpusItem> read(byte[] content, int maxLineBytes) {
    try (JsonLinesCorpus c = JsonLinesCorpus.of("news.jsonl", new ByteArrayInputStream(content),
        maxLineBytes)) {
      return c.stream().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void iterate_recordsWithAndWithoutId_recordIsIdElseLineNumber() {
    List<CorpusItem> items = read("{\"id\":\"a1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"
        + "{\"id\":42,\"text\":\"Three.\"}\n");
    assertEquals(3, items.size());
    assertEquals("a1", items.get(0).source().record());
    assertEquals("2", items.get(1).source().record());
    assertEquals("42", items.get(2).source().record());
    assertEquals("news.jsonl", items.get(1).source().name());
    assertEquals("Two.", items.get(1).source().text());
  }

  @Test
  void iterate_optionalFields_becomeHints() {
    SourceText s = read("{\"text\":\"x\",\"url\":\"https://e.kz/1\",\"title\":\"T\","
        + "\"published\":\"2024-11-27T10:15:00+05:00\",\"source\":\"Press.kz\","
        + "\"author\":\"A. B.\"}").get(0).source();
    assertEquals("T", s.hints().title());
    assertEquals(PartialDate.of(java.time.LocalDate.of(2024, 11, 27)), s.hints().published());
    assertEquals("record", s.hints().publishedFrom());
    assertEquals("Press.kz", s.hints().outlet());
    assertEquals("https://e.kz/1", s.hints().url());
    assertEquals("A. B.", s.hints().author());
  }

  @Test
  void iterate_outletAndSource_outletWins() {
    SourceText s = read("{\"text\":\"x\",\"outlet\":\"TASS\",\"source\":\"other\"}")
        .get(0).source();
    assertEquals("TASS", s.hints().outlet());
    assertNull(s.hints().published());
  }

  @Test
  void iterate_malformedLine_isAFailedItemInPlaceAndOthersGo() {
    List<CorpusItem> items = read("{\"text\":\"One.\"}\n{\"text\": oops}\n\n"
        + "{\"id\":\"x\"}\n[1]\n{\"text\":\"Five.\",\"published\":\"27.11.2024\"}\n"
        + "{\"text\":\"Six.\"}");
    assertEquals(6, items.size());
    assertFalse(items.get(0).failed());
    assertTrue(items.get(1).failed());
    assertTrue(items.get(1).error().getMessage().startsWith("news.jsonl:2: not JSON"),
        items.get(1).error().getMessage());
    assertEquals("news.jsonl:4: field 'text' is missing", items.get(2).error().getMessage());
    assertTrue(items.get(3).error().getMessage().startsWith("news.jsonl:5: expected a JSON object"));
    assertTrue(items.get(4).error().getMessage().contains("'published'"));
    assertEquals("Six.", items.get(5).source().text());
    assertEquals(7, items.get(5).line());
  }

  @Test
  void sourceOrThrow_failedItem_throwsItsError() {
    CorpusItem item = read("nope").get(0);
    LedeException e = assertThrows(LedeException.class, item::sourceOrThrow);
    assertEquals("news.jsonl:1", e.input());
  }

  @Test
  void iterate_bomCrlfAndTrailingBlankLines_areHandled() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "{\"text\":\"Один\"}\r\n{\"text\":\"Два\"}\r\n\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    List<CorpusItem> items = read(all, 1000);
    assertEquals(2, items.size());
    assertEquals("Один", items.get(0).source().text());
    assertEquals("Два", items.get(1).source().text());
  }

  @Test
  void iterate_invalidUtf8Line_failsThatLineOnly() {
    byte[] bad = "{\"text\":\"a\"}\n{\"text\":\"\u00ff\"}\n{\"text\":\"c\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    List<CorpusItem> items = read(bad, 1000);
    assertEquals(3, items.size());
    assertEquals("news.jsonl:2: not valid UTF-8", items.get(1).error().getMessage());
    assertEquals("c", items.get(2).source().text());
  }

  @Test
  void iterate_lineOverTheLimit_failsThatLineOnly() {
    String longLine = "{\"text\":\"" + "x".repeat(500) + "\"}";
    List<CorpusItem> items = read(("{\"text\":\"a\"}\n" + longLine + "\n{\"text\":\"c\"}")
        .getBytes(StandardCharsets.UTF_8), 100);
    assertEquals(3, items.size());
    assertTrue(items.get(1).error().getMessage().contains("longer than 100 bytes"));
    assertEquals("c", items.get(2).source().text());
    assertEquals(3, items.get(2).line());
  }

  @Test
  void open_missingFile_isANamedError(@TempDir Path dir) {
    Path missing = dir.resolve("none.jsonl");
    LedeException e = assertThrows(LedeException.class, () -> JsonLinesCorpus.open(missing));
    assertEquals(missing.toString(), e.input());
  }

  @Test
  void iterator_secondCall_isRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"a\"}\n");
    try (JsonLinesCorpus c = JsonLinesCorpus.open(file)) {
      assertEquals(1, c.stream().count());
      assertThrows(IllegalStateException.class, c::iterator);
    }
  }
}
