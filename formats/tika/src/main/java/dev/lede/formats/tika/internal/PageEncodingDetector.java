package dev.lede.formats.tika.internal;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * The charset of a web page: a byte order mark, else what the page declares ({@code <meta
 * charset>}, {@code http-equiv}), else UTF-8 when the bytes are valid UTF-8, else ICU4J's
 * statistical guess (which tells windows-1251 from KOI8-R by Russian letter n-grams).
 */
final class PageEncodingDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  private static final int MARK_LIMIT = 64 * 1024;

  private final HtmlEncodingDetector declared = new HtmlEncodingDetector();

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    input.mark(MARK_LIMIT);
    byte[] head;
    try {
      head = input.readNBytes(MARK_LIMIT);
    } finally {
      input.reset();
    }
    Charset bom = bom(head);
    if (bom != null) {
      return bom;
    }
    Charset fromPage = declared.detect(input, metadata);
    if (fromPage != null) {
      return fromPage;
    }
    return guess(head);
  }

  /** UTF-8 if the bytes decode as UTF-8, else ICU4J's best non-Unicode guess. */
  static Charset guess(byte[] head) {
    if (isUtf8(head)) {
      return StandardCharsets.UTF_8;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true); // ignore the markup, judge by the words
    detector.setText(head);
    for (CharsetMatch m : detector.detectAll()) {
      String n = m.getName();
      if (!n.toUpperCase(Locale.ROOT).startsWith("UTF") && Charset.isSupported(n)) {
        return Charset.forName(n);
      }
    }
    return Charset.forName("windows-1252");
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Valid UTF-8, allowing a sequence cut at the end of the head. */
  private static boolean isUtf8(byte[] head) {
    int end = head.length;
    // step back over a possibly truncated trailing sequence
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
      back++;
    }
    if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
      end = end - back - 1;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
