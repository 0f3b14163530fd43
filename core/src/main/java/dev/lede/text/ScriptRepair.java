package dev.lede.text;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs words typed with look-alike letters from the wrong script ({@code Kазахстан} with a
 * Latin K, {@code Kazakhstаn} with a Cyrillic а). Works per hyphen segment of a word: when the
 * letters that have no look-alike ({@code з х с т н} are not all look-alikes…) are all of one
 * script, or, failing that, one script has the clear majority, every letter of the other script
 * that has a safe twin in the table below is replaced by its twin. A segment whose foreign
 * letters are not all in the table is legitimately mixed and stays as it is, and so does every
 * single-script segment ({@code iPhone-ом}, {@code COVID-19}, {@code Tengrinews.kz}).
 *
 * <p>The table holds only pairs that ICU's confusables data maps to one skeleton (a test checks
 * this with {@code SpoofChecker}); risky pairs such as r/г, w/ш, b/Ь, n/п, u/и are left out.
 * Each replacement is one char for one char, so the offset map of the text is unchanged.
 * Immutable and thread-safe.
 */
public final class ScriptRepair {

  /** Latin letters and their Cyrillic twins, position for position. */
  static final String LATIN = "AaBCcEeHKMOoPpTXxy";
  static final String CYRILLIC = "АаВСсЕеНКМОоРрТХху";

  /**
   * Chars below this are classified by a table made at class load from the same tests (letter,
   * non-spacing mark, ICU script); others are tested one by one.
   */
  private static final int TABLE_SIZE = 0x530; // Latin, Greek and Cyrillic
  private static final int LETTER = 1;
  private static final int MARK = 2;
  private static final int LATIN_SCRIPT = 4;
  private static final int CYRILLIC_SCRIPT = 8;
  private static final byte[] FLAGS = new byte[TABLE_SIZE];

  static {
    for (char c = 0; c < TABLE_SIZE; c++) {
      int f = 0;
      if (Character.isLetter(c)) {
        f |= LETTER;
      }
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        f |= MARK;
      }
      int script = UScript.getScript(c);
      if (script == UScript.LATIN) {
        f |= LATIN_SCRIPT;
      } else if (script == UScript.CYRILLIC) {
        f |= CYRILLIC_SCRIPT;
      }
      FLAGS[c] = (byte) f;
    }
  }

  /** One repaired word segment. */
  public record Repair(int begin, int end, String before, String after) {}

  /** The repaired text and what was repaired. */
  public record Result(NormalizedText text, List<Repair> repairs) {
    public Result {
      repairs = List.copyOf(repairs);
    }
  }

  /** Repairs every mixed-script segment of {@code in}. */
  public Result repair(NormalizedText in) {
    if (!in.mayMixScripts()) {
      return new Result(in, List.of()); // no word can hold both scripts
    }
    String s = in.text();
    char[] out = null;
    List<Repair> repairs = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      // the scripts seen, from the table; a char beyond it sends the segment to the full test
      int seen = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (c < TABLE_SIZE) {
          int f = FLAGS[c];
          if ((f & (LETTER | MARK)) == 0) {
            break;
          }
          seen |= f;
        } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          seen |= LATIN_SCRIPT | CYRILLIC_SCRIPT;
        } else {
          break;
        }
        i++;
      }
      boolean mixed = (seen & (LATIN_SCRIPT | CYRILLIC_SCRIPT))
          == (LATIN_SCRIPT | CYRILLIC_SCRIPT);
      String fixed = mixed ? repairSegment(s, start, i) : null; // one script: nothing to repair
      if (fixed != null) {
        if (out == null) {
          out = s.toCharArray();
          repairs = new ArrayList<>();
        }
        fixed.getChars(0, fixed.length(), out, start);
        repairs.add(new Repair(start, i, s.substring(start, i), fixed));
      }
    }
    if (out == null) {
      return new Result(in, List.of());
    }
    // a repaired letter may now compose with a following mark (p + ◌́ → ṕ): NFC again
    NormalizedText fixed = in.withText(new String(out));
    return new Result(Normalizer.composeNfc(fixed, in.sourceEnd()), repairs);
  }

  private static boolean isLetter(char c) {
    return c < TABLE_SIZE ? (FLAGS[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** The repaired segment, or null when it needs (or allows) no repair. */
  static String repairSegment(String s, int begin, int end) {
    int latin = 0;
    int cyrillic = 0;
    int latinFixed = 0;
    int cyrillicFixed = 0;
    int latinTwins = 0;
    int cyrillicTwins = 0;
    for (int k = begin; k < end; k++) {
      char c = s.charAt(k);
      int script = UScript.getScript(c);
      if (script == UScript.LATIN) {
        latin++;
        if (LATIN.indexOf(c) >= 0) {
          latinTwins++;
        } else {
          latinFixed++;
        }
      } else if (script == UScript.CYRILLIC) {
        cyrillic++;
        if (CYRILLIC.indexOf(c) >= 0) {
          cyrillicTwins++;
        } else {
          cyrillicFixed++;
        }
      }
    }
    if (latin == 0 || cyrillic == 0) {
      return null;
    }
    boolean toCyrillic;
    if (cyrillicFixed > 0 && latinFixed == 0) {
      toCyrillic = true;
    } else if (latinFixed > 0 && cyrillicFixed == 0) {
      toCyrillic = false;
    } else if (latinFixed == 0 && cyrillicFixed == 0 && cyrillic != latin) {
      toCyrillic = cyrillic > latin;
    } else {
      return null;
    }
    if (toCyrillic ? latinTwins != latin : cyrillicTwins != cyrillic) {
      return null;
    }
    String from = toCyrillic ? LATIN : CYRILLIC;
    String to = toCyrillic ? CYRILLIC : LATIN;
    StringBuilder b = new StringBuilder(end - begin);
    for (int k = begin; k < end; k++) {
      char c = s.charAt(k);
      int at = from.indexOf(c);
      b.append(at >= 0 ? to.charAt(at) : c);
    }
    return b.toString();
  }
}
