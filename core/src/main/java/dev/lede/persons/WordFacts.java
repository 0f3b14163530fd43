package dev.lede.persons;

import dev.lede.internal.Memo;
import dev.lede.persons.NameLexicon.GivenReading;
import dev.lede.persons.RussianMorphology.Reading;
import java.util.List;
import java.util.Locale;

/**
 * What the person finder asks of one word form, each answer worked out on the first question
 * and kept: the finder asks of a word several times (as a name, as the neighbour of the word
 * before it), a name recurs in its document and news texts repeat their vocabulary, while the
 * answers (lexicon lookups, the readings of a surname form) cost far more than keeping them.
 *
 * <p>Every answer depends on the form alone (and the one {@link NameLexicon}), never on the
 * document, so the facts are shared by all documents and threads through a bounded cache ({@link
 * #of}). What depends on the document (whether it also writes the word in lowercase) is kept by
 * the finder, not here.
 *
 * <p>Thread-safe and, seen from outside, immutable: each answer is a pure function of the form,
 * computed on demand and published the way {@link String#hashCode} publishes its hash. Two
 * threads may both compute an answer and both store it; they store equal, immutable values
 * (bytes, unmodifiable lists of records), and every accessor reads its field once, so no thread
 * sees a half-made answer.
 */
final class WordFacts {

  /**
   * How many forms the cache keeps before it starts over: far more than the vocabulary of a
   * news day, small in memory (a form, its lowercase and a few answers each).
   */
  static final int CAPACITY = 65_536;

  private static final Memo<WordFacts> CACHE = new Memo<>(WordFacts::new, CAPACITY);

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  /** stands for "no patronymic" once that is known, so one field says both things */
  private static final Object NONE = new Object();

  final String text;
  final String lower;

  private List<GivenReading> given;
  private List<Reading> readings;
  /** a {@link Reading}, {@link #NONE}, or null while unknown */
  private Object patronymic;
  private byte stop;
  private byte role;
  private byte nameWord;
  private byte shaped;
  private byte adjective;

  private WordFacts(String text) {
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT);
  }

  /**
   * The facts of a word form, from the cache shared by all documents. When the cache is full it
   * simply starts over ({@link Memo}): memory stays flat on any corpus, and the frequent words
   * come back at once.
   */
  static WordFacts of(String text) {
    return CACHE.apply(text);
  }

  /** The readings of the word as a given name; empty when it is none. */
  List<GivenReading> given() {
    List<GivenReading> g = given;
    if (g == null) {
      g = NameLexicon.INSTANCE.givenOfLower(lower);
      given = g;
    }
    return g;
  }

  boolean isStop() {
    byte s = stop;
    if (s == UNKNOWN) {
      s = NameLexicon.INSTANCE.isStopLower(lower) ? YES : NO;
      stop = s;
    }
    return s == YES;
  }

  boolean isRole() {
    byte r = role;
    if (r == UNKNOWN) {
      r = NameLexicon.INSTANCE.isRoleLower(lower) ? YES : NO;
      role = r;
    }
    return r == YES;
  }

  /**
   * A word of a capitalized token that may be part of a name: no abbreviation, function word,
   * role word or place, and letters of one script.
   */
  boolean nameWord() {
    byte n = nameWord;
    if (n == UNKNOWN) {
      n = !allCaps(text) && text.length() > 1 && !isStop() && !isRole()
          && mostlyOneScript(text) ? YES : NO;
      nameWord = n;
    }
    return n == YES;
  }

  /** {@link MentionFinder#surnameShaped(String)} of the word. */
  boolean surnameShaped() {
    byte s = shaped;
    if (s == UNKNOWN) {
      boolean cyrillic = lower.length() >= 4 && NameLexicon.isCyrillic(lower);
      s = MentionFinder.surnameShaped(lower, cyrillic ? surnameReadings() : List.of())
          ? YES : NO;
      shaped = s;
    }
    return s == YES;
  }

  /** {@link MentionFinder#adjectiveShaped(String)} of the word. */
  boolean adjectiveShaped() {
    byte a = adjective;
    if (a == UNKNOWN) {
      a = MentionFinder.adjectiveShaped(text) ? YES : NO;
      adjective = a;
    }
    return a == YES;
  }

  /** The nominative readings of the word as a Russian surname form; unmodifiable. */
  List<Reading> surnameReadings() {
    List<Reading> r = readings;
    if (r == null) {
      r = RussianMorphology.surname(text);
      readings = r;
    }
    return r;
  }

  /** The word's reading as a patronymic, or null. */
  Reading patronymic() {
    Object p = patronymic;
    if (p == null) {
      Reading r = MentionFinder.patronymicOf(text);
      p = r == null ? NONE : r;
      patronymic = p;
    }
    return p == NONE ? null : (Reading) p;
  }

  /** All letters uppercase, at least two (GRES, CSTO, МИД). */
  private static boolean allCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letters > 1;
  }

  private static boolean mostlyOneScript(String w) {
    boolean cyr = NameLexicon.isCyrillic(w);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && (c >= '\u0400' && c <= '\u04FF') != cyr) {
        return false;
      }
    }
    return true;
  }
}
