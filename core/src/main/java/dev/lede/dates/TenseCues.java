package dev.lede.dates;

import java.util.List;
import java.util.Set;

/**
 * Tells from a few unmistakable words whether the sentence around a date speaks of the past or
 * the future ({@code will be held}, {@code состоится}; {@code was held}, {@code состоялся}).
 * Used only to choose the year of a date written without one.
 */
final class TenseCues {

  /** Words that put the sentence in the future whatever else it holds. */
  private static final Set<String> FUTURE = Set.of("will", "shall", "ll", "будет", "будут",
      "буду", "будем", "будете", "станет", "состоится", "состоятся", "пройдет", "пройдёт",
      "пройдут", "планируется", "предстоит", "ожидается", "завтра", "tomorrow");
  /** Words that point to the future unless the sentence also speaks of the past. */
  private static final Set<String> MAYBE_FUTURE = Set.of("upcoming", "forthcoming",
      "scheduled", "planned", "plans", "plan", "intends", "expected", "next", "coming",
      "планирует", "планируют", "намерен", "намерена", "намерены", "предстоящий",
      "предстоящей", "предстоящем", "предстоящего", "запланирован", "запланирована",
      "запланировано", "следующем", "следующего", "грядущий");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "took", "met",
      "came", "went", "became", "began", "ago", "last", "previously", "yesterday", "said",
      "told", "held", "был", "была", "было", "были", "прошел", "прошёл", "прошла", "прошли",
      "провел", "провёл", "вчера", "прошлом", "прошлого", "назад", "ранее");
  /** English words in {@code -ed} that are no past tense. */
  private static final Set<String> NOT_PAST = Set.of("united", "based", "related", "limited",
      "interested", "advanced", "red", "bed", "need", "indeed", "speed", "feed", "proceed",
      "exceed", "succeed", "hundred", "shed", "wed", "bred", "seed", "deed", "sacred",
      "kindred", "naked", "wicked", "beloved", "concerned", "dedicated", "detailed");
  /**
   * Russian past-tense endings ({@code состоялся}, {@code отметил}, {@code прошла}); endings
   * that nouns share ({@code цели}, {@code материал}, {@code канал}) are left out.
   */
  private static final String[] RU_PAST_ENDINGS = {"лся", "лась", "лись", "лось", "ил", "ила",
      "или", "ала", "али", "яла", "яли", "ела", "нул", "нула", "нули", "ыл", "ыла", "ыли"};
  private static final int MIN_PAST_WORD = 5;
  /** The last letters of {@code -ed} and of the Russian past-tense endings. */
  private static final String PAST_LAST_LETTERS = lastLetters();
  /** Every cue word, for the cheap first test before the lookups. */
  private static final WordFilter CUES = cueFilter();

  private TenseCues() {}

  private static String lastLetters() {
    StringBuilder b = new StringBuilder("d");
    for (String e : RU_PAST_ENDINGS) {
      b.append(e.charAt(e.length() - 1));
    }
    return b.toString();
  }

  private static WordFilter cueFilter() {
    Set<String> words = new java.util.HashSet<>(FUTURE);
    words.addAll(MAYBE_FUTURE);
    words.addAll(PAST);
    return new WordFilter(words);
  }

  /** The tense of the sentence holding tokens {@code [first, last]}. */
  static Tense around(List<Token> tokens, int first, int last) {
    int from = first;
    while (from > 0 && !endsSentence(tokens, from - 1)) {
      from--;
    }
    int to = last;
    while (to + 1 < tokens.size() && !endsSentence(tokens, to)) {
      to++;
    }
    boolean future = false;
    boolean maybeFuture = false;
    boolean past = false;
    for (int i = from; i <= to; i++) {
      Token x = tokens.get(i);
      if (i >= first && i <= last || !x.isWord()) {
        continue;
      }
      if (x.mayBe(CUES)) {
        future |= FUTURE.contains(x.lower());
        maybeFuture |= MAYBE_FUTURE.contains(x.lower());
        past |= PAST.contains(x.lower());
      }
      past |= pastForm(x);
    }
    if (future || (maybeFuture && !past)) {
      return Tense.FUTURE; // "was told the forum will be held": the event is ahead
    }
    return past ? Tense.PAST : Tense.UNKNOWN;
  }

  private static boolean endsSentence(List<Token> tokens, int i) {
    Token x = tokens.get(i);
    return x.isSymbol('.') || x.isSymbol('!') || x.isSymbol('?') || x.isSymbol(';');
  }

  /** A lower-case English word in {@code -ed} or a Russian verb in a past-tense ending. */
  private static boolean pastForm(Token x) {
    // the lower-case form ends in the lower-case of the last char (İ, Σ and surrogates aside,
    // which end in none of these letters either way): most words are rejected without it
    if (PAST_LAST_LETTERS.indexOf(Character.toLowerCase(x.last())) < 0) {
      return false;
    }
    String w = x.lower();
    if (w.length() < MIN_PAST_WORD || x.isCapitalized()) {
      return false;
    }
    if (w.charAt(0) < 0x0400) {
      return w.endsWith("ed") && !NOT_PAST.contains(w) && !MAYBE_FUTURE.contains(w);
    }
    for (String e : RU_PAST_ENDINGS) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
