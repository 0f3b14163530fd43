package dev.lede.persons;

import com.ibm.icu.text.Normalizer2;
import dev.lede.internal.Memo;
import dev.lede.text.Transliteration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cross-script identity key of a person: {@code surname given}, both folded so that script,
 * romanization and case do not matter ({@code Kassym-Jomart Tokayev}, {@code Kassym-Zhomart
 * Tokayev} and {@code Касым-Жомарт Токаев} all give {@code tokaev kasim-jomart}). A name known
 * only by initials keys as {@code surname k}; a surname alone as {@code surname}.
 *
 * <p>Folding: to Latin (press transliteration), lowercase, accents dropped, then
 * {@code dzh zh j → j}, {@code kh → h}, {@code ts tz → c}, {@code x → ks}, {@code w → v},
 * {@code q → k}, {@code ph → f}, {@code ye yo → e}, {@code y → i}, {@code ii → i},
 * {@code ia → a}, {@code ie → e}, {@code iu → u}, doubled letters once. Patronymics are not part of the key
 * (most mentions lack them); given names go through the name lexicon first, so
 * {@code Alexander} and {@code Aleksandr} agree.
 */
public final class PersonKey {

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private PersonKey() {}

  /**
   * The key of a full name written in the usual order (given names, patronymic, surname) or as
   * initials and surname ({@code K.K.Tokayev}, {@code К.-Ж. Токаев}).
   */
  public static String of(String name) {
    List<String> words = new ArrayList<>();
    List<String> initials = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      if (Character.isLetter(c) || (c == '-' && cur.length() > 0) || c == '\'') {
        cur.append(c);
      } else {
        if (cur.length() > 0) {
          String w = cur.toString();
          if (c == '.') {
            initials.add(w);
          } else {
            words.add(w);
          }
        }
        cur.setLength(0);
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    String surname = words.get(words.size() - 1);
    if (words.size() > 1) {
      return of(surname, words.get(0), null);
    }
    return of(surname, null, initials.isEmpty() ? null : initials.get(0));
  }

  /** The key from its parts; {@code given} and {@code initial} may be null. */
  static String of(String surname, String given, String initial) {
    String s = fold(surname);
    if (given != null && !given.isBlank()) {
      NameLexicon.Given g = NameLexicon.INSTANCE.givenNominative(given);
      if (g == null) {
        // Look the name up by its romanization too, so that a Cyrillic name missing from the
        // lexicon keys like its Latin spelling does (Марий and Mary must not differ by script).
        g = NameLexicon.INSTANCE.givenNominative(Transliteration.toLatin(given));
      }
      String gf = g != null ? fold(g.cyrillic()) : fold(given);
      return s + " " + gf;
    }
    if (initial != null && !initial.isBlank()) {
      String f = fold(initial.replace("-", ""));
      return f.isEmpty() ? s : s + " " + f.charAt(0);
    }
    return s;
  }

  /** The first letter of the folded given name or initial in a key, or 0 when it has none. */
  static char initialOf(String key) {
    int sp = key.indexOf(' ');
    return sp < 0 || sp + 1 >= key.length() ? 0 : key.charAt(sp + 1);
  }

  /** The surname part of a key. */
  static String surnameOf(String key) {
    int sp = key.indexOf(' ');
    return sp < 0 ? key : key.substring(0, sp);
  }

  /** fold runs for every name word several times per document (votes, clustering, keys). */
  private static final Memo<String> FOLDED = new Memo<>(PersonKey::computeFold, 50_000);

  /** Folds one name part; see the class comment. */
  public static String fold(String word) {
    return FOLDED.apply(word);
  }

  private static String computeFold(String word) {
    String s = Transliteration.toLatin(word.replace('ё', 'е').replace('Ё', 'Е'));
    s = NFD.normalize(s.toLowerCase(Locale.ROOT));
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || c == '-') {
        b.append(c);
      }
    }
    String t = b.toString();
    t = t.replace("dzh", "j").replace("zh", "j").replace("dj", "j").replace("kh", "h")
        .replace("tz", "c").replace("ts", "c").replace("x", "ks").replace("w", "v")
        .replace("q", "k").replace("ph", "f").replace("ye", "e").replace("yo", "e")
        .replace('y', 'i').replace("ii", "i").replace("ia", "a").replace("ie", "e")
        .replace("iu", "u");
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
