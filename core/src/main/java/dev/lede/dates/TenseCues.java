package dev.lede.dates;

import java.util.List;
import java.util.Set;

/**
 * Tells from a few unmistakable words whether the sentence around a date speaks of the past or
 * the future ({@code will be held}, {@code состоится}; {@code was held}, {@code состоялся}).
 * Used only to choose the year of a date written without one.
 */
final class TenseCues {

  private static final Set<String> FUTURE = Set.of("will", "shall", "ll", "upcoming",
      "forthcoming", "scheduled", "planned", "plans", "plan", "intends", "expected", "next",
      "tomorrow", "будет", "будут", "буду", "будем", "будете", "станет", "состоится",
      "состоятся", "пройдет", "пройдёт", "пройдут", "планируется", "планирует", "планируют",
      "намерен", "намерена", "намерены", "предстоит", "предстоящий", "предстоящей",
      "предстоящем", "предстоящего", "ожидается", "запланирован", "запланирована",
      "запланировано", "следующем", "завтра");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "held", "took",
      "met", "visited", "signed", "hosted", "came", "went", "became", "began", "ended", "ago",
      "last", "previously", "yesterday", "был", "была", "было", "были", "прошел", "прошёл",
      "прошла", "прошли", "провел", "провёл", "провела", "провели", "подписал", "подписали",
      "посетил", "посетила", "посетили", "вчера", "прошлом", "прошлого", "назад");
  /** Russian reflexive past endings: {@code состоялся}, {@code прошлась}, {@code встретились}. */
  private static final String[] RU_PAST_ENDINGS = {"лся", "лась", "лись", "лось"};
  private static final int MIN_RU_PAST = 6;

  private TenseCues() {}

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
    boolean past = false;
    for (int i = from; i <= to; i++) {
      Token x = tokens.get(i);
      if (i >= first && i <= last || !x.isWord()) {
        continue;
      }
      future |= FUTURE.contains(x.lower());
      past |= PAST.contains(x.lower()) || russianPast(x.lower());
    }
    if (future == past) {
      return Tense.UNKNOWN;
    }
    return future ? Tense.FUTURE : Tense.PAST;
  }

  private static boolean endsSentence(List<Token> tokens, int i) {
    Token x = tokens.get(i);
    return x.isSymbol('.') || x.isSymbol('!') || x.isSymbol('?') || x.isSymbol(';');
  }

  private static boolean russianPast(String w) {
    if (w.length() < MIN_RU_PAST) {
      return false;
    }
    for (String e : RU_PAST_ENDINGS) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
