package dev.lede.formats.tika.internal;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Lets every element of a page through to Lede's handler, with the few attributes that tell
 * navigation from article ({@code class}, {@code id}, {@code role}, …), and discards elements
 * that never hold article text. Tika's default mapper would drop {@code nav}, {@code aside} and
 * every {@code class}, which are exactly the signals the block scoring needs.
 */
final class PageMapper implements HtmlMapper {

  private static final Set<String> DISCARD = Set.of("SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE",
      "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "CANVAS", "SELECT", "BUTTON", "TEXTAREA",
      "INPUT", "OPTION", "VIDEO", "AUDIO", "MAP", "DIALOG");

  private static final Set<String> ATTRIBUTES = Set.of("class", "id", "role", "datetime",
      "itemprop", "href", "rel", "content", "property", "type", "hidden", "aria-hidden");

  @Override
  public String mapSafeElement(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean isDiscardElement(String name) {
    return DISCARD.contains(name.toUpperCase(Locale.ROOT));
  }

  @Override
  public String mapSafeAttribute(String elementName, String attributeName) {
    String a = attributeName.toLowerCase(Locale.ROOT);
    return ATTRIBUTES.contains(a) ? a : null;
  }
}
