package dev.lede.formats.tika.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small Tika parser for Word documents (DOCX): streams {@code word/document.xml} out of the zip
 * through Tika's hardened SAX parser (no DTDs, a cap on entity expansions) and reports each
 * {@code w:p} as an XHTML paragraph. It replaces Tika's Microsoft module, whose Apache POI stack
 * weighs some 25 MB, for the one thing Lede needs from a Word file: its paragraphs in order.
 */
final class DocxParser implements Parser {

  private static final long serialVersionUID = 1L;

  static final MediaType DOCX = MediaType.application(
      "vnd.openxmlformats-officedocument.wordprocessingml.document");

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final long maxEntryBytes;

  DocxParser(long maxEntryBytes) {
    this.maxEntryBytes = maxEntryBytes;
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(DOCX);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    boolean found = false;
    ZipInputStream zip = new ZipInputStream(stream);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      if (e.getName().equals("word/document.xml")) {
        found = true;
        XMLReaderUtils.parseSAX(new Bounded(zip, maxEntryBytes), new Body(xhtml), context);
        break;
      }
    }
    if (!found) {
      throw new TikaException("not a Word document: no word/document.xml in the zip");
    }
    xhtml.endDocument();
  }

  /** Maps WordprocessingML to XHTML paragraphs: text runs, tabs and line breaks. */
  private static final class Body extends DefaultHandler {
    private final XHTMLContentHandler xhtml;
    private boolean inText;
    private boolean inParagraph;

    Body(XHTMLContentHandler xhtml) {
      this.xhtml = xhtml;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      if (!W.equals(uri)) {
        return;
      }
      switch (local) {
        case "p" -> {
          // a paragraph nested in a text box ends the outer one: no nested <p> in XHTML
          if (inParagraph) {
            xhtml.endElement("p");
          }
          xhtml.startElement("p");
          inParagraph = true;
        }
        case "t" -> inText = true;
        case "tab" -> xhtml.characters("\t");
        case "br", "cr" -> xhtml.characters("\n");
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      if (!W.equals(uri)) {
        return;
      }
      if (local.equals("t")) {
        inText = false;
      } else if (local.equals("p") && inParagraph) {
        xhtml.endElement("p");
        inParagraph = false;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inText) {
        xhtml.characters(ch, start, length);
      }
    }
  }

  /** Stops a zip entry that inflates past the limit; never closes the zip under it. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) throws IOException {
      count += n;
      if (count > max) {
        throw new EntryTooLargeException(max);
      }
    }

    @Override
    public void close() {
      // the zip stream belongs to the caller
    }
  }

  /** A zip entry inflated past the limit: a zip bomb or a document far too large. */
  static final class EntryTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    EntryTooLargeException(long max) {
      super("word/document.xml inflates to more than " + max + " bytes");
    }
  }
}
