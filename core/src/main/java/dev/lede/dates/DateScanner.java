package dev.lede.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds date expressions in a token list, left to right, each token read a bounded number of
 * times: a hand-written matcher instead of one large regular expression. One instance per scan.
 *
 * <p>A number counts only when it stands alone: not glued to letters ({@code 80th}, {@code F-16}),
 * not part of a larger figure ({@code 600,000}, {@code 3.5}, {@code 10:30}), not a price or a
 * percentage. A bare four-digit number is a year only in year context ({@code in 2023},
 * {@code 2023 году}), never before a noun on its own ({@code 2023 companies}).
 */
final class DateScanner {

  /** Years written with a month or a year word ({@code 1812 года}). */
  static final int YEAR_MIN = 1000;
  static final int YEAR_MAX = 2999;
  /** Years read from context alone ({@code in 2023}). */
  static final int BARE_YEAR_MIN = 1700;
  static final int BARE_YEAR_MAX = 2199;
  /** The longest span of years read from two bare numbers. */
  static final int MAX_YEAR_SPAN = 50;

  private static final Set<String> ORDINAL_EN = Set.of("st", "nd", "rd", "th");
  private static final Set<String> ORDINAL_RU = Set.of("го", "е", "ое", "ого");
  private static final Set<String> YEAR_SUFFIX_RU = Set.of("м", "й", "го", "ого", "ом");
  private static final Set<String> YEAR_WORDS_RU = Set.of("год", "года", "году", "годом", "годе");
  private static final Set<String> YEARS_WORDS_RU =
      Set.of("годы", "годах", "годов", "годам", "годами");
  private static final Set<String> MONTH_WORDS_RU =
      Set.of("месяц", "месяца", "месяце", "месяцу", "месяцем");
  /** Words glued by a hyphen before a year or month: {@code mid-2023}, {@code mid-October}. */
  private static final Set<String> HYPHEN_PREFIX = Set.of("mid", "early", "late");
  /** Words that make the next four-digit number a year. */
  private static final Set<String> YEAR_CONTEXT = Set.of("in", "since", "until", "till",
      "during", "before", "after", "through", "throughout", "between", "year", "early", "late",
      "mid", "circa");
  /** Words that make the next four-digit number a year only if nothing nouny follows it. */
  private static final Set<String> WEAK_YEAR_CONTEXT = Set.of("for", "from", "by", "to");
  /** Words before a weak preposition that make the number after it a quantity. */
  private static final Set<String> QUANTITY_VERBS = Set.of("increased", "decreased", "rose",
      "fell", "grew", "dropped", "declined", "reduced", "raised", "up", "down", "cut", "jumped",
      "climbed", "amounted", "totaled", "totalled", "reached", "exceeded", "rise", "fall",
      "increase", "decrease", "growth", "drop", "compared", "equal", "close", "limited");
  /** Prepositions that frame a span of quantities as well as of years. */
  private static final Set<String> SPAN_OPENERS = Set.of("between", "from");
  /** Nouns before {@code of} that make the year after it certain: {@code the end of 2023}. */
  private static final Set<String> OF_HEADS = Set.of("end", "beginning", "start", "middle",
      "half", "quarter", "spring", "summer", "autumn", "fall", "winter", "year", "results",
      "budget", "course", "events", "crisis", "elections", "election", "war", "revolution",
      "class", "law", "constitution", "plan", "strategy", "programme", "program", "as");
  /** Words that may follow a year in weak context ({@code plans for 2025 and beyond}). */
  private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "when", "as",
      "the", "a", "an", "was", "were", "is", "are", "will", "would", "has", "have", "had", "to",
      "in", "on", "at", "with", "by", "for", "of", "after", "before", "until", "through",
      "during", "that", "which", "this", "its", "it", "we", "they", "he", "she", "i", "onwards",
      "onward", "inclusive", "respectively", "alone", "itself", "saw", "if", "unless",
      "because", "so", "while", "where", "whereas", "than", "then", "only", "also", "not",
      "there", "under", "into", "against", "compared");
  /** Words after which a number is a quantity, not a year. */
  private static final Set<String> UNITS = Set.of("percent", "per", "million", "billion",
      "thousand", "trillion", "mln", "bln", "km", "kilometres", "kilometers", "miles", "metres",
      "meters", "tons", "tonnes", "square", "sq", "hectares", "times", "points");
  /** Words before a year used as a modifier: {@code a 2014 study}, {@code her 2003 book}. */
  private static final Set<String> ATTRIBUTIVE = Set.of("a", "an", "his", "her", "its", "their",
      "our", "my", "your");
  /**
   * Nouns that a year names after {@code the} ({@code the 2016 election}); after {@code the}, a
   * number before any other lower-case noun is a count ({@code the 2000 delegates}).
   */
  private static final Set<String> EVENT_NOUNS = Set.of("election", "elections", "campaign",
      "race", "season", "summit", "games", "olympics", "census", "budget", "crisis", "war",
      "report", "study", "survey", "law", "act", "bill", "cup", "championship", "forum",
      "program", "programme", "plan", "strategy", "agreement", "treaty", "deal", "visit",
      "meeting", "vote", "referendum", "conference", "festival", "edition", "tournament",
      "collapse", "attack", "attacks", "protests", "revolution", "pandemic", "declaration",
      "speech", "interview", "book", "film", "tax", "presidential", "parliamentary", "general",
      "midterm", "midterms", "primary", "primaries", "financial", "economic", "global", "world",
      "national", "state", "federal", "annual", "fiscal", "debate", "debates",
      "decree", "constitution", "constitutional", "reform", "reforms", "crash", "floods",
      "earthquake", "uprising", "coup", "riots", "unrest", "events", "shooting");
  /** Words that make the next month name (alone) a date: {@code in October}, {@code в июле}. */
  private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by",
      "from", "through", "throughout", "during", "before", "after", "early", "late", "mid", "of",
      "between", "a", "an", "his", "her", "its", "their", "our", "в", "во", "с", "со", "до",
      "к", "ко", "по", "на", "начале", "конце", "середине", "начала", "конца", "середины",
      "началу", "концу", "середину", "течение", "после", "между", "от", "перед", "за");
  /** Words that join a second month or year to a first one: {@code in May and June}. */
  private static final Set<String> CHAIN = Set.of("and", "or", "to", "through", "until", "и",
      "или", "по", "до");
  /** Words that join two days of a range: {@code 14 and 15 October}. */
  private static final Set<String> RANGE_WORDS = Set.of("and", "to", "through", "и", "по", "до");
  /** Words before {@code last year} that make it a span of time, not a calendar year. */
  private static final Set<String> SPAN_DETERMINERS =
      Set.of("the", "a", "an", "every", "each", "one", "per");
  private static final Map<String, Integer> EN_RELATIVE =
      Map.of("this", 0, "last", -1, "next", 1, "current", 0);
  private static final Map<String, Integer> EN_DAYS = Map.of("yesterday", -1, "tomorrow", 1);
  private static final Map<String, Integer> RU_DAYS =
      Map.of("вчера", -1, "позавчера", -2, "завтра", 1, "послезавтра", 2);
  /** Russian adjectives before год/месяц, in the cases a singular phrase takes. */
  private static final Map<String, Integer> RU_RELATIVE = russianRelative();
  /**
   * Every word a date can start with: the words {@link #atWord} looks up first. Any other word
   * is passed over without being lower-cased.
   */
  private static final WordFilter STARTS = new WordFilter(startWords());

  private final Tokens t;
  private final int n;
  private Found previous;

  private DateScanner(Tokens tokens) {
    this.t = tokens;
    this.n = tokens.size();
  }

  static List<Found> scan(Tokens tokens) {
    return new DateScanner(tokens).run();
  }

  private static Map<String, Integer> russianRelative() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[] hard = {"ый", "ого", "ом", "ому", "ым"};
    String[] soft = {"ий", "его", "ем", "ему", "им"};
    for (String e : hard) {
      m.put("прошл" + e, -1);
      m.put("позапрошл" + e, -2);
    }
    for (String e : soft) {
      m.put("текущ" + e, 0);
      m.put("нынешн" + e, 0);
      m.put("следующ" + e, 1);
      m.put("будущ" + e, 1);
    }
    for (String f : new String[] {"этот", "этого", "этом", "этому", "этим", "сего"}) {
      m.put(f, 0);
    }
    return Map.copyOf(m);
  }

  private static Set<String> startWords() {
    Set<String> words = new java.util.HashSet<>(MonthNames.WORDS);
    words.addAll(EN_DAYS.keySet());
    words.addAll(RU_DAYS.keySet());
    words.addAll(EN_RELATIVE.keySet());
    words.addAll(RU_RELATIVE.keySet());
    words.add("the"); // the day before yesterday, the current year
    words.add("day"); // day after tomorrow
    return words;
  }

  private List<Found> run() {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Found f = t.isNumber(i) ? atNumber(i) : t.isWord(i) ? atWord(i) : null;
      if (f == null) {
        i++;
        continue;
      }
      Found last = out.isEmpty() ? null : out.get(out.size() - 1);
      Found range = last == null ? null : joinRange(last, f);
      if (range != null) {
        out.set(out.size() - 1, range);
      } else {
        out.add(f);
      }
      previous = f;
      i = f.last() + 1;
    }
    return out;
  }

  private Found atNumber(int i) {
    Found f = numericDate(i);
    if (f == null) {
      f = yearRange(i);
    }
    if (f == null) {
      f = dayFirst(i);
    }
    if (f == null) {
      f = yearWithWord(i);
    }
    if (f == null) {
      f = yearInContext(i);
    }
    return f;
  }

  private Found atWord(int i) {
    if (!t.mayHold(i, STARTS)) {
      return null; // each rule below first looks the word up among the start words
    }
    Found f = relativeDay(i);
    if (f == null) {
      f = relativePhrase(i);
    }
    if (f == null) {
      f = monthFirst(i);
    }
    return f;
  }

  // ---------------------------------------------------------------- numbers

  /** {@code 2024-10-01}, {@code 15.04.2021}, {@code 15/04/2021} (only when unambiguous). */
  private Found numericDate(int i) {
    if (i + 4 >= n || !touches(i) || !touches(i + 1) || !touches(i + 2) || !touches(i + 3)) {
      return null;
    }
    Token a = t.get(i);
    Token s1 = t.get(i + 1);
    Token b = t.get(i + 2);
    Token s2 = t.get(i + 3);
    Token c = t.get(i + 4);
    if (!b.isNumber(1, 2) || !sameSeparator(s1, s2) || !leftClean(i)) {
      return null;
    }
    int last = i + 4;
    if (!rightClean(last) && !timeFollows(last)) {
      return null;
    }
    Expr e = null;
    if (a.isNumber(4, 4) && c.isNumber(1, 2)) {
      e = fullDate(a.value(), b.value(), c.value());
    } else if (a.isNumber(1, 2) && c.isNumber(4, 4)) {
      int x = a.value();
      int y = b.value();
      if (s1.isSymbol('/') && x <= 12 && y <= 12 && x != y) {
        return null; // 04/05/2021: day-first or month-first cannot be told
      }
      e = s1.isSymbol('/') && x <= 12 && y > 12
          ? fullDate(c.value(), x, y) : fullDate(c.value(), y, x);
    }
    return e == null ? null : new Found(i, last, e);
  }

  /** An ISO date glued to a time: {@code 2024-11-27T10:30}. */
  private boolean timeFollows(int last) {
    return last + 1 < n && touches(last) && t.get(last + 1).isWord()
        && t.get(last + 1).first() == 'T';
  }

  private static boolean sameSeparator(Token s1, Token s2) {
    return s1.kind() == Token.Kind.SYMBOL && s1.text().equals(s2.text())
        && (s1.isSymbol('.') || s1.isSymbol('/') || s1.isHyphen());
  }

  /** {@code 2023–2025}, {@code 2023-2025 годы}. */
  private Found yearRange(int i) {
    Token a = t.get(i);
    if (!isYear(a, BARE_YEAR_MIN, BARE_YEAR_MAX) || !leftClean(i) || i + 2 >= n) {
      return null;
    }
    Token c = t.get(i + 1);
    boolean joined = (c.isHyphen() && touches(i) && touches(i + 1)) || c.isDash();
    Token b = t.get(i + 2);
    if (!joined || !isYear(b, BARE_YEAR_MIN, BARE_YEAR_MAX)) {
      return null;
    }
    int y1 = a.value();
    int y2 = b.value();
    if (y2 <= y1 || y2 - y1 > 100) {
      return null;
    }
    int last = yearWord(i + 2, YEARS_WORDS_RU);
    if (last < 0) {
      last = yearWord(i + 2, YEAR_WORDS_RU);
    }
    if (last < 0) {
      if (!rightClean(i + 2)) {
        return null;
      }
      last = i + 2;
    }
    return new Found(i, last, Expr.absolute(y1, null, null), Expr.absolute(y2, null, null));
  }

  /** {@code 27 November 2024}, {@code 4 марта}, {@code 14–15 октября}, {@code 4th of March}. */
  private Found dayFirst(int i) {
    int d1 = dayValue(i);
    if (d1 < 0 || !leftClean(i)) {
      return null;
    }
    int e1 = daySuffix(i);
    int d2 = -1;
    int e2 = -1;
    int c = e1 + 1;
    if (c + 1 < n && joinsDays(e1, c)) {
      d2 = dayValue(c + 1);
      e2 = d2 < 0 ? -1 : daySuffix(c + 1);
      if (e2 >= 0 && (!rightClean(e2) || d2 <= d1)) {
        e2 = -1;
      }
    }
    if (e2 < 0 && !rightClean(e1)) {
      return null;
    }
    int k = (e2 >= 0 ? e2 : e1) + 1;
    if (k < n && t.get(k).is("of")) {
      k++;
    }
    MonthNames.MonthWord mw = k < n ? MonthNames.at(t, k) : null;
    if (mw == null) {
      return null;
    }
    return withTail(i, mw, d1, e2 >= 0 ? d2 : null);
  }

  /** Whether the token at {@code c} joins the day ending at {@code e1} to a second day. */
  private boolean joinsDays(int e1, int c) {
    Token x = t.get(c);
    if (x.isHyphen()) {
      return touches(e1) && touches(c);
    }
    return x.isDash() || (x.isWord() && RANGE_WORDS.contains(x.lower()));
  }

  /**
   * Completes a day-month (or day range) with what follows the month: a year, a relative year
   * ({@code of this year}, {@code этого года}), or nothing (the year is inferred).
   */
  private Found withTail(int first, MonthNames.MonthWord mw, int day, Integer endDay) {
    int m = mw.month();
    if (!validMonthDay(m, day) || (endDay != null && !validMonthDay(m, endDay))) {
      return null;
    }
    int k = mw.last() + 1;
    int[] year = yearAfter(k);
    if (year != null) {
      Expr start = fullDate(year[0], m, day);
      Expr end = endDay == null ? null : fullDate(year[0], m, endDay);
      if (start == null || (endDay != null && end == null)) {
        return null;
      }
      return new Found(first, year[1], start, end);
    }
    int[] rel = relativeYear(k);
    if (rel != null) {
      return new Found(first, rel[1], Expr.relativeYear(rel[0], m, day),
          endDay == null ? null : Expr.relativeYear(rel[0], m, endDay));
    }
    return new Found(first, mw.last(), Expr.inferYear(m, day),
        endDay == null ? null : Expr.inferYear(m, endDay));
  }

  /** {@code 2023 году}, {@code 2023-м году}, {@code 2023 г.}, {@code 2023г.}. */
  private Found yearWithWord(int i) {
    Token y = t.get(i);
    if (!isYear(y, YEAR_MIN, YEAR_MAX) || !leftClean(i)) {
      return null;
    }
    int last = yearWord(i, YEAR_WORDS_RU);
    return last < 0 ? null : new Found(i, last, Expr.absolute(y.value(), null, null));
  }

  /** {@code in 2023}, {@code since 1991}, {@code mid-2023}, {@code for 2025,}. */
  private Found yearInContext(int i) {
    Token y = t.get(i);
    if (!isYear(y, BARE_YEAR_MIN, BARE_YEAR_MAX) || !leftClean(i) || !rightClean(i)) {
      return null;
    }
    if (i + 1 < n && t.get(i + 1).isWord() && UNITS.contains(t.get(i + 1).lower())) {
      return null;
    }
    boolean year = switch (yearContext(i)) {
      case STRONG -> !spanOfQuantities(i);
      case WEAK -> followsWell(i);
      case ATTRIBUTIVE -> i + 1 < n && t.get(i + 1).isWord();
      case DEFINITE -> i + 1 < n && t.get(i + 1).isWord()
          && (t.get(i + 1).isCapitalized() || EVENT_NOUNS.contains(t.get(i + 1).lower()));
      case NONE -> beforeYearWord(i);
    };
    return year ? new Found(i, i, Expr.absolute(y.value(), null, null)) : null;
  }

  /** How the words before a four-digit number make it a year. */
  private enum Context {
    /** {@code in 2023}, {@code mid-2023}, {@code the end of 2023}. */
    STRONG,
    /** {@code for 2025}: a year only if nothing nouny follows. */
    WEAK,
    /** {@code a 2014 study}, {@code her 2003 book}, {@code Trump's 1995 taxes}. */
    ATTRIBUTIVE,
    /** {@code the 2016 election}: a year only before a name or an event noun. */
    DEFINITE,
    NONE
  }

  private Context yearContext(int i) {
    if (i == 0) {
      return Context.NONE;
    }
    Token p = t.get(i - 1);
    if (p.isHyphen() && touches(i - 1) && i >= 2 && touches(i - 2)
        && HYPHEN_PREFIX.contains(t.get(i - 2).lower())) {
      return Context.STRONG;
    }
    if (chained(i) && previous.start().month() == null) {
      return Context.STRONG;
    }
    if (!p.isWord()) {
      return Context.NONE;
    }
    if (YEAR_CONTEXT.contains(p.lower())) {
      return Context.STRONG;
    }
    if (p.is("of") && i >= 2 && (OF_HEADS.contains(t.get(i - 2).lower())
        || t.get(i - 2).isCapitalized())) {
      return Context.STRONG; // the end of 2023, the Act of 2015
    }
    if (ATTRIBUTIVE.contains(p.lower())
        || (p.is("s") && i >= 2 && touches(i - 2) && t.get(i - 2).isSymbol('\''))) {
      return Context.ATTRIBUTIVE;
    }
    if (p.is("the")) {
      return Context.DEFINITE;
    }
    if (!WEAK_YEAR_CONTEXT.contains(p.lower())) {
      return Context.NONE;
    }
    boolean quantity = i >= 2 && QUANTITY_VERBS.contains(t.get(i - 2).lower());
    return quantity ? Context.NONE : Context.WEAK; // rose to 2000, increased by 2000
  }

  /**
   * {@code between 1800 and 2000 rubles}, {@code from 1800 to 2000 people}: a span whose second
   * number counts a noun is a span of quantities, not of years.
   */
  private boolean spanOfQuantities(int i) {
    if (i == 0 || !t.get(i - 1).isWord() || !SPAN_OPENERS.contains(t.get(i - 1).lower())
        || i + 2 >= n || !t.get(i + 2).isNumber()) {
      return false;
    }
    Token joint = t.get(i + 1);
    boolean joined = joint.is("and") || joint.is("to") || joint.isDash() || joint.isHyphen();
    return joined && !closeYears(i, i + 2) && !followsWell(i + 2)
        && yearWord(i + 2, YEARS_WORDS_RU) < 0;
  }

  /**
   * Whether two four-digit numbers read as a span of years ({@code from 2020 to 2023 exports
   * doubled}) rather than of quantities ({@code from 1800 to 2000 rubles}): both plausible
   * years, the second later by at most {@value #MAX_YEAR_SPAN}.
   */
  private boolean closeYears(int a, int b) {
    Token x = t.get(a);
    Token y = t.get(b);
    if (!isYear(x, BARE_YEAR_MIN, BARE_YEAR_MAX) || !isYear(y, BARE_YEAR_MIN, BARE_YEAR_MAX)) {
      return false;
    }
    int gap = y.value() - x.value();
    return gap > 0 && gap <= MAX_YEAR_SPAN;
  }

  /** {@code в 1995 и 2002 годах}: a year shared with the next one's year word. */
  private boolean beforeYearWord(int i) {
    if (i + 2 >= n) {
      return false;
    }
    Token c = t.get(i + 1);
    boolean joined = c.isSymbol(',') || c.isDash() || c.isHyphen()
        || c.is("и") || c.is("или") || c.is("and") || c.is("or");
    return joined && isYear(t.get(i + 2), YEAR_MIN, YEAR_MAX)
        && (yearWord(i + 2, YEAR_WORDS_RU) >= 0 || yearWord(i + 2, YEARS_WORDS_RU) >= 0);
  }

  /** Whether a weak-context year ends a phrase rather than counting a noun. */
  private boolean followsWell(int i) {
    if (i + 1 >= n) {
      return true;
    }
    Token x = t.get(i + 1);
    if (x.isWord() && (x.is("to") || x.is("and") || x.is("or")) && i + 2 < n
        && t.get(i + 2).isNumber(4, 4)) {
      return closeYears(i, i + 2) || followsWell(i + 2); // not: from 1800 to 2000 rubles
    }
    if (x.isWord()) {
      return FUNCTION_WORDS.contains(x.lower());
    }
    return x.kind() == Token.Kind.SYMBOL && !x.isSymbol('%');
  }

  /**
   * The year after a month at {@code k}: {@code 2024}, {@code , 2024}, {@code 2024 года}, as
   * {value, last token}; null when none. After a comma the year must be plausible and end the
   * phrase ({@code March 4, 1500 delegates} is no year).
   */
  private int[] yearAfter(int k) {
    if (k >= n) {
      return null;
    }
    boolean comma = t.get(k).isSymbol(',');
    int j = comma ? k + 1 : k;
    if (j >= n || !isYear(t.get(j), YEAR_MIN, YEAR_MAX) || !leftClean(j)) {
      return null;
    }
    int value = t.get(j).value();
    int last = yearWord(j, YEAR_WORDS_RU);
    if (last >= 0) {
      return new int[] {value, last};
    }
    if (!rightClean(j)) {
      return null;
    }
    if (comma && (value < BARE_YEAR_MIN || value > BARE_YEAR_MAX || !followsWell(j))) {
      return null;
    }
    return new int[] {value, j};
  }

  /**
   * The Russian year word after the year at {@code y} ({@code году}, {@code -м году},
   * {@code г.}, {@code гг.}), as its last token, or -1.
   */
  private int yearWord(int y, Set<String> words) {
    int j = y + 1;
    boolean suffix = j + 1 < n && touches(y) && t.get(j).isHyphen() && touches(j)
        && YEAR_SUFFIX_RU.contains(t.get(j + 1).lower());
    if (suffix) {
      j += 2;
    }
    if (j >= n || !t.get(j).isWord()) {
      return suffix ? j - 1 : -1; // в 2010-м, в конце сентября 2010-го
    }
    Token w = t.get(j);
    if (words.contains(w.lower())) {
      return j;
    }
    boolean abbreviation = words == YEAR_WORDS_RU ? w.is("г") : w.is("гг");
    if (abbreviation) {
      return j + 1 < n && touches(j) && t.get(j + 1).isSymbol('.') ? j + 1 : j;
    }
    return suffix ? j - 1 : -1;
  }

  // ---------------------------------------------------------------- words

  /** {@code yesterday}, {@code the day before yesterday}, {@code вчера}, {@code позавчера}. */
  private Found relativeDay(int i) {
    Token w = t.get(i);
    Integer days = EN_DAYS.get(w.lower());
    if (days == null) {
      days = RU_DAYS.get(w.lower());
    }
    if (days != null) {
      return new Found(i, i, new Expr(Expr.Anchor.DAY, null, null, null, days));
    }
    int j = w.is("the") ? i + 1 : i;
    if (j + 2 < n && t.get(j).is("day")) {
      Token way = t.get(j + 1);
      Token what = t.get(j + 2);
      if (way.is("before") && what.is("yesterday")) {
        return new Found(i, j + 2, new Expr(Expr.Anchor.DAY, null, null, null, -2));
      }
      if (way.is("after") && what.is("tomorrow")) {
        return new Found(i, j + 2, new Expr(Expr.Anchor.DAY, null, null, null, 2));
      }
    }
    return null;
  }

  /**
   * {@code this year}, {@code last year}, {@code the current year}, {@code next month},
   * {@code last July}, {@code в прошлом году}, {@code этого года}, {@code в этом месяце}. Not
   * {@code the last year} or {@code the past year}: spans of time, not calendar years.
   */
  private Found relativePhrase(int i) {
    Token w = t.get(i);
    Integer ru = RU_RELATIVE.get(w.lower());
    if (ru != null) {
      if (i + 1 < n && YEAR_WORDS_RU.contains(t.get(i + 1).lower())
          && !t.get(i + 1).is("годе")) {
        return new Found(i, i + 1, Expr.relativeYear(ru, null, null));
      }
      if (i + 1 < n && MONTH_WORDS_RU.contains(t.get(i + 1).lower())) {
        return new Found(i, i + 1, new Expr(Expr.Anchor.MONTH, null, null, null, ru));
      }
      return null;
    }
    boolean the = w.is("the");
    int s = the ? i + 1 : i;
    if (s + 1 >= n) {
      return null;
    }
    if (the && !t.get(s).is("current")) {
      return null; // after "the" only "current" (the current year): no need to look it up
    }
    Integer off = EN_RELATIVE.get(t.get(s).lower());
    if (off == null) {
      return null;
    }
    if (!the && i > 0 && SPAN_DETERMINERS.contains(t.get(i - 1).lower())) {
      return null;
    }
    Token unit = t.get(s + 1);
    boolean hyphenated = touches(s + 1) && s + 2 < n && t.get(s + 2).isHyphen(); // year-long
    if (unit.is("year") && !hyphenated) {
      return new Found(i, s + 1, Expr.relativeYear(off, null, null));
    }
    if (unit.is("month") && !hyphenated) {
      return new Found(i, s + 1, new Expr(Expr.Anchor.MONTH, null, null, null, off));
    }
    MonthNames.MonthWord mw = MonthNames.at(t, s + 1);
    if (mw != null && mw.full() && !the && !t.get(s).is("current")) {
      return new Found(i, mw.last(),
          new Expr(Expr.Anchor.NAMED_MONTH, null, mw.month(), null, off));
    }
    return null;
  }

  /**
   * {@code November 27, 2024}, {@code Nov. 27}, {@code October 14–15}, {@code November 2024},
   * {@code July of this year}, {@code в июле этого года}, and a full month name alone in date
   * context ({@code in October}, {@code в конце октября}, {@code mid-October}).
   */
  private Found monthFirst(int i) {
    MonthNames.MonthWord mw = MonthNames.at(t, i);
    if (mw == null) {
      return null;
    }
    int m = mw.month();
    int k = mw.last() + 1;
    int d1 = k < n ? dayValue(k) : -1;
    if (d1 > 0 && (touches(mw.last()) ? t.get(mw.last()).isSymbol('.') : true)) {
      int e1 = daySuffix(k);
      int c = e1 + 1;
      if (c + 1 < n && joinsDays(e1, c)) {
        int d2 = dayValue(c + 1);
        int e2 = d2 < 0 ? -1 : daySuffix(c + 1);
        if (e2 >= 0 && d2 > d1 && rightClean(e2)) {
          return dayTail(i, e2, m, d1, d2);
        }
      }
      if (rightClean(e1)) {
        return dayTail(i, e1, m, d1, null);
      }
    }
    int j = k < n && t.get(k).is("of") ? k + 1 : k;
    int[] year = yearAfter(j);
    if (year != null) {
      return new Found(i, year[1], Expr.absolute(year[0], m, null));
    }
    int[] rel = relativeYear(k);
    if (rel != null) {
      return new Found(i, rel[1], Expr.relativeYear(rel[0], m, null));
    }
    if (mw.full() && (monthContext(i) || monthRangeFollows(mw.last()))) {
      return new Found(i, mw.last(), Expr.inferYear(m, null));
    }
    return null;
  }

  /** Completes a month-first day ({@code November 27}) with an optional year after it. */
  private Found dayTail(int first, int dayEnd, int m, int day, Integer endDay) {
    if (!validMonthDay(m, day) || (endDay != null && !validMonthDay(m, endDay))) {
      return null;
    }
    int[] year = yearAfter(dayEnd + 1);
    if (year != null) {
      Expr start = fullDate(year[0], m, day);
      Expr end = endDay == null ? null : fullDate(year[0], m, endDay);
      if (start == null || (endDay != null && end == null)) {
        return null;
      }
      return new Found(first, year[1], start, end);
    }
    int[] rel = relativeYear(dayEnd + 1);
    if (rel != null) {
      return new Found(first, rel[1], Expr.relativeYear(rel[0], m, day),
          endDay == null ? null : Expr.relativeYear(rel[0], m, endDay));
    }
    return new Found(first, dayEnd, Expr.inferYear(m, day),
        endDay == null ? null : Expr.inferYear(m, endDay));
  }

  /** {@code May–June}: a full month name, a dash, and another full month name. */
  private boolean monthRangeFollows(int last) {
    if (last + 2 >= n || !(t.get(last + 1).isDash() || t.get(last + 1).isHyphen())) {
      return false;
    }
    MonthNames.MonthWord next = MonthNames.at(t, last + 2);
    return next != null && next.full();
  }

  /** Whether the month alone at {@code i} stands where a date is expected. */
  private boolean monthContext(int i) {
    if (i == 0) {
      return false;
    }
    Token p = t.get(i - 1);
    if (p.isHyphen() && touches(i - 1) && i >= 2 && touches(i - 2)
        && HYPHEN_PREFIX.contains(t.get(i - 2).lower())) {
      return true;
    }
    if (chained(i) && previous.start().month() != null && previous.start().day() == null) {
      return true;
    }
    return p.isWord() && MONTH_CONTEXT.contains(p.lower());
  }

  /** Whether the token at {@code i} continues the previous date: {@code May and June}. */
  private boolean chained(int i) {
    if (previous == null || previous.last() != i - 2) {
      return false;
    }
    Token p = t.get(i - 1);
    return p.isDash() || p.isHyphen() || p.isSymbol(',')
        || (p.isWord() && CHAIN.contains(p.lower()));
  }

  /**
   * A year relative to the publication after a month: {@code of this year}, {@code last year},
   * {@code of the current year}, {@code этого года}, as {offset, last token}; null when none.
   */
  private int[] relativeYear(int k) {
    if (k + 1 >= n) {
      return null;
    }
    Integer ru = RU_RELATIVE.get(t.get(k).lower());
    if (ru != null) {
      return t.get(k + 1).is("года") ? new int[] {ru, k + 1} : null;
    }
    int j = t.get(k).is("of") ? k + 1 : k;
    boolean the = j < n && t.get(j).is("the");
    if (the) {
      j++;
    }
    if (j + 1 >= n) {
      return null;
    }
    Integer off = EN_RELATIVE.get(t.get(j).lower());
    if (off == null || (the && !t.get(j).is("current")) || !t.get(j + 1).is("year")) {
      return null;
    }
    return new int[] {off, j + 1};
  }

  // ---------------------------------------------------------------- ranges

  /**
   * Two dates joined by a dash become one range: {@code 30 September – 2 October 2024},
   * {@code May–June}. A first date without a year takes the year of the second.
   */
  private Found joinRange(Found a, Found b) {
    if (a.end() != null || b.end() != null || b.first() != a.last() + 2) {
      return null;
    }
    Token c = t.get(a.last() + 1);
    Expr x = a.start();
    Expr y = b.start();
    if (!(c.isDash() || c.isHyphen()) || !x.precisionMatches(y)) {
      return null;
    }
    if (x.anchor() == Expr.Anchor.INFER_YEAR && y.anchor() == Expr.Anchor.ABSOLUTE
        && y.year() != null) {
      boolean later = x.month() > y.month()
          || (x.month().equals(y.month()) && x.day() != null && x.day() > y.day());
      int year = later ? y.year() - 1 : y.year();
      if (x.day() != null && fullDate(year, x.month(), x.day()) == null) {
        return null;
      }
      x = x.withYear(year);
    }
    boolean written = x.anchor() == Expr.Anchor.ABSOLUTE || x.anchor() == Expr.Anchor.INFER_YEAR;
    if (x.anchor() != y.anchor() || !written) {
      return null;
    }
    return new Found(a.first(), b.last(), x, y);
  }

  // ---------------------------------------------------------------- number checks

  private boolean touches(int i) {
    return i + 1 < n && t.get(i).end() == t.get(i + 1).begin();
  }

  private static boolean isYear(Token x, int min, int max) {
    if (!x.isNumber(4, 4)) {
      return false;
    }
    int v = x.value();
    return v >= min && v <= max;
  }

  /** The day at {@code i} (1–31, one or two digits), or -1. */
  private int dayValue(int i) {
    Token x = t.get(i);
    if (!x.isNumber(1, 2)) {
      return -1;
    }
    int v = x.value();
    return v >= 1 && v <= 31 ? v : -1;
  }

  /** The last token of the day at {@code i}, with its ordinal ending: {@code 4th}, {@code 4-го}. */
  private int daySuffix(int i) {
    if (!touches(i)) {
      return i;
    }
    Token s = t.get(i + 1);
    if (s.isWord() && ORDINAL_EN.contains(s.lower())) {
      return i + 1;
    }
    if (s.isHyphen() && touches(i + 1) && i + 2 < n && t.get(i + 2).isWord()
        && ORDINAL_RU.contains(t.get(i + 2).lower())) {
      return i + 2;
    }
    return i;
  }

  /** Whether the number at {@code i} is not glued on its left to a word, a figure or a price. */
  private boolean leftClean(int i) {
    if (i == 0 || !touches(i - 1)) {
      return true;
    }
    Token p = t.get(i - 1);
    if (p.isWord() || p.isNumber()) {
      return false;
    }
    char c = p.first();
    if ("$€£¥₽₸#№+".indexOf(c) >= 0) {
      return false;
    }
    if (".,:/".indexOf(c) >= 0) {
      return !(i >= 2 && touches(i - 2) && t.get(i - 2).isNumber());
    }
    if (p.isHyphen() && i >= 2 && touches(i - 2)) {
      Token q = t.get(i - 2);
      return q.isWord() && HYPHEN_PREFIX.contains(q.lower());
    }
    return true;
  }

  /**
   * Whether the number ending at token {@code j} is not glued on its right to a word
   * ({@code 80th}), a figure ({@code 600,000}, {@code 10:30}, {@code 3.5}) or a percent sign.
   */
  private boolean rightClean(int j) {
    if (!touches(j)) {
      return true;
    }
    Token x = t.get(j + 1);
    if (x.isWord() || x.isNumber()) {
      return false;
    }
    char c = x.first();
    if (c == '%' || c == '\u2030') {
      return false;
    }
    if (".,:/".indexOf(c) >= 0 || x.isHyphen()) {
      return !(touches(j + 1) && (t.get(j + 2).isNumber() || (x.isHyphen() && t.get(j + 2)
          .isWord())));
    }
    return true;
  }

  private static boolean validMonthDay(int month, int day) {
    try {
      MonthDay.of(month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The absolute date, or null when the parts do not form one (31 April, 29 February 2023). */
  private static Expr fullDate(int year, int month, int day) {
    if (year < YEAR_MIN || year > YEAR_MAX) {
      return null;
    }
    try {
      LocalDate.of(year, month, day);
      return Expr.absolute(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
