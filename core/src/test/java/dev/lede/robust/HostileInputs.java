package dev.lede.robust;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generators of hostile inputs, shared by the robustness tests of every module (core's test-jar).
 * Each is deterministic (a fixed seed where random) so a failure reproduces.
 */
public final class HostileInputs {

  private HostileInputs() {}

  /** {@code unit} repeated until the result has at least {@code chars} characters. */
  public static String repeatTo(String unit, int chars) {
    return unit.repeat((chars + unit.length() - 1) / unit.length());
  }

  /** One line of about {@code chars} characters of ordinary words, with no line break at all. */
  public static String oneLongLine(int chars) {
    return repeatTo("Президент Касым-Жомарт Токаев said on March 4, 2024 that «the talks went "
        + "well», — отметил он. ", chars);
  }

  /** {@code n} ASCII quotation marks separated by single words. */
  public static String quotationMarks(int n) {
    StringBuilder b = new StringBuilder(n * 3);
    for (int i = 0; i < n; i++) {
      b.append('"').append(i % 7 == 0 ? " a " : "");
    }
    return b.toString();
  }

  /** {@code n} opening guillemets that are never closed, each before a word. */
  public static String unclosedGuillemets(int n) {
    return "Он сказал: " + "«слово ".repeat(n);
  }

  /** {@code n} repetitions of a Russian attribution tail, each after a dash. */
  public static String attributionTails(int n, String separator) {
    return "Иван Петров заявил журналистам." + separator
        + ("— отметил он." + separator).repeat(n);
  }

  /** Quotes nested {@code depth} levels deep, alternating the usual Russian and English marks. */
  public static String nestedQuotes(int depth) {
    StringBuilder b = new StringBuilder(depth * 4 + 64);
    b.append("Иван Петров сказал: ");
    for (int i = 0; i < depth; i++) {
      b.append(i % 2 == 0 ? "«" : "„").append(i % 100 == 0 ? "слово " : "");
    }
    b.append("конец");
    for (int i = depth - 1; i >= 0; i--) {
      b.append(i % 2 == 0 ? "»" : "“");
    }
    return b.append(", — добавил он.").toString();
  }

  /** {@code n} bytes from a fixed-seed random generator. */
  public static byte[] randomBytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  /** Ordinary UTF-8 text with NUL bytes sprinkled every {@code every} bytes. */
  public static byte[] withNulBytes(String text, int every) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[in.length + in.length / every + 1];
    int j = 0;
    for (int i = 0; i < in.length; i++) {
      if (i % every == 0) {
        out[j++] = 0;
      }
      out[j++] = in[i];
    }
    return java.util.Arrays.copyOf(out, j);
  }

  /** {@code text} in UTF-16 little or big endian after its byte order mark. */
  public static byte[] utf16WithBom(String text, boolean littleEndian) {
    byte[] body = text.getBytes(littleEndian ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) (littleEndian ? 0xFF : 0xFE);
    out[1] = (byte) (littleEndian ? 0xFE : 0xFF);
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  /** A news-like text with lone high and low surrogates inside words and names. */
  public static String unpairedSurrogates(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("Владимир Пу").append(i % 2 == 0 ? '\uD83D' : '\uDE00').append("тин сказал: «")
          .append('\uDC00').append("да").append('\uD800').append("». ");
    }
    return b.toString();
  }

  /** A letter followed by {@code n} combining marks, then an ordinary sentence. */
  public static String combiningMarks(int n) {
    StringBuilder b = new StringBuilder(n + 64);
    b.append("Иван Петров сказал: «а");
    String marks = "\u0301\u0300\u0308\u0323\u0331";
    for (int i = 0; i < n; i++) {
      b.append(marks.charAt(i % marks.length()));
    }
    return b.append("», — отметил он.").toString();
  }

  /** Names with bidi overrides, isolates and zero-width characters inside them, in statements. */
  public static String bidiAndZeroWidthInNames(int n) {
    String[] junk = {"\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF",
        "\u200F", "\u061C", "\u00AD"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String j = junk[i % junk.length];
      b.append("Ка").append(j).append("сым-Жо").append(j).append("март То").append(j)
          .append("каев заявил: «Мы").append(j).append(" готовы». Kassym").append(j)
          .append("-Jomart Toka").append(j).append("yev said: \"We are ready,\" he added.\n");
    }
    return b.toString();
  }

  /**
   * {@code n} distinct person names in ordinary sentences, Russian and English, one sentence per
   * name, ten sentences per paragraph.
   */
  public static String manyNames(int n) {
    String[] firstRu = {"Иван", "Пётр", "Мария", "Анна", "Сергей", "Ольга", "Алексей", "Елена"};
    String[] firstEn = {"John", "Mary", "Peter", "Anna", "Sergei", "Olga", "Alexei", "Elena"};
    String[] syllables = {"ка", "ло", "ми", "ре", "зу", "ва", "но", "те", "ши", "да"};
    String[] latin = {"ka", "lo", "mi", "re", "zu", "va", "no", "te", "shi", "da"};
    StringBuilder b = new StringBuilder(n * 48);
    for (int i = 0; i < n; i++) {
      // a surname of syllables chosen by the decimal digits of i: distinct for every i
      StringBuilder ru = new StringBuilder();
      StringBuilder en = new StringBuilder();
      int k = i;
      do {
        ru.append(syllables[k % 10]);
        en.append(latin[k % 10]);
        k /= 10;
      } while (k > 0);
      ru.setCharAt(0, Character.toUpperCase(ru.charAt(0)));
      en.setCharAt(0, Character.toUpperCase(en.charAt(0)));
      if (i % 2 == 0) {
        b.append(firstRu[i % firstRu.length]).append(' ').append(ru).append("ов заявил, что ")
            .append("переговоры прошли успешно. ");
      } else {
        b.append(firstEn[i % firstEn.length]).append(' ').append(en).append("ov said the ")
            .append("talks went well. ");
      }
      if (i % 10 == 9) {
        b.append('\n');
      }
    }
    return b.toString();
  }
}
