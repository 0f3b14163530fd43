package dev.lede.formats.tika.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Receives the page's scripts, which Tika hands over as embedded "macro" documents, and keeps the
 * ones that look like JSON-LD metadata. Every other embedded document (PDF attachments, data URIs)
 * is refused: Lede reads the main text only. One per parse.
 */
final class ScriptCollector implements EmbeddedDocumentExtractor {

  private static final int MAX_SCRIPT = 256 * 1024;
  private static final int MAX_SCRIPTS = 16;

  private final List<String> jsonLd = new ArrayList<>();

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return TikaCoreProperties.EmbeddedResourceType.MACRO.toString()
        .equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE))
        && jsonLd.size() < MAX_SCRIPTS;
  }

  @Override
  public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
      boolean outputHtml) throws IOException {
    String text = new String(stream.readNBytes(MAX_SCRIPT), StandardCharsets.UTF_8);
    if (text.contains("\"@context\"") || text.contains("\"@type\"")) {
      jsonLd.add(text);
    }
  }

  List<String> jsonLd() {
    return List.copyOf(jsonLd);
  }
}
