package dev.lede.formats.tika;

import java.util.Set;

/** Layout {@code html}: a web page's article text as {@link TikaFormat} extracted it. */
public final class HtmlLayout extends ExtractedTextLayout {
  public HtmlLayout() {
    super("html", Set.of("text/html", "application/xhtml+xml"));
  }
}
