package dev.lede.formats.tika.robust;

import static dev.lede.robust.HostileAssertions.documentOrNamedError;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.LedeParser;
import dev.lede.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile markup and documents through the whole parser with the default limits (Tika's input
 * format and layouts discovered on the class path): a sound document or one named error each.
 */
class HostileTikaInputTest {

  private static final LedeParser PARSER = Lede.builder().build();

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static Optional<Document> bytes(String name, byte[] bytes) {
    return documentOrNamedError(name, null, () -> PARSER.parse(name, bytes));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A DOCX whose document part inflates to {@code inflated} bytes of XML, zipped on the fly. */
  private static byte[] docxInflatingTo(long inflated) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
          + ".openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document"
          + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml"
          + ".document.main+xml\"/></Types>"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] head = utf8("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p>"
          + "<w:r><w:t>");
      byte[] tail = utf8("</w:t></w:r></w:p></w:body></w:document>");
      zip.write(head);
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (long left = inflated - head.length - tail.length; left > 0; left -= chunk.length) {
        zip.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      zip.write(tail);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void parse_100kNestedHtmlElements_document() {
    int n = 100_000;
    String html = "<html><body>" + "<div>".repeat(n) + "<p>Иван Петров сказал: «Да».</p>"
        + "</div>".repeat(n) + "</body></html>";
    bytes("deep.html", utf8(html)).orElseThrow();
  }

  @Test
  void parse_100kUnclosedHtmlElements_documentOrNamedError() {
    bytes("unclosed.html", utf8("<html><body>" + "<div><span><b>".repeat(100_000) + "x"));
  }

  @Test
  void parse_xmlEntityExpansion_notExpanded() {
    StringBuilder page = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE html [")
        .append("<!ENTITY a \"aaaaaaaaaa\">");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "a" : "a" + (i - 1);
      page.append("<!ENTITY a").append(i).append(" \"").append(("&" + prev + ";").repeat(10))
          .append("\">");
    }
    page.append("]><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&a9;</p></body></html>");
    bytes("laughs.xhtml", utf8(page.toString())).ifPresent(d ->
        assertTrue(d.source().length() < 10_000, "expanded to " + d.source().length()));
  }

  @Test
  void parse_docxInflatingTo400Megabytes_namedError() throws IOException {
    byte[] bomb = docxInflatingTo(400L * 1024 * 1024);
    assertTrue(bomb.length < 2 * 1024 * 1024, "the bomb itself is small: " + bomb.length);
    assertFalse(bytes("bomb.docx", bomb).isPresent(), "a 400 MB part must be refused");
  }

  @Test
  void parse_truncatedPdf_namedError() {
    String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type "
        + "/Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R "
        + "/Contents 4 0 R >> endobj\n4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 712 Td";
    assertFalse(bytes("cut.pdf", utf8(pdf)).isPresent());
    assertFalse(bytes("header.pdf", utf8("%PDF-1.7\n")).isPresent());
  }

  @Test
  void parse_htmlWithNulAndControlBytes_documentOrNamedError() {
    byte[] page = utf8("<html><body><p>Иван\u0000 Петров\u0001 сказал.</p></body></html>");
    bytes("nul.html", page);
  }

  @Test
  void parse_htmlQuoteFlood_document() {
    bytes("quotes.html", utf8("<html><body><p>" + "«".repeat(200_000) + "</p><p>"
        + "\"".repeat(300_000) + "</p></body></html>"));
  }
}
