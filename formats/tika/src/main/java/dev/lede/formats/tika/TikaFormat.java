package dev.lede.formats.tika;

import dev.lede.formats.tika.internal.ContentSniffer;
import dev.lede.formats.tika.internal.Extracted;
import dev.lede.formats.tika.internal.TikaExtractor;
import dev.lede.spi.InputFormat;
import dev.lede.spi.SourceText;
import java.util.Objects;

/**
 * Reads HTML, XHTML, PDF and DOCX through Apache Tika into Lede's source text: the article's
 * paragraphs, a blank line between each, the title first on its own line; page metadata (title,
 * publication date, author, site name) goes into {@link dev.lede.spi.SourceHints}.
 *
 * <p>The format is recognised by content (magic bytes {@code %PDF-}, a zip holding
 * {@code word/…}, leading markup) before the file's extension, and scores above the core
 * {@code plain-text} reader (0.5) only for these formats; plain text, in any charset, is left to
 * it. Every input is read under {@link TikaLimits}. Immutable and thread-safe; found with
 * {@link java.util.ServiceLoader}.
 */
public final class TikaFormat implements InputFormat {

  private final TikaExtractor extractor;

  /** A format with {@link TikaLimits#DEFAULT}. */
  public TikaFormat() {
    this(TikaLimits.DEFAULT);
  }

  public TikaFormat(TikaLimits limits) {
    this.extractor = new TikaExtractor(Objects.requireNonNull(limits, "limits"));
  }

  @Override
  public String id() {
    return "tika";
  }

  @Override
  public double accepts(String name, byte[] head) {
    return ContentSniffer.sniff(name, head).confidence();
  }

  /**
   * @throws dev.lede.LedeException when the input is not one of the formats, is damaged, or
   *     crosses a limit; the message names the input and the reason
   */
  @Override
  public SourceText read(String name, byte[] bytes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    ContentSniffer.Kind kind = ContentSniffer.sniff(name, bytes).kind();
    if (kind == ContentSniffer.Kind.NONE) {
      throw new dev.lede.LedeException(name, "not HTML, XHTML, PDF or DOCX");
    }
    Extracted e = extractor.extract(name, bytes, kind);
    return new SourceText(name, null, e.text(), e.mediaType(), e.charset(), e.hints());
  }
}
