package dev.lede.formats.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a byte stream line by line ({@code \n}, {@code \r\n}), decoding each line as strict UTF-8
 * on its own, so one bad line is one error and the next line reads normally. A line longer than
 * the limit is skipped to its end without being kept in memory. Not thread-safe.
 */
public final class LineReader {

  /** One line: its 1-based number, and either its text or what is wrong with it. */
  public record Line(long number, String text, String error) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long number;
  private boolean eof;

  public LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** How many lines have been read. */
  public long lineCount() {
    return number;
  }

  /** The next line, or null at the end of the stream. */
  public Line next() throws IOException {
    if (eof && pos >= limit) {
      return null;
    }
    byte[] buf = new byte[256];
    int len = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos >= limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int start = pos;
      while (pos < limit && chunk[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      boolean newline = pos < limit;
      if (newline) {
        pos++;
      }
      if (!tooLong) {
        if ((long) len + n > maxBytes) {
          tooLong = true;
          buf = null;
        } else {
          if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(len + n, (int) Math.min(maxBytes, 2L * buf.length)));
          }
          System.arraycopy(chunk, start, buf, len, n);
          len += n;
        }
      }
      if (newline) {
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "line is longer than " + maxBytes + " bytes");
    }
    if (len > 0 && buf[len - 1] == '\r') {
      len--;
    }
    int from = 0;
    if (number == 1 && len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
        && (buf[2] & 0xFF) == 0xBF) {
      from = 3; // a byte order mark at the start of the file
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buf, from, len - from)).toString();
      return new Line(number, text, null);
    } catch (CharacterCodingException e) {
      return new Line(number, null, "not valid UTF-8");
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(chunk);
    if (n < 0) {
      eof = true;
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
