package dev.lede.statements;

import java.util.Locale;

/**
 * A script-blind key for one surname, so that {@code Tokayev}, {@code Tokaev}, {@code Токаев} and
 * the oblique {@code Токаева} meet. Used only to tie a speaker's words to a person when the person
 * stage did not mark the mention itself.
 */
final class NameKey {

  private NameKey() {}

  private static final String CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіқғңөұүһә";
  private static final String[] LAT = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i",
      "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
      "y", "", "e", "yu", "ya", "i", "k", "g", "n", "o", "u", "u", "h", "a"};

  /** The key of the last word of {@code name}, or the empty string. */
  static String ofSurname(String name) {
    String s = name.trim();
    int cut = Math.max(s.lastIndexOf(' '), s.lastIndexOf('.'));
    String last = s.substring(cut + 1);
    return ofWord(last);
  }

  /** For each char from U+0400 on, its Latin spelling, or null when it is none of {@link #CYR}. */
  private static final String[] LAT_OF = new String[0x100];

  static {
    for (int i = CYR.length() - 1; i >= 0; i--) {
      // from the end, so the first occurrence wins, as CYR.indexOf would find it
      LAT_OF[CYR.charAt(i) - 0x400] = LAT[i];
    }
  }

  /** Drops Russian case endings of surnames: Путина, Путину, Путиным → putin. */
  private static final String[] CASE_ENDINGS = {"imi", "ami", "ogo", "omu", "oi", "im", "om",
      "ui", "a", "u", "e", "i"};

  /**
   * The key of one word: lower case, without {@code 's}, spelt in Latin, with {@code zh kh yu ya}
   * simplified (in that order, each left to right, as {@link String#replace} does), {@code y}
   * made {@code i} unless after a vowel, and a Russian case ending dropped. One char buffer.
   */
  static String ofWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    if (w.endsWith("'s") || w.endsWith("’s")) {
      n -= 2;
    }
    char[] k = new char[n * 4];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      String lat = c >= 0x400 && c < 0x500 ? LAT_OF[c - 0x400] : null;
      if (lat != null) {
        for (int j = 0; j < lat.length(); j++) {
          k[len++] = lat.charAt(j);
        }
      } else if (c >= 'a' && c <= 'z') {
        k[len++] = c;
      }
    }
    len = replacePair(k, len, 'z', 'h', 'j');
    len = replacePair(k, len, 'k', 'h', 'h');
    len = replacePair(k, len, 'y', 'u', 'u');
    len = replacePair(k, len, 'y', 'a', 'a');
    int out = 0;
    char prev = 0;
    for (int i = 0; i < len; i++) {
      char c = k[i];
      if (c == 'y') {
        boolean afterVowel = i > 0 && "aeiou".indexOf(prev) >= 0;
        if (!afterVowel) {
          k[out++] = 'i';
        }
      } else {
        k[out++] = c;
      }
      prev = c;
    }
    return stripCase(k, out);
  }

  /** Replaces each pair {@code ab} by {@code r}, left to right, in place; returns the new length. */
  private static int replacePair(char[] k, int len, char a, char b, char r) {
    int out = 0;
    int i = 0;
    while (i < len) {
      if (k[i] == a && i + 1 < len && k[i + 1] == b) {
        k[out++] = r;
        i += 2;
      } else {
        k[out++] = k[i++];
      }
    }
    return out;
  }

  private static String stripCase(char[] k, int len) {
    for (String suf : CASE_ENDINGS) {
      int base = len - suf.length();
      if (base >= 4 && endsWith(k, len, suf)) {
        if (endsWith(k, base, "ov") || endsWith(k, base, "ev") || endsWith(k, base, "in")
            || endsWith(k, base, "sk") || endsWith(k, base, "kin")) {
          return new String(k, 0, base);
        }
      }
    }
    return new String(k, 0, len);
  }

  private static boolean endsWith(char[] k, int len, String suffix) {
    int from = len - suffix.length();
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (k[from + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
