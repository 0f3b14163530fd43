package dev.lede.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.lede.LedeException;
import dev.lede.spi.InputFormat;
import dev.lede.spi.SourceHints;
import dev.lede.spi.SourceText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads plain text: UTF-8 (a BOM is stripped), UTF-16 with a BOM, and legacy single-byte charsets
 * (windows-1251, KOI8-R, …) recognised with ICU4J's {@link CharsetDetector}. Bytes that are not
 * text at all (NUL bytes, control characters) are a named error, not garbage.
 */
public final class PlainTextFormat implements InputFormat {

  /** Charsets the detector may answer with that Lede trusts for news texts. */
  private static final double MIN_TEXT_SHARE = 0.95;

  @Override
  public String id() {
    return "plain-text";
  }

  @Override
  public double accepts(String name, byte[] head) {
    // Plain text is the fallback for anything that decodes; markup formats score higher on theirs.
    // UTF-16 is full of NUL bytes, so its byte order mark must be seen before the binary test.
    return hasUtf16Bom(head) || !looksBinary(head) ? 0.5 : 0.0;
  }

  @Override
  public SourceText read(String name, byte[] bytes) {
    Decoded d = decode(name, bytes);
    return new SourceText(name, null, d.text, "text/plain", d.charset, SourceHints.NONE);
  }

  /** Decodes text bytes, naming the charset used; throws for binary input. */
  public static Decoded decode(String name, byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return checked(name, new Decoded(strict(name, bytes, 3, StandardCharsets.UTF_8), "UTF-8"));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return checked(name,
          new Decoded(strict(name, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return checked(name,
          new Decoded(strict(name, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
    }
    if (looksBinary(bytes)) {
      throw new LedeException(name, "binary content, not text (NUL or control bytes)");
    }
    String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return checked(name, new Decoded(utf8, "UTF-8"));
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch best = null;
    for (CharsetMatch m : detector.detectAll()) {
      if (Charset.isSupported(m.getName()) && !m.getName().toUpperCase(Locale.ROOT).startsWith("UTF")) {
        best = m;
        break;
      }
    }
    if (best == null) {
      throw new LedeException(name, "the bytes are not valid UTF-8 and no charset fits them");
    }
    Charset cs = Charset.forName(best.getName());
    String text = new String(bytes, cs);
    return checked(name, new Decoded(text, cs.name()));
  }

  private static String strict(String name, byte[] bytes, int offset, Charset cs) {
    String s = tryDecode(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), cs);
    if (s == null) {
      throw new LedeException(name, "malformed " + cs.name() + " after its byte order mark");
    }
    return s;
  }

  private static String tryDecode(byte[] bytes, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Text is usable when nearly all of it is printable or white space. */
  private static Decoded checked(String name, Decoded d) {
    String s = d.text;
    if (s.isEmpty()) {
      return d;
    }
    int bad = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
          && c != '\f' && c != '\u000B')) {
        bad++;
      }
    }
    if (bad > s.length() * (1 - MIN_TEXT_SHARE)) {
      throw new LedeException(name, "binary content, not text (" + bad + " control characters in "
          + s.length() + ")");
    }
    return d;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
  }

  /** NUL bytes, or many C0 control bytes, in the first 8 KiB mean binary. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B && b != 0x1B) {
        control++;
      }
    }
    return n > 0 && control > n / 20;
  }

  /** Decoded text and the name of the charset that decoded it. */
  public record Decoded(String text, String charset) {}
}
