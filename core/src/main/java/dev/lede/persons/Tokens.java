package dev.lede.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a normalized block text into the tokens the person finder reads: words (letters with
 * inner hyphens and apostrophes), initials ({@code K.}, {@code Zh.}, {@code Ж.}) and single
 * punctuation marks. An English possessive {@code 's} is cut off its word. One linear pass.
 */
final class Tokens {

  enum Type { WORD, INITIAL, PUNCT }

  /**
   * A token of a block. Its text and lowercase form are cut from the block text only when first
   * asked: most tokens are lowercase words the finder never reads.
   */
  static final class Token {
    private final Type type;
    private final int begin;
    private final int end;
    private final String source;
    private final boolean sentenceStart;
    private final boolean capitalized;
    private final boolean cyrillic;
    private String text;
    private String lower;
    /** what the finder knows of this word, attached on its first question */
    WordFacts facts;

    Token(Type type, int begin, int end, String source, boolean sentenceStart) {
      this.type = type;
      this.begin = begin;
      this.end = end;
      this.source = source;
      this.sentenceStart = sentenceStart;
      this.capitalized = type != Type.PUNCT && Character.isUpperCase(source.charAt(begin));
      this.cyrillic = type == Type.WORD && anyCyrillic(source, begin, end);
    }

    Type type() {
      return type;
    }

    /** start in the normalized text */
    int begin() {
      return begin;
    }

    /** end in the normalized text (an initial's end includes its period) */
    int end() {
      return end;
    }

    /** whether it opens a sentence (block start, after . ! ? : « " —) */
    boolean sentenceStart() {
      return sentenceStart;
    }

    /** the word, the initial's letters, or the mark */
    String text() {
      if (text == null) {
        text = source.substring(begin, type == Type.INITIAL ? end - 1 : end);
      }
      return text;
    }

    /** The text in lowercase ({@link Locale#ROOT}). */
    String lower() {
      if (lower == null) {
        lower = text().toLowerCase(Locale.ROOT);
      }
      return lower;
    }

    /** Length of the text. */
    int length() {
      return (type == Type.INITIAL ? end - 1 : end) - begin;
    }

    boolean isWord() {
      return type == Type.WORD;
    }

    boolean capitalized() {
      return capitalized;
    }

    boolean cyrillicWord() {
      return cyrillic;
    }

    /** All letters uppercase (abbreviations such as GRES, CSTO, МИД). */
    boolean allCaps() {
      int letters = 0;
      int stop = type == Type.INITIAL ? end - 1 : end;
      for (int i = begin; i < stop; i++) {
        char c = source.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (!Character.isUpperCase(c)) {
            return false;
          }
        }
      }
      return letters > 1;
    }
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "sen", "rep", "г", "гг", "им",
          "ул", "т", "д", "проф", "акад", "ген", "св");

  /** The longest abbreviation above: a longer word needs no lookup. */
  private static final int MAX_ABBREVIATION = 4;

  private Tokens() {}

  static List<Token> of(String s) {
    List<Token> out = new ArrayList<>(s.length() / 5 + 4);
    int n = s.length();
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (isLetter(c)) {
        int start = i;
        while (i < n) {
          char d = s.charAt(i);
          if (isLetter(d) || d >= '\u0300' && Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '-' || d == '\'') && i + 1 < n && isLetter(s.charAt(i + 1))
              && !(d == '\'' && isPossessive(s, i))) {
            i++;
          } else {
            break;
          }
        }
        if (i < n && s.charAt(i) == '.' && isInitial(s, start, i)) {
          out.add(new Token(Type.INITIAL, start, i + 1, s, sentenceStart));
          i++;
          // an initial's period does not end the sentence
          sentenceStart = false;
          continue;
        }
        Token word = new Token(Type.WORD, start, i, s, sentenceStart);
        out.add(word);
        sentenceStart = false;
        if (i < n && s.charAt(i) == '.' && i - start <= MAX_ABBREVIATION
            && ABBREVIATIONS.contains(word.lower())) {
          // the period of Mr. or г. does not end the sentence
          i++;
          continue;
        }
        if (i < n && s.charAt(i) == '\'' && isPossessive(s, i)) {
          i += 2;
        }
        continue;
      }
      if (Character.isDigit(c)) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)))) {
          i++;
        }
        out.add(new Token(Type.PUNCT, start, i, s, sentenceStart));
        sentenceStart = false;
        continue;
      }
      out.add(new Token(Type.PUNCT, i, i + 1, s, sentenceStart));
      sentenceStart = ".!?:;\"«»—".indexOf(c) >= 0 || (sentenceStart && c != ',');
      i++;
    }
    return out;
  }

  /** {@link Character#isLetter(char)}, answered at once for ASCII and basic Cyrillic. */
  static boolean isLetter(char c) {
    if (c < 0x80) {
      char f = (char) (c | 0x20);
      return f >= 'a' && f <= 'z';
    }
    if (c >= '\u0410' && c <= '\u044F') {
      return true;
    }
    return Character.isLetter(c);
  }

  private static boolean anyCyrillic(String s, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '\u0400' && c <= '\u04FF') {
        return true;
      }
    }
    return false;
  }

  /** {@code 's} followed by a non-letter. */
  private static boolean isPossessive(String s, int apostrophe) {
    return apostrophe + 1 < s.length() && s.charAt(apostrophe + 1) == 's'
        && (apostrophe + 2 >= s.length() || !Character.isLetter(s.charAt(apostrophe + 2)));
  }

  /** One capital, or a capital and one or two lowercase letters of a digraph (Zh, Dzh, Ch, Sh). */
  private static boolean isInitial(String s, int begin, int end) {
    if (begin == end || !Character.isUpperCase(s.charAt(begin))) {
      return false;
    }
    int len = end - begin;
    if (len == 1) {
      return true;
    }
    return len == 2 && s.charAt(begin + 1) == 'h'
        || len == 3 && s.charAt(begin + 1) == 'z' && s.charAt(begin + 2) == 'h';
  }
}
