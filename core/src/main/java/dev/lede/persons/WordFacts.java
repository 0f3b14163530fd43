package dev.lede.persons;

import dev.lede.persons.NameLexicon.GivenReading;
import dev.lede.persons.RussianMorphology.Reading;
import java.util.List;

/**
 * What the person finder asks of one word form of a document, each answer worked out on the
 * first question and kept: the finder asks of a word several times (as a name, as the neighbour
 * of the word before it) and a name recurs in its document, while the answers (lexicon lookups,
 * the readings of a surname form) cost far more than keeping them. One per distinct form per
 * document; not thread-safe.
 */
final class WordFacts {

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  final String text;
  final String lower;
  /** set once the document has been scanned: it also writes this word in lowercase */
  boolean writtenLowercase;

  private final NameLexicon lex;
  private List<GivenReading> given;
  private List<Reading> readings;
  private Reading patronymic;
  private boolean patronymicKnown;
  private byte stop;
  private byte role;
  private byte nameWord;
  private byte shaped;
  private byte adjective;

  WordFacts(NameLexicon lex, String text, String lower) {
    this.lex = lex;
    this.text = text;
    this.lower = lower;
  }

  /** The readings of the word as a given name; empty when it is none. */
  List<GivenReading> given() {
    if (given == null) {
      given = lex.givenOfLower(lower);
    }
    return given;
  }

  boolean isStop() {
    if (stop == UNKNOWN) {
      stop = lex.isStopLower(lower) ? YES : NO;
    }
    return stop == YES;
  }

  boolean isRole() {
    if (role == UNKNOWN) {
      role = lex.isRoleLower(lower) ? YES : NO;
    }
    return role == YES;
  }

  /**
   * A word of a capitalized token that may be part of a name: no abbreviation, function word,
   * role word or place, and letters of one script.
   */
  boolean nameWord() {
    if (nameWord == UNKNOWN) {
      nameWord = !allCaps(text) && text.length() > 1 && !isStop() && !isRole()
          && mostlyOneScript(text) ? YES : NO;
    }
    return nameWord == YES;
  }

  /** {@link MentionFinder#surnameShaped(String)} of the word. */
  boolean surnameShaped() {
    if (shaped == UNKNOWN) {
      boolean cyrillic = lower.length() >= 4 && NameLexicon.isCyrillic(lower);
      shaped = MentionFinder.surnameShaped(lower, cyrillic ? surnameReadings() : List.of())
          ? YES : NO;
    }
    return shaped == YES;
  }

  /** {@link MentionFinder#adjectiveShaped(String)} of the word. */
  boolean adjectiveShaped() {
    if (adjective == UNKNOWN) {
      adjective = MentionFinder.adjectiveShaped(text) ? YES : NO;
    }
    return adjective == YES;
  }

  /** The nominative readings of the word as a Russian surname form; unmodifiable. */
  List<Reading> surnameReadings() {
    if (readings == null) {
      readings = RussianMorphology.surname(text);
    }
    return readings;
  }

  /** The word's reading as a patronymic, or null. */
  Reading patronymic() {
    if (!patronymicKnown) {
      patronymic = MentionFinder.patronymicOf(text);
      patronymicKnown = true;
    }
    return patronymic;
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
