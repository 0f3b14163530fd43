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
   * @param begin start in the normalized text
   * @param end end in the normalized text (an initial's end includes its period)
   * @param text the word, the initial's letters, or the mark
   * @param sentenceStart whether it opens a sentence (block start, after . ! ? : « " —)
   */
  record Token(Type type, int begin, int end, String text, boolean sentenceStart) {

    boolean isWord() {
      return type == Type.WORD;
    }

    boolean capitalized() {
      return type != Type.PUNCT && Character.isUpperCase(text.charAt(0));
    }

    boolean cyrillicWord() {
      return type == Type.WORD && NameLexicon.isCyrillic(text);
    }

    /** All letters uppercase (abbreviations such as GRES, CSTO, МИД). */
    boolean allCaps() {
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
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "sen", "rep", "г", "гг", "им",
          "ул", "т", "д", "проф", "акад", "ген", "св");

  private Tokens() {}

  static List<Token> of(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (Character.isLetter(c)) {
        int start = i;
        while (i < n) {
          char d = s.charAt(i);
          if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '-' || d == '\'') && i + 1 < n && Character.isLetter(s.charAt(i + 1))
              && !(d == '\'' && isPossessive(s, i))) {
            i++;
          } else {
            break;
          }
        }
        String word = s.substring(start, i);
        if (i < n && s.charAt(i) == '.' && isInitial(word)) {
          out.add(new Token(Type.INITIAL, start, i + 1, word, sentenceStart));
          i++;
          // an initial's period does not end the sentence
          sentenceStart = false;
          continue;
        }
        out.add(new Token(Type.WORD, start, i, word, sentenceStart));
        sentenceStart = false;
        if (i < n && s.charAt(i) == '.' && ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
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
        out.add(new Token(Type.PUNCT, start, i, s.substring(start, i), sentenceStart));
        sentenceStart = false;
        continue;
      }
      out.add(new Token(Type.PUNCT, i, i + 1, String.valueOf(c), sentenceStart));
      sentenceStart = ".!?:;\"«»—".indexOf(c) >= 0 || (sentenceStart && c != ',');
      i++;
    }
    return out;
  }

  /** {@code 's} followed by a non-letter. */
  private static boolean isPossessive(String s, int apostrophe) {
    return apostrophe + 1 < s.length() && s.charAt(apostrophe + 1) == 's'
        && (apostrophe + 2 >= s.length() || !Character.isLetter(s.charAt(apostrophe + 2)));
  }

  /** One capital, or a capital and one or two lowercase letters of a digraph (Zh, Dzh, Ch, Sh). */
  static boolean isInitial(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (word.length() == 1) {
      return true;
    }
    String l = word.substring(1);
    return l.equals("h") || l.equals("zh");
  }
}
