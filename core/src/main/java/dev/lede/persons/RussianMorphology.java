package dev.lede.persons;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based Russian morphology for personal names: generates the case forms of given names,
 * patronymics and common nouns, and reads a surname form back to its nominative candidates.
 *
 * <p>Rules rather than a dictionary because surnames are an open class (a dictionary misses most
 * of them, foreign ones above all), while their declension is regular: the {@code -ов/-ев/-ин}
 * type, the adjectival {@code -ский/-цкий/-ой} type, the consonant type ({@code Трамп}), the
 * {@code -а/-я} type ({@code Обама}) and the indeclinable ones ({@code -енко}, {@code -ых},
 * {@code -дзе}, female consonant-final). The choice between readings is made by the caller
 * from the case of the given name, the verb's agreement and the other mentions in the document.
 */
final class RussianMorphology {

  static final int NOM = 1;
  static final int GEN = 2;
  static final int DAT = 4;
  static final int ACC = 8;
  static final int INS = 16;
  static final int PREP = 32;
  static final int ALL = 63;
  static final int OBLIQUE = ALL & ~NOM;

  /** How a surname declines; lower values are the likelier readings. */
  enum Paradigm { OV, ADJ, CONS, A, INDECL }

  /** One reading of a form: its nominative, gender and the cases it can be in. */
  record Reading(String lemma, Gender gender, int cases, Paradigm paradigm) {}

  /** A generated case form of a lemma. */
  record Form(String form, int cases) {}

  private RussianMorphology() {}

  static boolean isVowel(char c) {
    return "аеёиоуыэюя".indexOf(c) >= 0;
  }

  static boolean isHushing(char c) {
    return "жшчщцкгх".indexOf(c) >= 0;
  }

  /** The case forms of a noun-like name (given names, patronymics, nouns) of a gender. */
  static List<Form> nounForms(String lemma, Gender gender) {
    List<Form> out = new ArrayList<>();
    out.add(new Form(lemma, NOM));
    int n = lemma.length();
    if (n < 2) {
      return out;
    }
    char last = lemma.charAt(n - 1);
    char prev = lemma.charAt(n - 2);
    String stem = lemma.substring(0, n - 1);
    if (last == 'а' || last == 'я') {
      boolean soft = last == 'я';
      if (lemma.endsWith("ия")) {
        out.add(new Form(stem + "и", GEN | DAT | PREP));
      } else {
        out.add(new Form(stem + (soft || isHushing(prev) ? "и" : "ы"), GEN));
        out.add(new Form(stem + "е", DAT | PREP));
      }
      out.add(new Form(stem + (soft ? "ю" : "у"), ACC));
      out.add(new Form(stem + (soft || "жшчщц".indexOf(prev) >= 0 ? "ей" : "ой"), INS));
      out.add(new Form(stem + (soft || "жшчщц".indexOf(prev) >= 0 ? "ею" : "ою"), INS));
    } else if (last == 'й') {
      out.add(new Form(stem + "я", GEN | ACC));
      out.add(new Form(stem + "ю", DAT));
      out.add(new Form(stem + "ем", INS));
      out.add(new Form(stem + (prev == 'и' ? "и" : "е"), PREP));
    } else if (last == 'ь') {
      if (gender == Gender.FEMALE) {
        out.add(new Form(stem + "и", GEN | DAT | PREP));
        out.add(new Form(stem + "ью", INS));
        out.add(new Form(lemma, ACC));
      } else {
        out.add(new Form(stem + "я", GEN | ACC));
        out.add(new Form(stem + "ю", DAT));
        out.add(new Form(stem + "ем", INS));
        out.add(new Form(stem + "е", PREP));
      }
    } else if ((last == 'о' || last == 'е') && gender == Gender.UNKNOWN) {
      // neuter nouns (Подмосковье, правительство); names ending so are indeclinable
      boolean soft = last == 'е';
      out.add(new Form(stem + (soft ? "я" : "а"), GEN));
      out.add(new Form(stem + (soft ? "ю" : "у"), DAT));
      out.add(new Form(stem + (soft ? "ем" : "ом"), INS));
      out.add(new Form(stem + (prev == 'и' ? "и" : "е"), PREP));
    } else if (!isVowel(last) && gender != Gender.FEMALE) {
      out.add(new Form(lemma + "а", GEN | ACC));
      out.add(new Form(lemma + "у", DAT));
      out.add(new Form(lemma + ("жшчщц".indexOf(last) >= 0 ? "ем" : "ом"), INS));
      out.add(new Form(lemma + "е", PREP));
    } else {
      return List.of(new Form(lemma, ALL));
    }
    return out;
  }

  /** The case forms of a patronymic ({@code Владимирович}, {@code Ивановна}). */
  static List<Form> patronymicForms(String lemma) {
    Gender g = lemma.endsWith("на") ? Gender.FEMALE : Gender.MALE;
    return nounForms(lemma, g);
  }

  /** Whether a lowercase Cyrillic word is a patronymic in some case; returns its reading. */
  static Reading patronymic(String lower) {
    String[] male = {"ович", "евич", "ич"};
    String[] maleEnd = {"", "а", "у", "ем", "е"};
    int[] maleCases = {NOM, GEN | ACC, DAT, INS, PREP};
    for (int k = 0; k < maleEnd.length; k++) {
      String e = maleEnd[k];
      if (!lower.endsWith(e)) {
        continue;
      }
      String base = lower.substring(0, lower.length() - e.length());
      for (String m : male) {
        if (base.endsWith(m) && base.length() >= m.length() + 3
            && (!m.equals("ич") || base.endsWith("льич") || base.endsWith("ьич")
                || base.endsWith("кич") || base.endsWith("мич") || base.endsWith("лич"))) {
          return new Reading(base, Gender.MALE, maleCases[k], Paradigm.CONS);
        }
      }
    }
    String[] femEnd = {"а", "ы", "е", "у", "ой"};
    int[] femCases = {NOM, GEN, DAT | PREP, ACC, INS};
    for (int k = 0; k < femEnd.length; k++) {
      String e = femEnd[k];
      if (!lower.endsWith(e)) {
        continue;
      }
      String base = lower.substring(0, lower.length() - e.length());
      if ((base.endsWith("овн") || base.endsWith("евн") || base.endsWith("ичн"))
          && base.length() >= 6) {
        return new Reading(base + "а", Gender.FEMALE, femCases[k], Paradigm.A);
      }
    }
    if (lower.endsWith("улы") || lower.endsWith("ұлы") || lower.endsWith("оглы")) {
      return new Reading(lower, Gender.MALE, ALL, Paradigm.INDECL);
    }
    if (lower.endsWith("кызы") || lower.endsWith("қызы")) {
      return new Reading(lower, Gender.FEMALE, ALL, Paradigm.INDECL);
    }
    return null;
  }

  private static final String[] OV = {"ов", "ев", "ёв", "ин", "ын"};

  /**
   * The nominative readings of a capitalized Cyrillic surname form, likeliest first. Lemmas keep
   * the capitalization of the input.
   */
  static List<Reading> surname(String form) {
    int hy = form.lastIndexOf('-');
    if (hy > 0 && hy < form.length() - 2) {
      return List.copyOf(hyphenated(form.substring(0, hy), form.substring(hy + 1)));
    }
    // unmodifiable: the readings of a word form are shared by its mentions
    return List.copyOf(simple(form));
  }

  /** Римского-Корсакова, Немировича-Данченко: both parts agree in case and gender. */
  private static List<Reading> hyphenated(String head, String tail) {
    List<Reading> out = new ArrayList<>();
    List<Reading> heads = simple(head);
    for (Reading t : simple(tail)) {
      Reading match = null;
      for (Reading h : heads) {
        if ((h.gender() == t.gender() || h.gender() == Gender.UNKNOWN
            || t.gender() == Gender.UNKNOWN) && (h.cases() & t.cases()) != 0) {
          match = h;
          break;
        }
      }
      String lemma = (match == null ? head : match.lemma()) + "-" + t.lemma();
      int cases = match == null ? t.cases() : match.cases() & t.cases();
      Gender g = t.gender() != Gender.UNKNOWN || match == null ? t.gender() : match.gender();
      Paradigm p = match != null && match.paradigm().ordinal() < t.paradigm().ordinal()
          ? match.paradigm() : t.paradigm();
      out.add(new Reading(lemma, g, cases, p));
    }
    return out;
  }

  private static List<Reading> simple(String form) {
    // a list that skips duplicates: a handful of readings, fewer compares than hashes
    List<Reading> out = new ArrayList<>(8);
    String w = form;
    String l = w.toLowerCase(java.util.Locale.ROOT);
    int n = l.length();
    // -ов/-ев/-ин type
    for (String s : OV) {
      if (l.endsWith(s) && n > s.length() + 1) {
        add(out, new Reading(w, Gender.MALE, NOM, Paradigm.OV));
      }
      if (n <= s.length() + 2) {
        continue;
      }
      if (endsWith(l, s, "а")) {
        add(out, new Reading(cut(w, 1), Gender.MALE, GEN | ACC, Paradigm.OV));
        add(out, new Reading(w, Gender.FEMALE, NOM, Paradigm.OV));
      } else if (endsWith(l, s, "у")) {
        add(out, new Reading(cut(w, 1), Gender.MALE, DAT, Paradigm.OV));
        add(out, new Reading(cut(w, 1) + "а", Gender.FEMALE, ACC, Paradigm.OV));
      } else if (endsWith(l, s, "ым")) {
        add(out, new Reading(cut(w, 2), Gender.MALE, INS, Paradigm.OV));
      } else if (endsWith(l, s, "е")) {
        add(out, new Reading(cut(w, 1), Gender.MALE, PREP, Paradigm.OV));
      } else if (endsWith(l, s, "ой")) {
        add(out, new Reading(cut(w, 2) + "а", Gender.FEMALE, GEN | DAT | INS | PREP, Paradigm.OV));
      } else if (endsWith(l, s, "ых") || endsWith(l, s, "ы")) {
        add(out, new Reading(cut(w, l.endsWith("ых") ? 2 : 1), Gender.UNKNOWN, ALL, Paradigm.OV));
      }
    }
    // adjectival type
    if (n >= 5) {
      if (l.endsWith("ий") || l.endsWith("ый") || l.endsWith("ой")) {
        add(out, new Reading(w, Gender.MALE, NOM, Paradigm.ADJ));
      }
      if (l.endsWith("ая")) {
        add(out, new Reading(w, Gender.FEMALE, NOM, Paradigm.ADJ));
      }
      String mStem = null;
      int mCases = 0;
      if (l.endsWith("ого") || l.endsWith("его")) {
        mStem = cut(w, 3);
        mCases = GEN | ACC;
      } else if (l.endsWith("ому") || l.endsWith("ему")) {
        mStem = cut(w, 3);
        mCases = DAT;
      } else if (l.endsWith("им") || l.endsWith("ым")) {
        mStem = cut(w, 2);
        mCases = INS;
      } else if (l.endsWith("ом") && isHushingStem(l, 2)) {
        mStem = cut(w, 2);
        mCases = PREP;
      }
      if (mStem != null) {
        add(out, new Reading(adjectiveMale(mStem), Gender.MALE, mCases, Paradigm.ADJ));
      }
      if (l.endsWith("ой") || l.endsWith("ей")) {
        if (isHushingStem(l, 2)) {
          add(out, new Reading(cut(w, 2) + "ая", Gender.FEMALE, GEN | DAT | INS | PREP,
              Paradigm.ADJ));
        }
      } else if (l.endsWith("ую")) {
        add(out, new Reading(cut(w, 2) + "ая", Gender.FEMALE, ACC, Paradigm.ADJ));
      }
    }
    // indeclinable
    if (l.endsWith("енко") || l.endsWith("ко") || l.endsWith("ых") || l.endsWith("их")
        || l.endsWith("дзе") || l.endsWith("швили") || l.endsWith("улы") || l.endsWith("кызы")
        || l.endsWith("о") || l.endsWith("и") || l.endsWith("у") || l.endsWith("ю")
        || l.endsWith("э") || l.endsWith("е")) {
      add(out, new Reading(w, Gender.UNKNOWN, ALL, Paradigm.INDECL));
    }
    char last = l.charAt(n - 1);
    boolean indeclinable = l.endsWith("енко") || l.endsWith("дзе") || l.endsWith("швили")
        || l.endsWith("ых") || l.endsWith("их") || l.endsWith("улы") || l.endsWith("кызы");
    if (indeclinable) {
      List<Reading> list = out;
      list.sort((a, b) -> Integer.compare(b.paradigm() == Paradigm.INDECL ? 1 : 0,
          a.paradigm() == Paradigm.INDECL ? 1 : 0));
      return list;
    }
    if (n >= 3 && !isVowel(last) && last != 'й' && last != 'ь') {
      add(out, new Reading(w, Gender.MALE, NOM, Paradigm.CONS));
      add(out, new Reading(w, Gender.FEMALE, ALL, Paradigm.CONS));
    }
    if (n >= 3) {
      char prev = l.charAt(n - 2);
      if (!isVowel(prev) && prev != 'й' && prev != 'ь' && !endsWithOv(l, 1)) {
        String stem = cut(w, 1);
        if (last == 'а') {
          add(out, new Reading(stem, Gender.MALE, GEN | ACC, Paradigm.CONS));
        } else if (last == 'у') {
          add(out, new Reading(stem, Gender.MALE, DAT, Paradigm.CONS));
        } else if (last == 'е') {
          add(out, new Reading(stem, Gender.MALE, PREP, Paradigm.CONS));
        }
      }
      if ((l.endsWith("ом") || l.endsWith("ем")) && !isVowel(l.charAt(n - 3))
          && !endsWithOv(l, 2)) {
        add(out, new Reading(cut(w, 2), Gender.MALE, INS, Paradigm.CONS));
      }
      if (last == 'я' || last == 'ю' || l.endsWith("ем") || last == 'е') {
        int cutN = l.endsWith("ем") ? 2 : 1;
        String stem = cut(w, cutN);
        char sl = stem.isEmpty() ? ' ' : Character.toLowerCase(stem.charAt(stem.length() - 1));
        if (isVowel(sl)) {
          add(out, new Reading(stem + "й", Gender.MALE, last == 'я' ? GEN | ACC
              : last == 'ю' ? DAT : cutN == 2 ? INS : PREP, Paradigm.CONS));
        } else if (last != 'я' || !stem.toLowerCase(java.util.Locale.ROOT).endsWith("и")) {
          add(out, new Reading(stem + "ь", Gender.MALE, last == 'я' ? GEN | ACC
              : last == 'ю' ? DAT : cutN == 2 ? INS : PREP, Paradigm.CONS));
        }
      }
    }
    // -а/-я type (Обама, Окуджава, Берия)
    if (n >= 3) {
      if (last == 'а' || last == 'я') {
        add(out, new Reading(w, Gender.UNKNOWN, NOM, Paradigm.A));
      }
      if (n >= 4) {
        String stem2 = cut(w, 2);
        String stem1 = cut(w, 1);
        char prev = l.charAt(n - 2);
        if (last == 'ы' || (last == 'и' && isHushing(prev))) {
          add(out, new Reading(stem1 + "а", Gender.UNKNOWN, GEN, Paradigm.A));
        } else if (l.endsWith("ии")) {
          add(out, new Reading(stem1 + "я", Gender.UNKNOWN, GEN | DAT | PREP, Paradigm.A));
        } else if (last == 'е' && !isVowel(prev)) {
          add(out, new Reading(stem1 + "а", Gender.UNKNOWN, DAT | PREP, Paradigm.A));
        } else if (last == 'у' && !isVowel(prev)) {
          add(out, new Reading(stem1 + "а", Gender.UNKNOWN, ACC, Paradigm.A));
        } else if (l.endsWith("ой") && !isVowel(l.charAt(n - 3))) {
          add(out, new Reading(stem2 + "а", Gender.UNKNOWN, INS, Paradigm.A));
        }
      }
    }
    List<Reading> list = out;
    // a form in -у/-ю of no -ов type is more often an indeclinable nominative (Шойгу,
    // Нетаньяху) than a dative or accusative
    boolean u = last == 'у' || last == 'ю';
    list.sort((a, b) -> Integer.compare(rank(a, u), rank(b, u)));
    return list;
  }

  /** Whether {@code l} ends with {@code stem + tail}, without building that string. */
  private static boolean endsWith(String l, String stem, String tail) {
    int at = l.length() - tail.length() - stem.length();
    return at >= 0 && l.startsWith(stem, at) && l.endsWith(tail);
  }

  /** Adds a reading unless an equal one is there already (the first keeps its place). */
  private static void add(List<Reading> out, Reading r) {
    if (!out.contains(r)) {
      out.add(r);
    }
  }

  private static int rank(Reading r, boolean u) {
    if (u && r.paradigm() == Paradigm.INDECL) {
      return Paradigm.ADJ.ordinal();
    }
    return r.paradigm().ordinal();
  }

  /** Whether the lowercase word ends with an -ов/-ин suffix followed by {@code extra} letters. */
  private static boolean endsWithOv(String l, int extra) {
    String base = l.substring(0, l.length() - extra);
    for (String s : OV) {
      if (base.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** Adjectival stems that take -ой/-ом for other than a female ending: -ск-, -цк-, hushing. */
  private static boolean isHushingStem(String l, int ending) {
    String stem = l.substring(0, l.length() - ending);
    return stem.endsWith("ск") || stem.endsWith("цк") || (!stem.isEmpty()
        && "кгхжшчщн".indexOf(stem.charAt(stem.length() - 1)) >= 0);
  }

  /** The male nominative of an adjectival stem: -ий after к г х ж ш ч щ and soft н, else -ый. */
  private static String adjectiveMale(String stem) {
    char c = Character.toLowerCase(stem.charAt(stem.length() - 1));
    return stem + ("кгхжшчщ".indexOf(c) >= 0 ? "ий" : "ый");
  }

  private static String cut(String w, int n) {
    return w.substring(0, w.length() - n);
  }

  /** The female nominative of a male surname lemma, where the type has one. */
  static String feminine(String male) {
    String l = male.toLowerCase(java.util.Locale.ROOT);
    for (String s : OV) {
      if (l.endsWith(s)) {
        return male + "а";
      }
    }
    if (l.endsWith("ский") || l.endsWith("цкий")) {
      return male.substring(0, male.length() - 2) + "ая";
    }
    return male;
  }
}
