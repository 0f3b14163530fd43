package dev.lede.formats.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.spi.InputFormat;
import dev.lede.spi.SourceHints;
import dev.lede.spi.SourceText;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ExtractedLayoutTest {

  @Test
  void detect_byMediaType_smallConfidenceOnlyForItsType() {
    SourceText html = new SourceText("a.html", null, "Title\n\nText.", "text/html", "UTF-8",
        SourceHints.NONE);
    assertEquals(0.2, new HtmlLayout().detect(html));
    assertEquals(0.0, new PdfLayout().detect(html));
    assertEquals(0.0, new HtmlLayout().detect(SourceText.of("a.txt", "Title\n\nText.")));
  }

  @Test
  void serviceLoader_findsFormatAndLayouts() {
    assertTrue(ServiceLoader.load(InputFormat.class).stream()
        .anyMatch(p -> p.type() == TikaFormat.class));
    var ids = Lede.builder().build().layouts();
    assertTrue(ids.containsAll(java.util.List.of("html", "pdf", "docx")), ids.toString());
    assertTrue(Lede.builder().build().inputFormats().contains("tika"));
  }
}
