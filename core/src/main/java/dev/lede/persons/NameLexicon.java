package dev.lede.persons;

import dev.lede.LedeException;
import dev.lede.text.Transliteration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small word lists persons are found with: common given names (Russian, Kazakh and the
 * foreign names frequent in the news) with their gender and case forms, the head words of role
 * phrases, and capitalized words that are not persons. Loaded once from resources; immutable.
 */
final class NameLexicon {

  /** A given name: Cyrillic nominative, preferred Latin spelling, gender. */
  record Given(String cyrillic, String latin, Gender gender) {}

  /** A reading of a given-name form: the name and the cases the form can be in. */
  record GivenReading(Given name, int cases) {}

  static final NameLexicon INSTANCE = new NameLexicon();

  private final Map<String, List<GivenReading>> cyrillicForms = new HashMap<>();
  private final Map<String, Given> latinForms = new HashMap<>();
  private final Set<String> roleForms = new HashSet<>();
  /** the cases each Cyrillic role form can be in (премьер-министра: genitive or accusative) */
  private final Map<String, Integer> roleCases = new HashMap<>();
  private final Set<String> stopForms = new HashSet<>();

  private NameLexicon() {
    for (String line : lines("given-names.txt")) {
      String[] parts = line.split(" ");
      String cyr = parts[0];
      Gender g = parts[1].equals("f") ? Gender.FEMALE : Gender.MALE;
      String[] variants = parts.length > 2 ? parts[2].split(",") : new String[0];
      String latin = variants.length > 0 ? variants[0] : Transliteration.toLatin(cyr);
      Given given = new Given(cyr, latin, g);
      String lower = cyr.toLowerCase(Locale.ROOT);
      for (RussianMorphology.Form f : hyphenatedForms(lower, g)) {
        addCyrillic(f.form(), new GivenReading(given, f.cases()));
        if (f.form().contains("ё")) {
          addCyrillic(f.form().replace('ё', 'е'), new GivenReading(given, f.cases()));
        }
      }
      latinForms.putIfAbsent(PersonKey.fold(Transliteration.toLatin(cyr)), given);
      for (String v : variants) {
        latinForms.putIfAbsent(PersonKey.fold(v), given);
      }
    }
    for (String w : lines("role-words.txt")) {
      roleForms.add(w);
      if (isCyrillic(w)) {
        for (RussianMorphology.Form f : RussianMorphology.nounForms(w, Gender.MALE)) {
          roleForms.add(f.form());
          roleCases.merge(f.form(), f.cases(), (a, b) -> a | b);
        }
        if (w.endsWith("ол") || w.endsWith("ец") || w.endsWith("ок")) {
          // a fleeting vowel: посол → посла, послу; боец → бойца is left to the list
          String stem = w.substring(0, w.length() - 2) + w.charAt(w.length() - 1);
          for (RussianMorphology.Form f : RussianMorphology.nounForms(stem, Gender.MALE)) {
            if ((f.cases() & RussianMorphology.NOM) == 0) {
              roleForms.add(f.form());
              roleCases.merge(f.form(), f.cases(), (x, y) -> x | y);
            }
          }
        }
        // plural of the common -ь/-р heads (президенты, министры) and genitive plural
        roleForms.add(w + "ы");
        roleForms.add(w + "ов");
      } else {
        roleForms.add(w + "s");
      }
    }
    for (String w : lines("not-names.txt")) {
      stopForms.add(w);
      if (isCyrillic(w)) {
        Gender g = w.endsWith("ь") && !w.equals("кремль") ? Gender.FEMALE
            : w.endsWith("о") || w.endsWith("е") ? Gender.UNKNOWN : Gender.MALE;
        for (RussianMorphology.Form f : RussianMorphology.nounForms(w, g)) {
          stopForms.add(f.form());
        }
        if (w.endsWith("ё")) {
          stopForms.add(w.replace('ё', 'е'));
        }
        if (w.endsWith("ы") || w.endsWith("и")) {
          // plural names of places (Нидерланды, Курилы, Афины)
          String stem = w.substring(0, w.length() - 1);
          for (String e : new String[] {"", "ов", "ам", "ами", "ах"}) {
            stopForms.add(stem + e);
          }
        }
      }
    }
  }

  /** Case forms of a possibly hyphenated given name: only its last part declines. */
  private static List<RussianMorphology.Form> hyphenatedForms(String lower, Gender g) {
    int hy = lower.lastIndexOf('-');
    if (hy < 0) {
      return RussianMorphology.nounForms(lower, g);
    }
    String head = lower.substring(0, hy + 1);
    List<RussianMorphology.Form> out = new ArrayList<>();
    for (RussianMorphology.Form f : RussianMorphology.nounForms(lower.substring(hy + 1), g)) {
      out.add(new RussianMorphology.Form(head + f.form(), f.cases()));
    }
    return out;
  }

  private void addCyrillic(String form, GivenReading r) {
    cyrillicForms.computeIfAbsent(form, k -> new ArrayList<>()).add(r);
  }

  /** The readings of a word as a given name (any script); empty when it is none. */
  List<GivenReading> given(String word) {
    return givenOfLower(word.toLowerCase(Locale.ROOT));
  }

  /** {@link #given(String)} of a word already in lowercase ({@link Locale#ROOT}). */
  List<GivenReading> givenOfLower(String lower) {
    if (isCyrillic(lower)) {
      List<GivenReading> r = cyrillicForms.get(lower.replace('ё', 'е'));
      if (r == null) {
        r = cyrillicForms.get(lower);
      }
      return r == null ? List.of() : r;
    }
    Given g = latinForms.get(PersonKey.fold(lower));
    return g == null ? List.of() : List.of(new GivenReading(g, RussianMorphology.NOM));
  }

  /** The given name a name part stands for, if it is one (any script, any case). */
  Given givenName(String word) {
    List<GivenReading> r = given(word);
    return r.isEmpty() ? null : r.get(0).name();
  }

  /**
   * Whether a patronymic lemma ({@code владимирович}) is built on a given name of the lexicon;
   * a word like {@code Янукович} has the shape but is a surname.
   */
  boolean isKnownPatronymic(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    String base = null;
    for (String s : new String[] {"ович", "евич", "овна", "евна", "ична", "инична", "ич"}) {
      if (l.endsWith(s)) {
        base = l.substring(0, l.length() - s.length());
        break;
      }
    }
    if (base == null || base.isEmpty()) {
      return l.endsWith("улы") || l.endsWith("кызы") || l.endsWith("оглы");
    }
    String soft = base.endsWith("ь") ? base.substring(0, base.length() - 1) : base;
    for (String cand : new String[] {base, base + "й", soft + "ий", soft + "ь", base + "а",
        soft + "я", base + "ий"}) {
      if (cyrillicForms.containsKey(cand)) {
        return true;
      }
    }
    return false;
  }

  /** The given name whose nominative {@code word} is (any script), or null. */
  Given givenNominative(String word) {
    for (GivenReading r : given(word)) {
      if ((r.cases() & RussianMorphology.NOM) != 0) {
        return r.name();
      }
    }
    return null;
  }

  boolean isRole(String word) {
    return isRoleLower(word.toLowerCase(Locale.ROOT));
  }

  /** {@link #isRole(String)} of a word already in lowercase ({@link Locale#ROOT}). */
  boolean isRoleLower(String lower) {
    if (lower.indexOf('ё') < 0) {
      return roleForms.contains(lower);
    }
    return roleForms.contains(lower.replace('ё', 'е')) || roleForms.contains(lower);
  }

  /**
   * The cases a Cyrillic role word can be in ({@code президенту}: dative); {@link
   * RussianMorphology#ALL} when it tells nothing (plurals, Latin words, unknown words).
   */
  int roleCases(String word) {
    Integer c = roleCases.get(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    return c == null ? RussianMorphology.ALL : c;
  }

  boolean isStop(String word) {
    return isStopLower(word.toLowerCase(Locale.ROOT));
  }

  /** {@link #isStop(String)} of a word already in lowercase ({@link Locale#ROOT}). */
  boolean isStopLower(String lower) {
    return stopForms.contains(lower)
        || lower.indexOf('ё') >= 0 && stopForms.contains(lower.replace('ё', 'е'));
  }

  static boolean isCyrillic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0400' && c <= '\u04FF') {
        return true;
      }
    }
    return false;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new LedeException(resource, "lexicon resource is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new LedeException(resource, "cannot read lexicon: " + e.getMessage(), e);
    }
    return out;
  }
}
