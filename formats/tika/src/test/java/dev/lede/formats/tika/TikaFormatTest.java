package dev.lede.formats.tika;

import static dev.lede.formats.tika.TestInputs.BOILERPLATE;
import static dev.lede.formats.tika.TestInputs.TASS_PARAGRAPHS;
import static dev.lede.formats.tika.TestInputs.TASS_TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.LedeParser;
import dev.lede.io.PlainTextFormat;
import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.Dateline;
import dev.lede.model.Document;
import dev.lede.model.Span;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TikaFormatTest {

  private static final TikaFormat FORMAT = new TikaFormat();

  /** A parser with exactly this module's plug-ins and the core plain-text reader. */
  private static LedeParser parser(LayoutParser... extra) {
    var b = Lede.builder().discoverPlugins(false).inputFormat(FORMAT)
        .inputFormat(new PlainTextFormat());
    for (LayoutParser l : extra) {
      b.layout(l);
    }
    return b.layout(new HtmlLayout()).layout(new PdfLayout()).layout(new DocxLayout()).build();
  }

  private static void assertNoBoilerplate(Document doc) {
    for (Block b : doc.blocks()) {
      for (String bad : BOILERPLATE) {
        assertFalse(b.text().contains(bad), "boilerplate '" + bad + "' in block: " + b.text());
      }
    }
  }

  @Test
  void accepts_contentOfEachFormat_beatsPlainTextOnlyForThem() {
    byte[] html = "  <!doctype html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
    assertTrue(FORMAT.accepts("page.txt", html) > 0.5);
    assertTrue(FORMAT.accepts("noext", TestInputs.pdf(List.of("Hello"))) > 0.5);
    assertTrue(FORMAT.accepts("file.bin", TestInputs.docx(TestInputs.para("x"))) > 0.5);
    byte[] prose = "MOSCOW, March 4. /TASS/. Text <b>bold</b>.".getBytes(StandardCharsets.UTF_8);
    assertEquals(0.0, FORMAT.accepts("story.html", prose));
    assertEquals(0.0, FORMAT.accepts("a.zip", TestInputs.zip(List.of("a.txt"),
        List.of(new byte[] {1, 2}))));
  }

  @Test
  void parse_newsPageWithBoilerplate_keepsArticleAndMetadata() {
    Document doc = parser().parse("tass.html", TestInputs.tassPage().getBytes(StandardCharsets.UTF_8));
    assertEquals("html", doc.layout().id());
    assertEquals(TASS_TITLE, doc.title().text());
    assertEquals(new Span(0, TASS_TITLE.length()), doc.title().span());
    assertEquals("2024-03-04", doc.published().value().toIso());
    assertEquals("metadata", doc.published().from());
    assertEquals("TASS", doc.outlet().name());
    assertEquals("text/html", doc.source().mediaType());
    assertEquals("UTF-8", doc.source().charset());
    assertNoBoilerplate(doc);
    String all = String.join("\n", doc.blocks().stream().map(Block::text).toList());
    assertTrue(all.contains("Mishustin congratulated Bektenov"), all);
    assertTrue(all.contains("MOSCOW, March 4. /TASS/."), all);
    assertTrue(all.contains("are based on the principles of mutual respect"), all); // the lead
    assertEquals(BlockKind.TITLE, doc.blocks().get(0).kind());
    assertEquals(1, doc.blocks().stream().filter(b -> b.text().equals(TASS_TITLE)).count());
  }

  @Test
  void read_newsPage_paragraphsSeparatedByBlankLines() {
    SourceText s = FORMAT.read("tass.html", TestInputs.tassPage().getBytes(StandardCharsets.UTF_8));
    assertTrue(s.text().startsWith(TASS_TITLE + "\n\n"), s.text());
    for (String p : TASS_PARAGRAPHS) {
      assertTrue(s.text().contains("\n\n" + p), "missing paragraph: " + p + "\nin\n" + s.text());
    }
    assertEquals("https://tass.com/politics/1000001", s.hints().url());
  }

  @Test
  void parse_windows1251PageWithMetaCharset_decodesAndStripsSiteSuffix() {
    byte[] bytes = TestInputs.pressKzPage(true).getBytes(Charset.forName("windows-1251"));
    Document doc = parser().parse("press.html", bytes);
    assertEquals("windows-1251", doc.source().charset().toLowerCase(java.util.Locale.ROOT));
    assertEquals("Токаев написал статью о партнёрстве Казахстана и России перед визитом Путина",
        doc.title().text());
    assertEquals("2024-11-27", doc.published().value().toIso());
    String all = String.join("\n", doc.blocks().stream().map(Block::text).toList());
    assertTrue(all.contains("Токаев подчеркнул, что отношения"), all);
    assertFalse(all.contains("Главная"), all);
    assertFalse(all.contains("Перепечатка"), all);
    assertEquals("Редакция", doc.authors().get(0).name());
  }

  @Test
  void parse_windows1251PageWithoutDeclaration_detectsCharset() {
    byte[] bytes = TestInputs.pressKzPage(false).getBytes(Charset.forName("windows-1251"));
    Document doc = parser().parse("press.html", bytes);
    assertEquals("windows-1251", doc.source().charset().toLowerCase(java.util.Locale.ROOT));
    assertTrue(doc.title().text().startsWith("Токаев написал статью"), doc.title().text());
  }

  @Test
  void parse_legacyCyrillicPlainText_goesToPlainTextReader() {
    String text = "Токаев подчеркнул, что отношения между двумя странами основаны на тесных"
        + " исторических и культурных связях, а также общей ответственности за будущее народов.\n";
    for (String cs : List.of("windows-1251", "KOI8-R")) {
      Document doc = parser().parse("story.txt", text.getBytes(Charset.forName(cs)));
      assertEquals("text/plain", doc.source().mediaType(), cs);
      assertEquals(cs.toLowerCase(java.util.Locale.ROOT),
          doc.source().charset().toLowerCase(java.util.Locale.ROOT));
      assertTrue(doc.blocks().get(0).text().startsWith("Токаев подчеркнул"), cs);
    }
  }

  @Test
  void parse_pdfWithWrappedAndHyphenatedLines_rebuildsParagraphs() {
    byte[] pdf = TestInputs.pdf(List.of(
        "Russia ready to develop relations with Kazakhstan",
        "",
        "MOSCOW, March 4. /TASS/. Russian Prime Minister Mikhail Mishustin confirmed that",
        "Moscow is ready to develop fraternal relations with Astana, and with the people of Kazakh-",
        "stan, he told Kassym-",
        "Jomart Tokayev.",
        "",
        "Mishustin congratulated Bektenov on his appointment as head of the government of",
        "the Republic of Kazakhstan, which he said would strengthen the ties of two peoples."));
    SourceText s = FORMAT.read("story.pdf", pdf);
    assertEquals("application/pdf", s.mediaType());
    String[] paras = s.text().split("\n\n");
    assertEquals("Russia ready to develop relations with Kazakhstan", paras[0], s.text());
    assertEquals("MOSCOW, March 4. /TASS/. Russian Prime Minister Mikhail Mishustin confirmed"
        + " that Moscow is ready to develop fraternal relations with Astana, and with the people"
        + " of Kazakhstan, he told Kassym-Jomart Tokayev.", paras[1], s.text());
    assertTrue(paras[2].startsWith("Mishustin congratulated Bektenov"), s.text());
    assertEquals(3, paras.length, s.text());

    Document doc = parser().parse("story.pdf", pdf);
    assertEquals("pdf", doc.layout().id());
    assertEquals("Russia ready to develop relations with Kazakhstan", doc.title().text());
  }

  @Test
  void parse_tassStoryInPdf_isClaimedByTheLayoutThatKnowsIt() {
    byte[] pdf = TestInputs.pdf(List.of(TASS_TITLE, "", TASS_PARAGRAPHS.get(0).substring(0, 60),
        TASS_PARAGRAPHS.get(0).substring(60)));
    Document doc = parser(new DatelineLayout()).parse("tass.pdf", pdf);
    assertEquals("dateline-stub", doc.layout().id());
    assertEquals("MOSCOW", doc.dateline().place());
  }

  @Test
  void parse_docx_readsParagraphsTabsAndBreaks() {
    byte[] docx = TestInputs.docx(TestInputs.para(TASS_TITLE)
        + TestInputs.para(TASS_PARAGRAPHS.get(0))
        + "<w:p><w:r><w:t>Mishustin congratulated</w:t><w:tab/><w:t>Bektenov</w:t></w:r>"
        + "<w:r><w:br/><w:t>on his appointment.</w:t></w:r></w:p>"
        + "<w:p><w:r><w:delText>deleted words</w:delText></w:r></w:p>");
    Document doc = parser().parse("story.docx", docx);
    assertEquals("docx", doc.layout().id());
    assertEquals(TASS_TITLE, doc.title().text());
    List<String> texts = doc.blocks().stream().map(Block::text).toList();
    assertEquals(List.of(TASS_TITLE, TASS_PARAGRAPHS.get(0),
        "Mishustin congratulated Bektenov on his appointment."), texts);
  }

  @Test
  void read_truncatedPdf_failsWithNamedError() {
    byte[] pdf = TestInputs.pdf(List.of("A line of text that will be cut off."));
    byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length / 3);
    LedeException e = assertThrows(LedeException.class, () -> FORMAT.read("cut.pdf", cut));
    assertEquals("cut.pdf", e.input());
    assertTrue(e.getMessage().contains("PDF"), e.getMessage());
  }

  @Test
  void read_billionLaughsInDocx_refusedByEntityLimit() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [")
        .append("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "lol" : "lol" + (i - 1);
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&" + prev + ";").repeat(10)).append("\">");
    }
    dtd.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
        + "2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    LedeException e = assertThrows(LedeException.class,
        () -> FORMAT.read("laughs.docx", TestInputs.docxRaw(dtd.toString())));
    assertEquals("laughs.docx", e.input());
    assertTrue(e.reason().toLowerCase(java.util.Locale.ROOT).contains("entit")
        || e.reason().contains("DOCTYPE"), e.reason());
  }

  @Test
  void read_billionLaughsInXhtml_entitiesNotExpanded() {
    StringBuilder page = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE html [")
        .append("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "lol" : "lol" + (i - 1);
      page.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&" + prev + ";").repeat(10)).append("\">");
    }
    page.append("]><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&lol9;</p></body></html>");
    SourceText s = FORMAT.read("laughs.xhtml", page.toString().getBytes(StandardCharsets.UTF_8));
    assertTrue(s.text().length() < 100, "expanded to " + s.text().length() + " characters");
    assertFalse(s.text().contains("lollol"), s.text());
  }

  @Test
  void read_100000NestedElements_noStackOverflow() {
    int n = 100_000;
    String html = "<html><body>" + "<div>".repeat(n) + "<p>Deep text is still read.</p>"
        + "</div>".repeat(n) + "</body></html>";
    SourceText s = FORMAT.read("deep.html", html.getBytes(StandardCharsets.UTF_8));
    assertTrue(s.text().contains("Deep text is still read."), s.text());
  }

  @Test
  void read_deeplyNestedDocx_refusedByDepthLimit() {
    int n = 5000;
    String body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>";
    String xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body>" + "<w:sdt>".repeat(n) + body
        + "</w:sdt>".repeat(n) + "</w:body></w:document>";
    // the SDT wrappers are not reported as XHTML, so Tika's depth limit does not see them:
    // the text is read without recursion, and the parse still succeeds
    SourceText s = FORMAT.read("deep.docx", TestInputs.docxRaw(xml));
    assertEquals("x", s.text());
  }

  @Test
  void read_pastTheCharacterLimit_namedError() {
    TikaFormat small = new TikaFormat(TikaLimits.DEFAULT.withMaxChars(100));
    LedeException e = assertThrows(LedeException.class, () -> small.read("tass.html",
        TestInputs.tassPage().getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("tass.html: "), e.getMessage());
    assertTrue(e.reason().contains("limit of 100 characters"), e.reason());
  }

  @Test
  void read_pastTheTimeLimit_namedError() {
    TikaFormat slow = new TikaFormat(TikaLimits.DEFAULT.withTimeout(Duration.ofMillis(1)));
    String big = "<html><body>" + "<p>Some words of a long page.</p>".repeat(200_000)
        + "</body></html>";
    LedeException e = assertThrows(LedeException.class,
        () -> slow.read("big.html", big.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.reason().contains("longer than the limit of 1 ms"), e.reason());
  }

  @Test
  void read_zipBombDocx_refusedByEntryLimit() {
    String huge = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + " ".repeat(3_000_000)
        + "</w:t></w:r></w:p></w:body></w:document>";
    TikaFormat tight = new TikaFormat(new TikaLimits(Duration.ofSeconds(30), 10_000_000, 1000,
        100, 1_000_000, 1_000_000));
    LedeException e = assertThrows(LedeException.class,
        () -> tight.read("bomb.docx", TestInputs.docxRaw(huge)));
    assertTrue(e.reason().contains("zip limit"), e.reason());
  }

  @Test
  void read_notAKnownFormat_namedError() {
    LedeException e = assertThrows(LedeException.class,
        () -> FORMAT.read("x.bin", "plain words".getBytes(StandardCharsets.UTF_8)));
    assertEquals("x.bin", e.input());
  }

  /** Stands in for a seed layout: recognises a dateline like TASS's in any extracted text. */
  static final class DatelineLayout implements LayoutParser {
    @Override
    public String id() {
      return "dateline-stub";
    }

    @Override
    public double detect(SourceText source) {
      return source.text().contains("/TASS/.") ? 0.9 : 0;
    }

    @Override
    public Skeleton parse(SourceText source) {
      Skeleton.Builder b = Skeleton.builder();
      String t = source.text();
      b.block(new Block(BlockKind.PARAGRAPH, new Span(0, t.strip().length()), t.strip()));
      int at = t.indexOf("MOSCOW");
      if (at >= 0) {
        b.dateline(new Dateline("MOSCOW", null, "MOSCOW", new Span(at, at + 6)));
      }
      return b.build();
    }
  }
}
