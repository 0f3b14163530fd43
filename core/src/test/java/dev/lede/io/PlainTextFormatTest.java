package dev.lede.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.LedeException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextFormatTest {

  private static final String RU = "Президент Казахстана Касым-Жомарт Токаев опубликовал статью "
      + "о партнёрстве Казахстана и России перед государственным визитом президента России. "
      + "Статья вышла накануне визита, передает Press.kz. Токаев подчеркнул, что отношения между "
      + "двумя странами основаны на тесных исторических и культурных связях.";

  private final PlainTextFormat format = new PlainTextFormat();

  @Test
  void read_utf8WithBom_stripsBom() {
    byte[] body = "Hello «мир»".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    var text = format.read("a.txt", bytes);
    assertEquals("Hello «мир»", text.text());
    assertEquals("UTF-8", text.charset());
  }

  @Test
  void read_utf16WithBom_decodes() {
    byte[] le = "\uFEFFТокаев said".getBytes(StandardCharsets.UTF_16LE);
    byte[] be = "\uFEFFТокаев said".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("Токаев said", PlainTextFormat.decode("le.txt", le).text());
    assertEquals("UTF-16LE", PlainTextFormat.decode("le.txt", le).charset());
    assertEquals("Токаев said", PlainTextFormat.decode("be.txt", be).text());
  }

  @Test
  void read_windows1251_detectsCharset() {
    var d = PlainTextFormat.decode("cp.txt", RU.getBytes(Charset.forName("windows-1251")));
    assertEquals(RU, d.text());
    assertEquals("windows-1251", d.charset());
  }

  @Test
  void read_koi8r_detectsCharset() {
    var d = PlainTextFormat.decode("koi.txt", RU.getBytes(Charset.forName("KOI8-R")));
    assertEquals(RU, d.text());
    assertEquals("KOI8-R", d.charset());
  }

  @Test
  void read_binary_throwsNamedError() {
    byte[] bytes = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x12, 0x7F, 0x00};
    var e = assertThrows(LedeException.class, () -> format.read("blob.bin", bytes));
    assertEquals("blob.bin", e.input());
    assertTrue(e.getMessage().startsWith("blob.bin: binary content"), e.getMessage());
  }

  @Test
  void accepts_binaryHead_isZero() {
    assertEquals(0.0, format.accepts("x", new byte[] {1, 2, 0, 3}));
    assertTrue(format.accepts("x", "text".getBytes(StandardCharsets.UTF_8)) > 0);
  }

  @Test
  void read_empty_givesEmptyText() {
    assertEquals("", format.read("empty.txt", new byte[0]).text());
  }

  @Test
  void accepts_utf16WithBom_claimsIt() {
    byte[] le = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b', 0};
    byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0, 'b'};
    assertEquals(0.5, new PlainTextFormat().accepts("le.txt", le));
    assertEquals(0.5, new PlainTextFormat().accepts("be.txt", be));
    assertEquals(0.0, new PlainTextFormat().accepts("nul.bin", new byte[] {'a', 0, 'b', 0}));
  }
}
