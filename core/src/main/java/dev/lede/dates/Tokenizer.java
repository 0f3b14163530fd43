package dev.lede.dates;

/** Splits a text into {@link Token}s in one linear pass. */
final class Tokenizer {

  /** Chars below this are classified by a table made from the same {@code Character} tests. */
  private static final int TABLE_SIZE = 0x3000; // alphabets, punctuation, symbols
  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte DIGIT = 2;
  private static final byte LETTER = 3;
  /** Not a letter, but continues a word: a non-spacing mark. */
  private static final byte MARK = 4;
  private static final byte[] CLASS = new byte[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      CLASS[c] = classify(c);
    }
  }

  private Tokenizer() {}

  /** The class of a code point, with the tests the tokenizer has always made, in their order. */
  private static byte classify(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return SPACE;
    }
    if (cp >= '0' && cp <= '9') {
      return DIGIT;
    }
    if (Character.isLetter(cp)) {
      return LETTER;
    }
    return Character.getType(cp) == Character.NON_SPACING_MARK ? MARK : OTHER;
  }

  private static byte classOf(int cp) {
    return cp < TABLE_SIZE ? CLASS[cp] : classify(cp);
  }

  static Tokens tokenize(String s) {
    char[] a = s.toCharArray(); // array reads: no per-char coder and bounds checks of String
    int n = a.length;
    Tokens out = new Tokens(s, n / 4);
    int i = 0;
    while (i < n) {
      char ch = a[i];
      int cp = ch < TABLE_SIZE ? ch : Character.codePointAt(a, i);
      byte kind = classOf(cp);
      int next = i + Character.charCount(cp);
      if (kind == SPACE) {
        i = next;
      } else if (kind == DIGIT) {
        int j = i + 1;
        while (j < n && a[j] >= '0' && a[j] <= '9') {
          j++;
        }
        out.add(Token.Kind.NUMBER, i, j);
        i = j;
      } else if (kind == LETTER) {
        int j = wordEnd(a, next);
        out.addWord(i, j, WordFilter.key(ch, a[j - 1], j - i));
        i = j;
      } else {
        out.add(Token.Kind.SYMBOL, i, next);
        i = next;
      }
    }
    return out;
  }

  /** The end of the word going on at {@code j}: letters and non-spacing marks. */
  private static int wordEnd(char[] a, int j) {
    int n = a.length;
    while (j < n) {
      char cj = a[j];
      if (cj < TABLE_SIZE) {
        byte k = CLASS[cj];
        if (k != LETTER && k != MARK) {
          break;
        }
        j++;
        continue;
      }
      int c = Character.codePointAt(a, j);
      byte k = classify(c);
      if (k != LETTER && k != MARK) {
        break;
      }
      j += Character.charCount(c);
    }
    return j;
  }
}
