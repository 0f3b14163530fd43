package dev.lede.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English and Russian month names, all taken from ICU4J's {@link DateFormatSymbols} (format and
 * stand-alone contexts, wide and abbreviated widths). Russian gives the nominative (stand-alone)
 * and the genitive (format); the dative, prepositional and instrumental ({@code марту},
 * {@code в марте}, {@code мартом}) follow from the genitive by the regular declension of its
 * ending ({@code -а} hard, {@code -я} soft). Immutable.
 */
final class MonthNames {

  /** A month word found in a token list. */
  record MonthWord(int month, boolean full, int last) {}

  private static final int MIN_ABBREVIATION = 3;

  /** Full names and case forms: usable alone ({@code in October}, {@code в июле}). */
  private static final Map<String, Integer> FULL;
  /** ICU abbreviations that need no period ({@code Nov 27}); only before a number. */
  private static final Map<String, Integer> SHORT;
  /** Every prefix of a full name of at least three letters, read only before a period. */
  private static final Map<String, Integer> PREFIX;
  /** Every word of the three tables, for the cheap first test. */
  static final Set<String> WORDS;
  private static final WordFilter FILTER;

  static {
    Map<String, Integer> full = new HashMap<>();
    Map<String, Integer> shortNames = new HashMap<>();
    Map<String, Integer> prefix = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String lang : List.of("en", "ru")) {
      DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(lang));
      for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        String[] wide = symbols.getMonths(context, DateFormatSymbols.WIDE);
        String[] abbreviated = symbols.getMonths(context, DateFormatSymbols.ABBREVIATED);
        for (int m = 0; m < 12; m++) {
          String name = wide[m].toLowerCase(Locale.ROOT);
          full.put(name, m + 1);
          if (lang.equals("ru") && context == DateFormatSymbols.FORMAT) {
            declineGenitive(name, m + 1, full);
          }
          for (int k = MIN_ABBREVIATION; k < name.length(); k++) {
            Integer before = prefix.putIfAbsent(name.substring(0, k), m + 1);
            if (before != null && before != m + 1) {
              ambiguous.add(name.substring(0, k));
            }
          }
          String abbr = abbreviated[m].toLowerCase(Locale.ROOT);
          if (abbr.endsWith(".")) {
            prefix.putIfAbsent(abbr.substring(0, abbr.length() - 1), m + 1);
          } else {
            shortNames.put(abbr, m + 1);
          }
        }
      }
    }
    ambiguous.forEach(prefix::remove);
    FULL = Map.copyOf(full);
    SHORT = Map.copyOf(shortNames);
    PREFIX = Map.copyOf(prefix);
    Set<String> words = new HashSet<>(FULL.keySet());
    words.addAll(SHORT.keySet());
    words.addAll(PREFIX.keySet());
    WORDS = Set.copyOf(words);
    FILTER = new WordFilter(WORDS);
  }

  private MonthNames() {}

  /** Adds the dative, prepositional and instrumental forms derived from a Russian genitive. */
  private static void declineGenitive(String genitive, int month, Map<String, Integer> out) {
    String stem = genitive.substring(0, genitive.length() - 1);
    if (genitive.endsWith("я")) {
      for (String ending : new String[] {"ю", "е", "ем", "ём"}) {
        out.put(stem + ending, month);
      }
    } else if (genitive.endsWith("а")) {
      for (String ending : new String[] {"у", "е", "ом"}) {
        out.put(stem + ending, month);
      }
    }
  }

  /**
   * The month named by the token at {@code i}, or null. English names must be capitalized (they
   * always are, and {@code may}, {@code march} are also common words). An abbreviation that is
   * not itself a full name takes the period that follows it ({@code Nov.}, {@code сент.}).
   */
  static MonthWord at(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isWord() || !t.mayBe(FILTER) || t.lower().length() < MIN_ABBREVIATION) {
      return null;
    }
    boolean latin = t.lower().charAt(0) < 0x0400;
    if (latin && !t.isCapitalized()) {
      return null;
    }
    Integer month = FULL.get(t.lower());
    if (month != null) {
      return new MonthWord(month, true, i);
    }
    boolean period = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('.')
        && tokens.get(i + 1).begin() == t.end();
    if (period) {
      month = PREFIX.get(t.lower());
      if (month == null) {
        month = SHORT.get(t.lower());
      }
      return month == null ? null : new MonthWord(month, false, i + 1);
    }
    month = SHORT.get(t.lower());
    return month == null ? null : new MonthWord(month, false, i);
  }
}
