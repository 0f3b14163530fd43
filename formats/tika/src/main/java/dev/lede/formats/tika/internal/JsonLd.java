package dev.lede.formats.tika.internal;

/**
 * Reads the few fields Lede wants ({@code headline}, {@code datePublished}, the author's and the
 * publisher's {@code name}) from JSON-LD text with a hand-written scanner: no JSON library, no
 * regular expressions, linear in the text.
 */
final class JsonLd {

  private JsonLd() {}

  /** The string value of the first {@code "key": "…"} in the text, unescaped, or null. */
  static String string(String json, String key) {
    return stringFrom(json, key, 0);
  }

  /**
   * The first {@code "name"} string inside the value of {@code key} (an object or an array of
   * objects), or the value itself if it is a string.
   */
  static String nameOf(String json, String key) {
    int at = valueStart(json, key, 0);
    if (at < 0) {
      return null;
    }
    if (json.charAt(at) == '"') {
      return readString(json, at);
    }
    int end = Math.min(json.length(), at + 2000);
    return stringFrom(json.substring(at, end), "name", 0);
  }

  private static String stringFrom(String json, String key, int from) {
    int at = valueStart(json, key, from);
    return at >= 0 && json.charAt(at) == '"' ? readString(json, at) : null;
  }

  /** The offset of the first non-blank character after {@code "key" :}, or -1. */
  private static int valueStart(String json, String key, int from) {
    String quoted = "\"" + key + "\"";
    int i = json.indexOf(quoted, from);
    while (i >= 0) {
      int j = skipBlank(json, i + quoted.length());
      if (j < json.length() && json.charAt(j) == ':') {
        j = skipBlank(json, j + 1);
        return j < json.length() ? j : -1;
      }
      i = json.indexOf(quoted, i + 1);
    }
    return -1;
  }

  private static int skipBlank(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Reads the JSON string starting at the quote at {@code at}; null if it is not closed. */
  private static String readString(String s, int at) {
    StringBuilder sb = new StringBuilder();
    for (int i = at + 1; i < s.length() && sb.length() < 4000; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        return sb.toString().strip();
      }
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(++i);
        switch (e) {
          case 'n', 'r', 't' -> sb.append(' ');
          case 'u' -> {
            if (i + 4 < s.length()) {
              try {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
              } catch (NumberFormatException ex) {
                return null;
              }
              i += 4;
            }
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
    return null;
  }
}
