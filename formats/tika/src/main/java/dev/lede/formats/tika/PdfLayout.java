package dev.lede.formats.tika;

import java.util.Set;

/** Layout {@code pdf}: a PDF's paragraphs as {@link TikaFormat} rebuilt them. */
public final class PdfLayout extends ExtractedTextLayout {
  public PdfLayout() {
    super("pdf", Set.of("application/pdf"));
  }
}
