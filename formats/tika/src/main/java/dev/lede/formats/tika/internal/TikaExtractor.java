package dev.lede.formats.tika.internal;

import dev.lede.LedeException;
import dev.lede.formats.tika.TikaLimits;
import dev.lede.spi.SourceHints;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs Tika's {@link AutoDetectParser} (HTML, PDF, and Lede's DOCX parser) over one input under
 * {@link TikaLimits}: Tika's {@code SecureContentHandler} limits (depth, compression ratio), a
 * cap on emitted text, and a deadline enforced both by the handler and by the waiting thread.
 * Every failure becomes a {@link LedeException} naming the input and the limit or the defect.
 * Immutable and thread-safe.
 */
public final class TikaExtractor {

  /** A generous stack for the parsing thread: deep markup must not overflow it. */
  private static final long STACK_BYTES = 16L * 1024 * 1024;

  private final TikaLimits limits;
  private final AutoDetectParser parser;

  public TikaExtractor(TikaLimits limits) {
    this.limits = limits;
    JSoupParser html = new JSoupParser(new PageEncodingDetector());
    html.setExtractScripts(true); // JSON-LD reaches ScriptCollector, never the text
    AutoDetectParser p = new AutoDetectParser(new SniffingDetector(), html, new PDFParser(),
        new DocxParser(limits.maxZipEntryBytes()));
    AutoDetectParserConfig config = new AutoDetectParserConfig();
    config.setMaximumDepth(limits.maxDepth());
    config.setMaximumCompressionRatio(limits.maxCompressionRatio());
    config.setOutputThreshold(limits.outputThreshold());
    config.setMaximumPackageEntryDepth(10);
    p.setAutoDetectParserConfig(config);
    this.parser = p;
  }

  /** Extracts the text of an input of the given kind. */
  public Extracted extract(String name, byte[] bytes, ContentSniffer.Kind kind) {
    Guard guard = new Guard(limits.timeout().toMillis(), limits.maxChars());
    FutureTask<Extracted> task = new FutureTask<>(() -> run(name, bytes, kind, guard));
    Thread worker = new Thread(null, task, "lede-tika", STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      guard.cancel();
      worker.interrupt();
      throw timeLimit(name);
    } catch (InterruptedException e) {
      guard.cancel();
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new LedeException(name, "interrupted while extracting text", e);
    } catch (ExecutionException e) {
      throw failure(name, kind, e.getCause());
    }
  }

  private Extracted run(String name, byte[] bytes, ContentSniffer.Kind kind, Guard guard)
      throws IOException, SAXException, TikaException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    md.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, kind.mediaType());
    ScriptCollector scripts = new ScriptCollector();
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, scripts);
    context.set(HtmlMapper.class, new PageMapper());
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    pdf.setSortByPosition(true);
    context.set(PDFParserConfig.class, pdf);
    boolean page = kind == ContentSniffer.Kind.HTML || kind == ContentSniffer.Kind.XHTML;
    PageHandler pageHandler = page ? new PageHandler(guard) : null;
    ParagraphHandler paragraphs = page ? null : new ParagraphHandler(guard);
    ContentHandler handler = page ? pageHandler : paragraphs;
    try (InputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, handler, md, context);
    }
    if (page) {
      return PageAssembler.assemble(md, pageHandler, scripts.jsonLd(), charsetOf(md));
    }
    List<String> paras = ParagraphRebuilder.rebuild(paragraphs.paragraphs());
    return new Extracted(String.join("\n\n", paras), kind.mediaType(), null, SourceHints.NONE);
  }

  private static String charsetOf(Metadata md) {
    String type = md.get(Metadata.CONTENT_TYPE);
    MediaType mt = type == null ? null : MediaType.parse(type);
    String cs = mt == null ? null : mt.getParameters().get("charset");
    return cs != null ? cs : md.get(Metadata.CONTENT_ENCODING);
  }

  private LedeException timeLimit(String name) {
    return new LedeException(name, "text extraction took longer than the limit of "
        + limits.timeout().toMillis() + " ms");
  }

  /** Names what went wrong, looking through Tika's and SAX's wrappers for the real cause. */
  private LedeException failure(String name, ContentSniffer.Kind kind, Throwable t) {
    String what = kind.name();
    for (Throwable c = t; c != null; c = next(c)) {
      if (c instanceof Guard.LimitException limit) {
        return limit.limit().equals("time") ? timeLimit(name)
            : new LedeException(name, "more text than the limit of " + limits.maxChars()
                + " characters", t);
      }
      if (c instanceof DocxParser.EntryTooLargeException) {
        return new LedeException(name, "zip limit: " + c.getMessage()
            + " (limit maxZipEntryBytes)", t);
      }
      if (c instanceof EncryptedDocumentException) {
        return new LedeException(name, "the " + what + " is encrypted", t);
      }
      if (c instanceof StackOverflowError) {
        return new LedeException(name, "markup nested too deeply to read", t);
      }
      String m = String.valueOf(c.getMessage());
      if (m.contains("entity expansion") || m.contains("DOCTYPE") || m.contains("JAXP0001")) {
        return new LedeException(name, "XML entity limit: " + m, t);
      }
      if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("levels of XML")
          || m.contains("compression ratio")) {
        return new LedeException(name, "Tika's safety limit (depth " + limits.maxDepth()
            + ", compression ratio " + limits.maxCompressionRatio() + "): " + detail(t), t);
      }
    }
    if (t instanceof OutOfMemoryError) {
      return new LedeException(name, "out of memory while extracting text", t);
    }
    return new LedeException(name, "cannot read it as " + what + ": " + detail(t), t);
  }

  private static Throwable next(Throwable c) {
    if (c instanceof SAXException s && s.getException() != null && s.getException() != c) {
      return s.getException();
    }
    return c.getCause() == c ? null : c.getCause();
  }

  private static String detail(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null && sb.length() < 300; c = next(c)) {
      if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
        if (sb.length() > 0) {
          sb.append(": ");
        }
        sb.append(c.getMessage());
      }
    }
    return sb.length() == 0 ? t.getClass().getSimpleName() : sb.toString();
  }

  /** Tika's detector step: the sniffer's verdict (Lede has already chosen the kind). */
  private static final class SniffingDetector implements Detector {
    private static final long serialVersionUID = 1L;

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
      String given = metadata.get(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE);
      if (given != null) {
        return MediaType.parse(given);
      }
      if (input == null) {
        return MediaType.OCTET_STREAM;
      }
      input.mark(8192);
      byte[] head;
      try {
        head = input.readNBytes(8192);
      } finally {
        input.reset();
      }
      ContentSniffer.Kind kind = ContentSniffer
          .sniff(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY), head).kind();
      return kind.mediaType() == null ? MediaType.OCTET_STREAM : MediaType.parse(kind.mediaType());
    }
  }
}
