package dev.lede.formats.tika;

import java.util.Set;

/** Layout {@code docx}: a Word document's paragraphs as {@link TikaFormat} read them. */
public final class DocxLayout extends ExtractedTextLayout {
  public DocxLayout() {
    super("docx",
        Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
  }
}
