package dev.lede.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * Normalizes a slice of source text into one canonical form, keeping a map back to the source.
 * The rules (documented in the README) are, in order:
 *
 * <ol>
 *   <li>soft hyphens, zero-width characters, the byte order mark and bidi controls are removed;
 *   <li>every run of white space (NBSP, thin and other Unicode spaces, tabs, line breaks) becomes
 *       one space, and the ends are trimmed;
 *   <li>double quotation marks {@code “ ” „ ‟ ″ ＂} become {@code "}; single marks and apostrophes
 *       {@code ‘ ’ ‚ ‛ ʼ} become {@code '}; guillemets {@code « »} stay, as they tell nesting;
 *   <li>hyphen look-alikes {@code ‐ ‑ −} become {@code -}; dashes {@code ‒ – — ―} become
 *       {@code —};
 *   <li>a run of more than 30 combining marks (non-starters) keeps its first 30: the
 *       stream-safe limit of Unicode UAX #15, which no real text reaches, and without which
 *       canonical reordering is quadratic in the run's length ("Zalgo" text, hostile input);
 *   <li>Unicode NFC.
 * </ol>
 *
 * Normalization is idempotent. Instances are immutable and thread-safe.
 */
public final class Normalizer {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** UAX #15 stream-safe text format: at most 30 non-starters in a row. */
  static final int MAX_NON_STARTERS = 30;

  /**
   * Chars below this (Latin, Greek, Cyrillic, general punctuation and the rest of the usual
   * alphabets) are classified by a table made at class load from the same tests the loop would
   * make; others are tested one by one.
   */
  private static final int TABLE_SIZE = 0x3000;
  private static final int REMOVED = 1;
  private static final int SPACE = 2;
  /** No NFC boundary before it: a combining mark (or a character that decomposes to one). */
  private static final int NO_BOUNDARY = 4;
  /**
   * Its output char ({@link #map}) may take part in NFC: not NFC on its own, or not a starter
   * that stays apart from its neighbours. A text of output chars none of which has this flag is
   * already in NFC (UAX #15 quick check: every char "yes" with combining class 0).
   */
  private static final int NFC_SENSITIVE = 8;
  /** {@link #map} changes it. */
  private static final int MAPPED = 16;
  /** Its output char is of ICU script Latin (for {@link NormalizedText#mayMixScripts}). */
  static final int LATIN_SCRIPT = 32;
  /** Its output char is of ICU script Cyrillic. */
  static final int CYRILLIC_SCRIPT = 64;
  private static final int BOTH_SCRIPTS = LATIN_SCRIPT | CYRILLIC_SCRIPT;
  private static final byte[] FLAGS = new byte[TABLE_SIZE];

  static {
    for (char c = 0; c < TABLE_SIZE; c++) {
      FLAGS[c] = flags(c);
    }
  }

  /** The flags of a char that is not a surrogate. */
  private static byte flags(char c) {
    int f = 0;
    if (isRemoved(c)) {
      f |= REMOVED;
    }
    if (isSpace(c)) {
      f |= SPACE;
    }
    if (!NFC.hasBoundaryBefore(c)) {
      f |= NO_BOUNDARY;
    }
    char m = map(c);
    boolean standsAlone = NFC.hasBoundaryBefore(m) && NFC.getCombiningClass(m) == 0
        && NFC.quickCheck(String.valueOf(m)) == com.ibm.icu.text.Normalizer.YES;
    if (!standsAlone) {
      f |= NFC_SENSITIVE;
    }
    if (m != c) {
      f |= MAPPED;
    }
    int script = UScript.getScript(m);
    if (script == UScript.LATIN) {
      f |= LATIN_SCRIPT;
    } else if (script == UScript.CYRILLIC) {
      f |= CYRILLIC_SCRIPT;
    }
    return (byte) f;
  }

  /**
   * The flags of a char beyond the table, without the NFC quick check (left to ICU) or the
   * script (taken as unknown: either).
   */
  private static int rareFlags(char c) {
    int f = NFC_SENSITIVE | MAPPED | BOTH_SCRIPTS;
    if (isRemoved(c)) {
      f |= REMOVED;
    }
    if (isSpace(c)) {
      f |= SPACE;
    }
    if (!NFC.hasBoundaryBefore(c)) {
      f |= NO_BOUNDARY;
    }
    return f;
  }

  /**
   * Normalizes {@code source[begin, end)}. One pass maps, removes and folds white space while it
   * notes whether any output char can take part in NFC; only then is NFC applied (rarely: news
   * text is nearly always composed already).
   */
  public NormalizedText normalize(String source, int begin, int end) {
    int capacity = end - begin;
    char[] out = new char[capacity];
    int[] starts = new int[capacity];
    int length = 0;
    boolean composed = true; // no output char so far can take part in NFC
    int scripts = 0; // the scripts of the output chars, of interest to mixed-script repair
    boolean pendingSpace = false;
    int nonStarters = 0;
    for (int i = begin; i < end; i++) {
      char c = source.charAt(i);
      if (c < TABLE_SIZE || !Character.isSurrogate(c)) {
        int f = c < TABLE_SIZE ? FLAGS[c] : rareFlags(c);
        if ((f & REMOVED) != 0) {
          continue;
        }
        if ((f & SPACE) != 0) {
          pendingSpace = length > 0;
          nonStarters = 0;
          continue;
        }
        if ((f & NO_BOUNDARY) != 0) {
          if (++nonStarters > MAX_NON_STARTERS) {
            continue;
          }
        } else {
          nonStarters = 0;
        }
        composed &= (f & NFC_SENSITIVE) == 0;
        scripts |= f;
      } else {
        composed = false;
        scripts |= BOTH_SCRIPTS;
        // a surrogate pair's combining class is read from its high half; the low half follows it
        if (!Character.isLowSurrogate(c) || i == begin
            || !Character.isHighSurrogate(source.charAt(i - 1))) {
          int cp = Character.isHighSurrogate(c) && i + 1 < end
              && Character.isLowSurrogate(source.charAt(i + 1))
              ? Character.toCodePoint(c, source.charAt(i + 1)) : c;
          if (!NFC.hasBoundaryBefore(cp)) {
            if (++nonStarters > MAX_NON_STARTERS) {
              i += Character.charCount(cp) - 1;
              continue;
            }
          } else {
            nonStarters = 0;
          }
        }
      }
      if (pendingSpace) {
        // the space stands for the white space just before this character
        out[length] = ' ';
        starts[length++] = i - 1;
        pendingSpace = false;
      }
      out[length] = c < TABLE_SIZE && (FLAGS[c] & MAPPED) == 0 ? c : map(c);
      starts[length++] = i;
    }
    // every output char stands for the one source char at its start
    boolean mayMix = (scripts & BOTH_SCRIPTS) == BOTH_SCRIPTS;
    NormalizedText mapped =
        new NormalizedText(new String(out, 0, length), starts, null, end, mayMix);
    return composed ? mapped : composeNfc(mapped, end);
  }

  /** Normalizes a whole string (a convenience for callers that need no spans). */
  public String normalize(String text) {
    return normalize(text, 0, text.length()).text();
  }

  static boolean isRemoved(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u061C'
        || c == '\u180E';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f'
        || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
        || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u0085';
  }

  static char map(char c) {
    switch (c) {
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\uFF02':
      case '\u301D': case '\u301E':
        return '"';
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u02BC': case '\u2032':
      case '\uFF07':
        return '\'';
      case '\u2010': case '\u2011': case '\u2212': case '\uFE63': case '\uFF0D':
        return '-';
      case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2E3A': case '\u2E3B':
        return '\u2014';
      default:
        return c;
    }
  }

  /**
   * Applies NFC chunk by chunk between normalization boundaries, so each output character maps to
   * the source range of the chunk it came from. Linear in the length; the usual already-NFC text
   * costs one quick check.
   */
  static NormalizedText composeNfc(NormalizedText in, int sourceEnd) {
    String s = in.text();
    if (NFC.isNormalized(s)) {
      return in;
    }
    NormalizedTextBuilder out = new NormalizedTextBuilder(s.length());
    int chunkStart = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (i > chunkStart && NFC.hasBoundaryBefore(cp)) {
        appendChunk(in, chunkStart, i, out);
        chunkStart = i;
      }
      i = next;
    }
    appendChunk(in, chunkStart, s.length(), out);
    return out.build(sourceEnd);
  }

  private static void appendChunk(NormalizedText in, int from, int to, NormalizedTextBuilder out) {
    if (from >= to) {
      return;
    }
    String chunk = in.text().substring(from, to);
    String composed = NFC.normalize(chunk);
    if (composed.equals(chunk)) {
      for (int k = from; k < to; k++) {
        var span = in.toSource(k, k + 1);
        out.append(in.text().charAt(k), span.begin(), span.end());
      }
    } else {
      var span = in.toSource(from, to);
      out.append(composed, span.begin(), span.end());
    }
  }
}
