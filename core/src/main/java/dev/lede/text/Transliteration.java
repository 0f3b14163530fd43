package dev.lede.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import dev.lede.internal.Memo;

/**
 * Cyrillic ↔ Latin transliteration of names as the press writes them.
 *
 * <ul>
 *   <li>{@link #toLatin}: ICU's {@code Russian-Latin/BGN}, after folding the Kazakh letters
 *       {@code қ ғ ң ө ұ ү һ і ә} to their Russian neighbours and {@code ё} to {@code е} after
 *       sibilants; then the BGN marks {@code ʹ ʺ ·} are dropped, {@code ë} becomes {@code yo} and a
 *       word-final {@code iy}/{@code yy} becomes {@code y} ({@code Zelensky}, {@code Dmitry}).
 *   <li>{@link #toCyrillic}: a rule-based ICU transliterator that reverses the press romanization
 *       ({@code zh kh ts ch sh shch ya yu ye}, {@code -sky → -ский}, {@code -y} after a vowel →
 *       {@code й}). Given names are better taken from the name lexicon; this is the fallback.
 * </ul>
 *
 * ICU transliterators are stateless, so the shared instances are safe to use from any thread.
 * Text that is already in the target script passes unchanged.
 */
public final class Transliteration {

  private static final Transliterator BGN = Transliterator.getInstance("Russian-Latin/BGN");

  /**
   * Press romanization reversed; lowercase in, titlecase out (names only). Ante-contexts see the
   * already converted text, so the vowel and consonant classes hold both scripts.
   */
  private static final String LATIN_CYRILLIC_RULES = String.join("\n",
      "::Any-Lower;",
      "$v = [aeiouyаеёиоуыэюя];",
      "$c = [bcdfghjklmnpqrstvwxzбвгджзклмнпрстфхцчшщ];",
      "$end = [^[:L:]];",
      "shch > щ;",
      "sch > щ;",
      "dzh > дж;",
      "zh > ж;",
      "kh > х;",
      "tz > ц;",
      "ts > ц;",
      "ch > ч;",
      "sh > ш;",
      "ph > ф;",
      "th > т;",
      "ck > к;",
      "yu > ю;",
      "ya > я;",
      "yo > ё;",
      "ye > е;",
      "iy } $end > ий;",
      "iy } $ > ий;",
      "yy } $end > ый;",
      "yy } $ > ый;",
      "$c { y } $end > ий;",
      "$c { y } $ > ий;",
      "$v { y > й;",
      "y > ы;",
      "$v { e > э;",
      "[^[:L:]] { e > э;",
      "^ e > э;",
      "j > дж;",
      "x > кс;",
      "w > в;",
      "q > к;",
      "c > к;",
      "a > а; b > б; v > в; g > г; d > д; e > е; z > з; i > и; k > к; l > л; m > м;",
      "n > н; o > о; p > п; r > р; s > с; t > т; u > у; f > ф; h > х;",
      "\\' > ;",
      "::Any-Title;");

  private static final Transliterator LATIN_CYRILLIC =
      Transliterator.createFromRules("Lede-Latin-Cyrillic", LATIN_CYRILLIC_RULES,
          Transliterator.FORWARD);

  /** ICU's rule-based transliteration is slow; the same names come back again and again. */
  private static final Memo<String> LATIN = new Memo<>(Transliteration::bgnLatin, 50_000);

  private Transliteration() {}

  /** The Latin form of {@code text}; Latin and other non-Cyrillic characters pass unchanged. */
  public static String toLatin(String text) {
    if (!hasScript(text, UScript.CYRILLIC)) {
      return text;
    }
    return LATIN.apply(text);
  }

  private static String bgnLatin(String text) {
    String pre = preLatin(text);
    String bgn = BGN.transliterate(pre);
    return postLatin(bgn);
  }

  /** The Cyrillic form of a Latin name; Cyrillic and other characters pass unchanged. */
  public static String toCyrillic(String name) {
    if (!hasScript(name, UScript.LATIN)) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length() + 8);
    int i = 0;
    while (i < name.length()) {
      int start = i;
      boolean latin = isLatinLetter(name.charAt(i));
      while (i < name.length() && isLatinLetter(name.charAt(i)) == latin) {
        i++;
      }
      String part = name.substring(start, i);
      out.append(latin ? LATIN_CYRILLIC.transliterate(part) : part);
    }
    return out.toString();
  }

  /** Whether {@code text} has a letter of {@code script} ({@link UScript} code). */
  public static boolean hasScript(CharSequence text, int script) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) && UScript.getScript(cp) == script) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatinLetter(char c) {
    return Character.isLetter(c) && UScript.getScript(c) == UScript.LATIN;
  }

  /** Kazakh letters to their Russian neighbours; ё to е after sibilants (Gorbachev). */
  private static String preLatin(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i > 0 ? Character.toLowerCase(s.charAt(i - 1)) : ' ';
      switch (c) {
        case 'қ': b.append('к'); break;
        case 'Қ': b.append('К'); break;
        case 'ғ': b.append('г'); break;
        case 'Ғ': b.append('Г'); break;
        case 'ң': b.append('н'); break;
        case 'Ң': b.append('Н'); break;
        case 'ө': b.append('о'); break;
        case 'Ө': b.append('О'); break;
        case 'ұ': case 'ү': b.append('у'); break;
        case 'Ұ': case 'Ү': b.append('У'); break;
        case 'һ': b.append('х'); break;
        case 'Һ': b.append('Х'); break;
        case 'і': b.append('и'); break;
        case 'І': b.append('И'); break;
        case 'ә': b.append('а'); break;
        case 'Ә': b.append('А'); break;
        case 'ё':
          b.append(prev == 'ж' || prev == 'ч' || prev == 'ш' || prev == 'щ' ? 'е' : 'ё');
          break;
        case 'Ё': b.append('Ё'); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }

  /** Drops the BGN marks, writes ë as yo and a word-final iy/yy as y. */
  private static String postLatin(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ʹ': case 'ʺ': case '·': case '\u0301':
          break;
        case 'ë':
          if (b.length() > 0 && (b.charAt(b.length() - 1) == 'y' || b.charAt(b.length() - 1) == 'Y')) {
            b.append('o');
          } else {
            b.append("yo");
          }
          break;
        case 'Ë':
          b.append("Yo");
          break;
        default:
          b.append(c);
      }
    }
    // word-final iy / yy → y
    for (int i = b.length() - 2; i >= 0; i--) {
      boolean atEnd = i + 2 == b.length() || !Character.isLetter(b.charAt(i + 2));
      if (atEnd && b.charAt(i + 1) == 'y' && (b.charAt(i) == 'i' || b.charAt(i) == 'y')
          && i > 0 && Character.isLetter(b.charAt(i - 1))) {
        b.deleteCharAt(i);
      }
    }
    return b.toString();
  }
}
