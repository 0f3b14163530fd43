package dev.lede.formats.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds test inputs in code: pages around an article written from the seeds, PDFs, DOCX. */
final class TestInputs {

  static final String TASS_TITLE =
      "Russia ready to develop relations with Kazakhstan, Russian PM reiterates";
  static final List<String> TASS_PARAGRAPHS = List.of(
      "MOSCOW, March 4. /TASS/. Russian Prime Minister Mikhail Mishustin confirmed that Moscow is"
          + " ready to develop fraternal relations with Astana.",
      "\"I confirm my readiness to work constructively together with you on the entire"
          + " substantive agenda of our cooperation,\" he said at a meeting with the new Prime"
          + " Minister of Kazakhstan Olzhas Bektenov.",
      "Mishustin congratulated Bektenov on his appointment as head of the government.",
      "\"We give priority attention to strengthening good neighborly and allied relations with"
          + " Kazakhstan,\" the Russian Prime Minister assured.");

  /** Site chrome that must never reach the paragraphs. */
  static final List<String> BOILERPLATE = List.of("Subscribe to our newsletter", "Most read",
      "All rights reserved", "Politics", "Economy", "Sport", "Cookie", "Putin meets students",
      "Share on", "Advertisement", "Related stories");

  private TestInputs() {}

  /** A news page: menu, header, breadcrumbs, the article, a "most read" aside, promo, footer. */
  static String tassPage() {
    StringBuilder body = new StringBuilder();
    for (String p : TASS_PARAGRAPHS) {
      body.append("<p>").append(p.replace("\"", "&quot;")).append("</p>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Russia ready to develop relations with Kazakhstan, Russian PM reiterates - Politics & Diplomacy - TASS</title>
        <meta property="og:title" content="Russia ready to develop relations with Kazakhstan, Russian PM reiterates | TASS">
        <meta property="og:site_name" content="TASS">
        <meta property="og:url" content="https://tass.com/politics/1000001">
        <meta property="article:published_time" content="2024-03-04T14:05:00+03:00">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Russia ready to develop relations","datePublished":"2024-03-05T00:00:00Z",
          "author":{"@type":"Organization","name":"TASS"}}</script>
        <script>var tracking = "Putin meets students"; document.write(tracking);</script>
        <style>.menu { color: red }</style>
        </head><body>
        <header class="site-header"><a href="/">TASS</a>
          <nav class="main-menu"><ul><li><a href="/politics">Politics</a></li>
          <li><a href="/economy">Economy</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        </header>
        <div class="cookie-banner">Cookie notice: we use cookies to improve the site.</div>
        <div class="layout"><div class="content-column">
        <div class="breadcrumbs"><a href="/">Home</a> / <a href="/politics">Politics</a></div>
        <article class="news">
          <h1 class="news-header__title">%s</h1>
          <div class="news-header__lead">Mikhail Mishustin noted that relations between both countries "are based on the principles of mutual respect, trust, strategic partnership"</div>
          <time datetime="2024-03-04">March 4, 14:05</time>
          <div class="text-content">
          %s
          <div class="share-buttons"><a href="#">Share on Telegram</a> <a href="#">Share on VK</a></div>
          <div class="related-news"><h3>Related stories</h3><ul>
            <li><a href="/a">Putin meets students in Kaliningrad and talks about history of the region at length</a></li>
            <li><a href="/b">Kazakh President to visit Moscow in May, the Kremlin press service says today</a></li>
          </ul></div>
          </div>
        </article>
        <div class="promo-block"><p>Subscribe to our newsletter: the day's main news from Russia and the world every morning.</p></div>
        </div>
        <aside class="sidebar"><h2>Most read</h2><ol>
          <li><a href="/1">Putin meets students in Kaliningrad and answers their questions for hours</a></li>
          <li><a href="/2">Advertisement: the best offers of the season for travellers to Moscow</a></li>
        </ol></aside></div>
        <footer class="site-footer"><p>TASS Russian News Agency. All rights reserved. Copying of materials is prohibited without a written permission.</p></footer>
        </body></html>
        """.formatted(TASS_TITLE, body);
  }

  /** A Russian page from the Press.kz seed, with navigation, declared in windows-1251. */
  static String pressKzPage(boolean declareCharset) {
    return """
        <html><head>%s
        <title>Токаев написал статью о партнёрстве Казахстана и России перед визитом Путина — Press.kz</title>
        <meta name="author" content="Редакция">
        </head><body>
        <div id="menu"><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a></div>
        <div class="article-body">
        <h1>Токаев написал статью о партнёрстве Казахстана и России перед визитом Путина</h1>
        <p>Президент Казахстана Касым-Жомарт Токаев опубликовал статью «Казахстан и Россия: новые горизонты стратегического партнёрства» в российской газете «Известия». Статья вышла накануне государственного визита президента России Владимира Путина в Астану, передает Press.kz.</p>
        <p>Токаев подчеркнул, что отношения между двумя странами основаны на тесных исторических и культурных связях, а также общей ответственности за будущее двух народов.</p>
        <p>Дата публикации: <time datetime="2024-11-27T09:30">27 ноября 2024</time></p>
        </div>
        <div class="footer">© Press.kz, все права защищены. Перепечатка запрещена.</div>
        </body></html>
        """.formatted(declareCharset ? "<meta charset=\"windows-1251\">" : "");
  }

  /** A one-page PDF with the given lines, one text line each (an empty line leaves a gap). */
  static byte[] pdf(List<String> lines) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 750;
        for (String line : lines) {
          if (!line.isEmpty()) {
            cs.beginText();
            cs.setFont(font, 11);
            cs.newLineAtOffset(50, y);
            cs.showText(line);
            cs.endText();
          }
          y -= line.isEmpty() ? 10 : 14;
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal DOCX: the paragraphs' WordprocessingML in a zip with its content types. */
  static byte[] docx(String bodyXml) {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body>" + bodyXml + "</w:body></w:document>";
    return docxRaw(document);
  }

  static byte[] docxRaw(String documentXml) {
    String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
        + ".openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document"
        + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml"
        + ".document.main+xml\"/></Types>";
    return zip(List.of("[Content_Types].xml", "word/document.xml"),
        List.of(types.getBytes(StandardCharsets.UTF_8),
            documentXml.getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] zip(List<String> names, List<byte[]> contents) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < names.size(); i++) {
        zip.putNextEntry(new ZipEntry(names.get(i)));
        zip.write(contents.get(i));
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String para(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }
}
