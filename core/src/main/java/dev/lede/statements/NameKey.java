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

  /** The key of one word. */
  static String ofWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    StringBuilder lat = new StringBuilder(w.length() + 4);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      int at = CYR.indexOf(c);
      if (at >= 0) {
        lat.append(LAT[at]);
      } else if (c >= 'a' && c <= 'z') {
        lat.append(c);
      }
    }
    String k = lat.toString().replace("zh", "j").replace("kh", "h").replace("yu", "u")
        .replace("ya", "a");
    StringBuilder out = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c == 'y') {
        boolean afterVowel = i > 0 && "aeiou".indexOf(k.charAt(i - 1)) >= 0;
        if (!afterVowel) {
          out.append('i');
        }
        continue;
      }
      out.append(c);
    }
    return stripCase(out.toString());
  }

  /** Drops Russian case endings of surnames: Путина, Путину, Путиным → putin. */
  private static String stripCase(String k) {
    for (String suf : new String[] {"imi", "ami", "ogo", "omu", "oi", "im", "om", "ui", "a", "u",
        "e", "i"}) {
      if (k.endsWith(suf) && k.length() - suf.length() >= 4) {
        String base = k.substring(0, k.length() - suf.length());
        if (base.endsWith("ov") || base.endsWith("ev") || base.endsWith("in")
            || base.endsWith("sk") || base.endsWith("kin")) {
          return base;
        }
      }
    }
    return k;
  }
}
