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
    private final int textHash;
    private String text;
    private String lower;
    /** what the finder knows of this word, attached on its first question */
    WordFacts facts;

    Token(Type type, int begin, int end, String source, boolean sentenceStart,
        boolean capitalized, boolean cyrillic, int textHash) {
      this.type = type;
      this.begin = begin;
      this.end = end;
      this.source = source;
      this.sentenceStart = sentenceStart;
      this.capitalized = capitalized;
      this.cyrillic = cyrillic;
      this.textHash = textHash;
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

    /** {@link String#hashCode} of the text, worked out by the scan. */
    int textHash() {
      return textHash;
    }

    /** Whether the text equals {@code w}, compared in place. */
    boolean textEquals(String w) {
      int len = length();
      return w.length() == len && source.regionMatches(begin, w, 0, len);
    }

    /** Takes an equal string as its text and lowercase form, sparing it a copy of its own. */
    void shareText(String equalText, String equalLower) {
      text = equalText;
      lower = equalLower;
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

  static List<Token> of(String text) {
    return of(text, new char[text.length()]);
  }

  /**
   * The tokens of {@code text}, read through {@code buffer} (at least as long as the text; its
   * contents are overwritten): a char array rather than charAt, as the scan reads every
   * character and most block texts are UTF-16 strings whose charAt checks and decodes on each
   * call; one buffer per document rather than a copy per block.
   */
  static List<Token> of(String text, char[] buffer) {
    int n = text.length();
    text.getChars(0, n, buffer, 0);
    char[] s = buffer;
    List<Token> out = new ArrayList<>(n / 5 + 4);
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = s[i];
      if (c == ' ') {
        i++;
        continue;
      }
      if (isLetter(c)) {
        int start = i;
        boolean cyrillic = false;
        // String.hashCode of the word, for the finder's table of word forms
        int hash = 0;
        while (i < n) {
          char d = s[i];
          if (isLetter(d) || d >= '\u0300' && Character.getType(d) == Character.NON_SPACING_MARK) {
            cyrillic |= d >= '\u0400' && d <= '\u04FF';
            hash = 31 * hash + d;
            i++;
          } else if ((d == '-' || d == '\'') && i + 1 < n && isLetter(s[i + 1])
              && !(d == '\'' && isPossessive(s, n, i))) {
            hash = 31 * hash + d;
            i++;
          } else {
            break;
          }
        }
        if (i < n && s[i] == '.' && isInitial(s, start, i)) {
          out.add(new Token(Type.INITIAL, start, i + 1, text, sentenceStart, true, false, hash));
          i++;
          // an initial's period does not end the sentence
          sentenceStart = false;
          continue;
        }
        Token word = new Token(Type.WORD, start, i, text, sentenceStart, isUpperCase(c),
            cyrillic, hash);
        out.add(word);
        sentenceStart = false;
        if (i < n && s[i] == '.' && i - start <= MAX_ABBREVIATION
            && ABBREVIATIONS.contains(word.lower())) {
          // the period of Mr. or г. does not end the sentence
          i++;
          continue;
        }
        if (i < n && s[i] == '\'' && isPossessive(s, n, i)) {
          i += 2;
        }
        continue;
      }
      if (Character.isDigit(c)) {
        int start = i;
        int hash = 0;
        while (i < n && (Character.isLetterOrDigit(s[i]))) {
          hash = 31 * hash + s[i];
          i++;
        }
        out.add(new Token(Type.PUNCT, start, i, text, sentenceStart, false, false, hash));
        sentenceStart = false;
        continue;
      }
      out.add(new Token(Type.PUNCT, i, i + 1, text, sentenceStart, false, false, c));
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

  /** {@link Character#isUpperCase(char)}, answered at once for ASCII. */
  private static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@code 's} followed by a non-letter. */
  private static boolean isPossessive(char[] s, int n, int apostrophe) {
    return apostrophe + 1 < n && s[apostrophe + 1] == 's'
        && (apostrophe + 2 >= n || !Character.isLetter(s[apostrophe + 2]));
  }

  /** One capital, or a capital and one or two lowercase letters of a digraph (Zh, Dzh, Ch, Sh). */
  private static boolean isInitial(char[] s, int begin, int end) {
    if (begin == end || !Character.isUpperCase(s[begin])) {
      return false;
    }
    int len = end - begin;
    if (len == 1) {
      return true;
    }
    return len == 2 && s[begin + 1] == 'h'
        || len == 3 && s[begin + 1] == 'z' && s[begin + 2] == 'h';
  }
}
