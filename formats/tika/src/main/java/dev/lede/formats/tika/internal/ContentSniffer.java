package dev.lede.formats.tika.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Names the format of an input from its first bytes (magic numbers, leading markup) and only then
 * from its name. Pure functions over a byte array: linear, no allocation beyond a small window.
 */
public final class ContentSniffer {

  /** What the sniffer recognised. */
  public enum Kind {
    HTML("text/html"), XHTML("application/xhtml+xml"), PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), NONE(null);

    private final String mediaType;

    Kind(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }
  }

  /** Tags whose presence at the start of a text means markup rather than prose. */
  private static final String[] LEADING_TAGS = {"!doctype html", "html", "head", "body", "meta",
      "title", "div", "p>", "p ", "article", "section", "main", "header", "nav", "table", "span",
      "h1", "h2", "link", "script", "style", "!--"};

  private ContentSniffer() {}

  /**
   * The kind of the input and how sure the sniffer is, judged by content first.
   *
   * @param name the input's name, used only when the content is ambiguous
   * @param head the first bytes of the input
   */
  public static Guess sniff(String name, byte[] head) {
    String ext = extension(name);
    if (startsWithin(head, "%PDF-", 1024)) {
      return new Guess(Kind.PDF, 0.95);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      if (contains(head, "word/")) {
        return new Guess(Kind.DOCX, 0.95);
      }
      // a zip whose Word part lies beyond the head: trust the name
      return ext.equals("docx") ? new Guess(Kind.DOCX, 0.9) : new Guess(Kind.NONE, 0);
    }
    int at = firstMarkup(head);
    if (at >= 0) {
      String window = asciiLower(head, at, Math.min(head.length, at + 512));
      if (window.startsWith("<?xml")) {
        return contains(head, "<html") || contains(head, "<HTML")
            ? new Guess(Kind.XHTML, 0.9) : new Guess(Kind.NONE, 0);
      }
      for (String tag : LEADING_TAGS) {
        if (window.startsWith("<" + tag)) {
          return new Guess(ext.equals("xhtml") ? Kind.XHTML : Kind.HTML, 0.9);
        }
      }
      if (ext.startsWith("htm") || ext.equals("xhtml")) {
        return new Guess(ext.equals("xhtml") ? Kind.XHTML : Kind.HTML, 0.8);
      }
    }
    return new Guess(Kind.NONE, 0);
  }

  /** The offset of the first non-blank byte if it is {@code <}, after a UTF-8 BOM; else -1. */
  private static int firstMarkup(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r'
        || head[i] == '\n' || head[i] == '\f')) {
      i++;
    }
    return i < head.length && head[i] == '<' ? i : -1;
  }

  private static boolean startsWithin(byte[] head, String magic, int window) {
    byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
    int last = Math.min(head.length - m.length, window);
    for (int i = 0; i <= last; i++) {
      if (matchesAt(head, m, i)) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(byte[] head, String needle) {
    byte[] m = needle.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + m.length <= head.length; i++) {
      if (matchesAt(head, m, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] head, byte[] m, int at) {
    for (int j = 0; j < m.length; j++) {
      if (head[at + j] != m[j]) {
        return false;
      }
    }
    return true;
  }

  private static String asciiLower(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c);
    }
    return sb.toString();
  }

  private static String extension(String name) {
    if (name == null) {
      return "";
    }
    int dot = name.lastIndexOf('.');
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /** A kind and the confidence in it, in [0, 1]. */
  public record Guess(Kind kind, double confidence) {}
}
