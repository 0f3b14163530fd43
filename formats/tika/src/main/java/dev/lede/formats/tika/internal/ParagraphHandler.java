package dev.lede.formats.tika.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the raw paragraphs of a PDF or DOCX as Tika reports them: each {@code <p>} (and each
 * page or heading) is one raw paragraph, its line breaks kept for {@link ParagraphRebuilder}.
 */
final class ParagraphHandler extends DefaultHandler {

  private static final Set<String> BREAKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "tr", "td", "th", "table", "body", "title", "head");

  private final Guard guard;
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int headDepth;

  ParagraphHandler(Guard guard) {
    this.guard = guard;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    guard.tick();
    String tag = tag(local, qName);
    if (tag.equals("head")) {
      headDepth++;
    }
    if (BREAKS.contains(tag)) {
      flush();
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    guard.tick();
    String tag = tag(local, qName);
    if (BREAKS.contains(tag)) {
      flush();
    }
    if (tag.equals("head")) {
      headDepth = Math.max(0, headDepth - 1);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    guard.count(length);
    if (headDepth == 0) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() {
    flush();
  }

  private void flush() {
    if (!text.toString().isBlank()) {
      paragraphs.add(text.toString());
    }
    text.setLength(0);
  }

  private static String tag(String local, String qName) {
    return (local.isEmpty() ? qName : local).toLowerCase(Locale.ROOT);
  }

  List<String> paragraphs() {
    return List.copyOf(paragraphs);
  }
}
