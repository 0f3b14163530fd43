package dev.lede.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One block's normalized text cut into tokens and sentences, with its top-level quotations. Built
 * in a few linear passes; everything later looks tokens up by index.
 */
final class BlockText {

  /**
   * A word or a single punctuation character. Its lower-case form is made only when a rule asks
   * for it: a word of the lexicon and a punctuation mark carry a shared string from the start,
   * any other word is lowercased from the block's chars on first use (most never are; the rules
   * mostly read the class bits). Belongs to one block of one document, read by one thread.
   */
  static final class Token {
    private final char[] chars;
    private final int begin;
    private final int end;
    private final boolean word;
    private final boolean cap;
    private final boolean inQuote;
    private final int sentence;
    private final int classes;
    private String lower;

    Token(char[] chars, int begin, int end, String lower, boolean word, boolean cap,
        boolean inQuote, int sentence, int classes) {
      this.chars = chars;
      this.begin = begin;
      this.end = end;
      this.lower = lower;
      this.word = word;
      this.cap = cap;
      this.inQuote = inQuote;
      this.sentence = sentence;
      this.classes = classes;
    }

    int begin() {
      return begin;
    }

    int end() {
      return end;
    }

    boolean word() {
      return word;
    }

    boolean cap() {
      return cap;
    }

    boolean inQuote() {
      return inQuote;
    }

    int sentence() {
      return sentence;
    }

    int classes() {
      return classes;
    }

    /** The text lowercased with {@link Locale#ROOT}, {@code ’} made {@code '}. */
    String lower() {
      String l = lower;
      if (l == null) {
        l = BlockText.lower(chars, begin, end, true);
        lower = l;
      }
      return l;
    }

    /**
     * {@code lower().length()} without making the string: a word lowercased lazily has no char
     * that {@link String#toLowerCase} changes in length, so its length is its text's.
     */
    int lowerLength() {
      return lower != null ? lower.length() : end - begin;
    }

    /** {@code lower().charAt(0)} without making the string (see {@link #lowerLength}). */
    char lowerFirst() {
      return lower != null ? lower.charAt(0) : (char) lowerChar(chars[begin]);
    }

    boolean is(String s) {
      return lower().equals(s);
    }

    /** Whether the word is in any of the {@link Lexicon} lists whose class bits are given. */
    boolean has(int bits) {
      return (classes & bits) != 0;
    }

    /** {@code Lexicon.cue(lower)}, read from the class bits. */
    Lexicon.CueKind cue() {
      return Lexicon.cueOf(classes);
    }

    boolean punct(char c) {
      if (word) {
        return false;
      }
      String l = lower();
      return l.length() == 1 && l.charAt(0) == c;
    }

    @Override
    public String toString() {
      return lower() + "[" + begin + ", " + end + ")";
    }
  }

  final String text;
  final List<QuoteScanner.Quote> quotes;
  final List<Token> tokens;
  /** Sentence boundaries: sentence k is {@code [starts[k], ends[k])} in the text. */
  final int[] starts;
  final int[] ends;
  /** For each sentence, its first token index and one past its last. */
  final int[] firstToken;
  final int[] endToken;

  /** Positions of the spaces that stand for a paragraph break inside the block, ascending. */
  final int[] breaks;

  BlockText(String text) {
    this(text, text);
  }

  /**
   * @param text the block's normalized text
   * @param marks the same text with the source's own double marks and {@code \n} for each space
   *     that stands for a paragraph break (see {@link QuoteScanner#scan(String, String)})
   */
  BlockText(String text, String marks) {
    if (marks.length() != text.length()) {
      throw new IllegalArgumentException("marks do not match the text: " + marks.length());
    }
    this.text = text;
    // every scan below reads a char array: cheaper than String.charAt on a UTF-16 string
    char[] cs = text.toCharArray();
    char[] ms = marks == text ? cs : marks.toCharArray();
    this.quotes = QuoteScanner.scan(cs, ms);
    int nb = 0;
    for (char m : ms) {
      if (m == '\n') {
        nb++;
      }
    }
    breaks = new int[nb];
    for (int i = 0, k = 0; k < nb; i++) {
      if (ms[i] == '\n') {
        breaks[k++] = i;
      }
    }
    List<int[]> sentences = splitSentences(cs, quotes, breaks);
    int ns = sentences.size();
    starts = new int[ns];
    ends = new int[ns];
    for (int k = 0; k < ns; k++) {
      starts[k] = sentences.get(k)[0];
      ends[k] = sentences.get(k)[1];
    }
    tokens = tokenize(text, cs, quotes, starts);
    firstToken = new int[ns];
    endToken = new int[ns];
    int t = 0;
    for (int k = 0; k < ns; k++) {
      firstToken[k] = t;
      while (t < tokens.size() && tokens.get(t).sentence() == k) {
        t++;
      }
      endToken[k] = t;
    }
  }

  /** Where the paragraph holding {@code pos} starts: after the last break before it, or 0. */
  int lineStart(int pos) {
    int lo = 0;
    int hi = breaks.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (breaks[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? 0 : skipSpaces(text, breaks[lo - 1]);
  }

  int sentenceCount() {
    return starts.length;
  }

  /** The index of the first token at or after text position {@code pos}. */
  int tokenAt(int pos) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).begin() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The sentence holding text position {@code pos}. */
  int sentenceAt(int pos) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * The longest abbreviation; a longer word is never looked up. Lowercasing never shortens a
   * string, so the length of the raw word bounds that of its lowercase form from below.
   */
  private static final int ABBREVIATION_MAX =
      Lexicon.ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * The lowercase form of each one-character punctuation token, computed once with the very
   * expression {@link #tokenize} uses, so a punctuation mark costs no allocation.
   */
  private static final String[] ONE_CHAR = new String[0x3000];

  private static final int[] ONE_CHAR_CLASSES = new int[ONE_CHAR.length];

  static {
    for (char c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf(c).toLowerCase(Locale.ROOT).replace('’', '\'');
      ONE_CHAR_CLASSES[c] = Lexicon.classes(ONE_CHAR[c]);
    }
  }

  /**
   * For the chars below this, {@link #wordChar}, {@link #letter}, {@link #upper} and {@link
   * #lowerChar} read from tables built with those very functions: one load instead of a chain of
   * range tests that branch differently for Latin, Cyrillic, digits and punctuation.
   */
  private static final int TABLE = 0x800;

  private static final byte WORD_CHAR = 1;
  private static final byte LETTER = 2;
  private static final byte UPPER = 4;
  private static final byte[] KIND = new byte[TABLE];
  private static final int[] LOWER = new int[TABLE];

  static {
    for (char c = 0; c < TABLE; c++) {
      KIND[c] = (byte) ((wordCharSlow(c) ? WORD_CHAR : 0) | (letterSlow(c) ? LETTER : 0)
          | (upperSlow(c) ? UPPER : 0));
      LOWER[c] = lowerCharSlow(c);
    }
  }

  static boolean wordChar(char c) {
    return c < TABLE ? (KIND[c] & WORD_CHAR) != 0 : wordCharSlow(c);
  }

  static boolean letter(char c) {
    return c < TABLE ? (KIND[c] & LETTER) != 0 : letterSlow(c);
  }

  static boolean upper(char c) {
    return c < TABLE ? (KIND[c] & UPPER) != 0 : upperSlow(c);
  }

  /** Letters and digits; ASCII and basic Cyrillic without a table lookup. */
  private static boolean wordCharSlow(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return c >= 'А' && c <= 'я' || Character.isLetterOrDigit(c);
  }

  private static boolean letterSlow(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return c >= 'А' && c <= 'я' || Character.isLetter(c);
  }

  private static boolean upperSlow(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    if (c >= 'А' && c <= 'я') {
      return c <= 'Я';
    }
    return Character.isUpperCase(c);
  }

  private static boolean joiner(char c) {
    return c == '-' || c == '\'' || c == '.' || c == '’';
  }

  /**
   * {@code s[b, e).toLowerCase(Locale.ROOT)}, with {@code ’} made {@code '} when {@code
   * apostrophe} is set, in one allocation. Character by character as {@link String#toLowerCase}
   * does it, except for the characters it treats specially (capital sigma, dotted capital I,
   * surrogates), for which this falls back to it.
   */
  static String lower(char[] s, int b, int e, boolean apostrophe) {
    char[] out = new char[e - b];
    for (int i = b; i < e; i++) {
      char c = s[i];
      char l;
      if (c < 0x80) {
        l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c >= 'А' && c <= 'я') {
        l = c <= 'Я' ? (char) (c + ('а' - 'А')) : c;
      } else if (c == '’') {
        l = apostrophe ? '\'' : c;
      } else if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
        String w = new String(s, b, e - b).toLowerCase(Locale.ROOT);
        return apostrophe ? w.replace('’', '\'') : w;
      } else {
        l = Character.toLowerCase(c);
      }
      out[i - b] = l;
    }
    return new String(out);
  }

  /** Words (letters and digits, with inner hyphens, apostrophes and initials' dots) and punctuation. */
  private static List<Token> tokenize(String s, char[] cs, List<QuoteScanner.Quote> quotes,
      int[] starts) {
    List<Token> out = new ArrayList<>(cs.length / 5 + 4);
    char[] scratch = new char[32];
    int n = cs.length;
    int q = 0;
    int sentence = 0;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (c == ' ') {
        i++;
        continue;
      }
      int b = i;
      boolean word = wordChar(c);
      // a word is lowercased into the scratch buffer and hashed as String.hashCode would while
      // it is scanned, so each char is read once; special is set when a char needs toLowerCase
      int len = 0;
      int hash = 0;
      boolean special = false;
      if (word) {
        while (true) {
          // cs[i] is a word char or a joiner followed by a letter
          if (len + 2 > scratch.length) {
            scratch = java.util.Arrays.copyOf(scratch, scratch.length * 2);
          }
          int l = lowerChar(cs[i]);
          special |= l < 0;
          scratch[len++] = (char) l;
          hash = 31 * hash + (char) l;
          i++;
          if (i >= n) {
            break;
          }
          char d = cs[i];
          if (wordChar(d)) {
            continue;
          }
          if (joiner(d) && i + 1 < n && letter(cs[i + 1]) && (d != '.' || upper(cs[i + 1]))) {
            l = lowerChar(d);
            scratch[len++] = (char) l;
            hash = 31 * hash + (char) l;
            i++;
            continue;
          }
          break;
        }
        // an abbreviation or an initial keeps its period: "Rep.", "K."
        if (i < n && cs[i] == '.' && upper(c) && (i - b == 1
            || i - b <= ABBREVIATION_MAX
            && Lexicon.ABBREVIATIONS.contains(lower(cs, b, i, false)))) {
          scratch[len++] = '.';
          hash = 31 * hash + '.';
          i++;
        }
      } else {
        i++;
      }
      while (q < quotes.size() && quotes.get(q).close() < b) {
        q++;
      }
      boolean inQuote = q < quotes.size() && quotes.get(q).open() < b && b < quotes.get(q).close();
      while (sentence + 1 < starts.length && starts[sentence + 1] <= b) {
        sentence++;
      }
      String lower;
      int classes;
      if (!word && c < ONE_CHAR.length) {
        lower = ONE_CHAR[c];
        classes = ONE_CHAR_CLASSES[c];
      } else {
        int slot;
        if (!word) {
          if (i - b > scratch.length) {
            scratch = new char[i - b];
          }
          slot = lowerInto(cs, b, i, scratch);
        } else if (special) {
          slot = SPECIAL;
        } else {
          slot = Lexicon.WORDS.find(scratch, len, hash);
          slot = slot >= 0 ? slot : NOT_IN_LEXICON;
        }
        if (slot >= 0) {
          // a word of the lexicon: its own string, hash cached, and its classes
          lower = Lexicon.WORDS.key(slot);
          classes = Lexicon.WORDS.value(slot);
        } else if (slot == NOT_IN_LEXICON) {
          // no class and no string yet: the token lowercases itself if a rule asks
          lower = null;
          classes = 0;
        } else {
          lower = lower(cs, b, i, true);
          classes = Lexicon.classes(lower);
        }
      }
      boolean cap = word && upper(c);
      out.add(new Token(cs, b, i, lower, word, cap, inQuote, sentence, classes));
    }
    return out;
  }

  /**
   * The lower-case form of {@code c} as {@link #lowerInto} makes it ({@code ’} made {@code '}),
   * or -1 for the chars {@link String#toLowerCase} treats specially.
   */
  private static int lowerChar(char c) {
    return c < TABLE ? LOWER[c] : lowerCharSlow(c);
  }

  private static int lowerCharSlow(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    if (c >= 'А' && c <= 'я') {
      return c <= 'Я' ? c + ('а' - 'А') : c;
    }
    if (c == '’') {
      return '\'';
    }
    if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
      return -1;
    }
    return Character.toLowerCase(c);
  }

  /** {@link #lowerInto}: the word is in no list of the lexicon. */
  private static final int NOT_IN_LEXICON = -1;
  /** {@link #lowerInto}: a character needs {@link String#toLowerCase}; nothing was written. */
  private static final int SPECIAL = -2;

  /**
   * Lowercases {@code s[b, e)} (with {@code ’} made {@code '}) into {@code out} as {@link
   * #lower} does, hashing it as {@link String#hashCode} would, and looks it up in the lexicon.
   * Returns the lexicon slot, {@link #NOT_IN_LEXICON} or {@link #SPECIAL}.
   */
  private static int lowerInto(char[] s, int b, int e, char[] out) {
    int h = 0;
    for (int i = b; i < e; i++) {
      char c = s[i];
      char l;
      if (c < 0x80) {
        l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c >= 'А' && c <= 'я') {
        l = c <= 'Я' ? (char) (c + ('а' - 'А')) : c;
      } else if (c == '’') {
        l = '\'';
      } else if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
        return SPECIAL;
      } else {
        l = Character.toLowerCase(c);
      }
      out[i - b] = l;
      h = 31 * h + l;
    }
    int slot = Lexicon.WORDS.find(out, e - b, h);
    return slot >= 0 ? slot : NOT_IN_LEXICON;
  }

  /**
   * Sentence ends: {@code . ! ?} (or a quotation closing on one) followed by a space and a capital,
   * a digit, a quotation mark or a dash. Quotations are not split. Abbreviations and initials do
   * not end a sentence.
   */
  private static List<int[]> splitSentences(char[] s, List<QuoteScanner.Quote> quotes,
      int[] breaks) {
    List<int[]> out = new ArrayList<>();
    int n = s.length;
    int start = 0;
    int q = 0;
    int b = 0;
    int i = 0;
    while (i < n) {
      while (b < breaks.length && breaks[b] < i) {
        b++;
      }
      if (b < breaks.length && breaks[b] == i) {
        // a paragraph break inside the block always ends a sentence
        if (i > start) {
          int e = i;
          while (e > start && s[e - 1] == ' ') {
            e--;
          }
          out.add(new int[] {start, e});
        }
        start = skipSpaces(s, i);
        i = start;
        continue;
      }
      if (q < quotes.size() && quotes.get(q).open() == i) {
        QuoteScanner.Quote quote = quotes.get(q++);
        int close = quote.close();
        if (close >= n) {
          break;
        }
        if (!quote.closed()) {
          i = close;
          continue;
        }
        int l = close - 1;
        while (l > quote.open() && s[l] == ' ') {
          l--;
        }
        char last = l > quote.open() ? s[l] : ' ';
        if ((last == '.' || last == '!' || last == '?') && startsSentence(s, close + 1)) {
          out.add(new int[] {start, close + 1});
          start = skipSpaces(s, close + 1);
        }
        i = close + 1;
        continue;
      }
      char c = s[i];
      if ((c == '.' || c == '!' || c == '?') && startsSentence(s, i + 1)
          && !(c == '.' && abbreviation(s, i))) {
        int end = i + 1;
        while (end < n && (s[end] == '.' || s[end] == '!' || s[end] == '?')) {
          end++;
        }
        out.add(new int[] {start, end});
        start = skipSpaces(s, end);
        i = start;
        continue;
      }
      i++;
      // skip ahead to the next break, quotation or sentence mark: nothing else ends a sentence
      // (a quotation opening behind i is never reached again, as in the step-by-step scan)
      int stop = b < breaks.length ? breaks[b] : n;
      int open = q < quotes.size() ? quotes.get(q).open() : n;
      if (open >= i && open < stop) {
        stop = open;
      }
      while (i < stop && s[i] != '.' && s[i] != '!' && s[i] != '?') {
        i++;
      }
    }
    if (start < n) {
      out.add(new int[] {start, n});
    }
    if (out.isEmpty()) {
      out.add(new int[] {0, n});
    }
    return out;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int skipSpaces(char[] s, int i) {
    while (i < s.length && s[i] == ' ') {
      i++;
    }
    return i;
  }

  /** Whether a new sentence may begin after position {@code i} (a space, then a capital or mark). */
  private static boolean startsSentence(char[] s, int i) {
    int n = s.length;
    if (i >= n) {
      return false;
    }
    if (s[i] != ' ') {
      return false;
    }
    int j = i + 1;
    if (j >= n) {
      return false;
    }
    char c = s[j];
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '«' || c == '—'
        || c == '“' || c == '(';
  }

  /** Whether the period at {@code dot} ends an abbreviation or an initial. */
  private static boolean abbreviation(char[] s, int dot) {
    int b = dot;
    while (b > 0 && dot - b < 12
        && (Character.isLetter(s[b - 1]) || s[b - 1] == '.')) {
      b--;
    }
    if (b == dot) {
      return false;
    }
    String w = lower(s, b, dot, false);
    if (w.length() == 1 && Character.isUpperCase(s[b])) {
      return true;
    }
    return Lexicon.ABBREVIATIONS.contains(w);
  }
}
