package dev.lede.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final String SAMPLE = "According to the Kremlin's spokesman, Dmitry Peskov, "
      + "Putin said that he is convinced: \"We will see.\" The officials' claims were denied "
      + "by Ms. O’Neil on Friday. По словам Пескова, президент отметил, что он уверен в этом. "
      + "Она также заявила журналистам: «Это наш ответ». ΣΊΣΥΦΟΣ İstanbul it they я мы";

  private static void assertClasses(String w, int classes) {
    assertEquals(Lexicon.cue(w), Lexicon.cueOf(classes), w);
    assertEquals(Lexicon.COPULA.contains(w), (classes & Lexicon.COPULA_WORD) != 0, w);
    assertEquals(Lexicon.beliefAdjective(w), (classes & Lexicon.BELIEF_ADJECTIVE) != 0, w);
    assertEquals(Lexicon.NOUN_LIKE.contains(w), (classes & Lexicon.NOUN_LIKE_WORD) != 0, w);
    assertEquals(Lexicon.quoteOnly(w), (classes & Lexicon.QUOTE_ONLY) != 0, w);
    assertEquals(Lexicon.DETERMINERS.contains(w), (classes & Lexicon.DETERMINER) != 0, w);
    assertEquals(Lexicon.NAME_LINKS.contains(w), (classes & Lexicon.NAME_LINK) != 0, w);
    assertEquals(Lexicon.stop(w), (classes & Lexicon.STOP_WORD) != 0, w);
    assertEquals(Lexicon.pronoun(w) != null || Lexicon.PLURAL_PRONOUNS.contains(w)
        || Lexicon.FIRST_PERSON.contains(w) || w.equals("it"),
        (classes & Lexicon.PRONOUN_LIKE) != 0, w);
    assertEquals(Lexicon.PREPOSITIONS.contains(w), (classes & Lexicon.PREPOSITION) != 0, w);
    assertEquals(Lexicon.ADVERBS.contains(w), (classes & Lexicon.ADVERB) != 0, w);
    assertEquals(Lexicon.sourceNoun(w), (classes & Lexicon.SOURCE_NOUN) != 0, w);
    assertEquals(Lexicon.ADVERBIAL_OPENERS.contains(w),
        (classes & Lexicon.ADVERBIAL_OPENER) != 0, w);
    assertEquals(Lexicon.nameTitle(w), (classes & Lexicon.NAME_TITLE) != 0, w);
    assertEquals(Lexicon.TIME_WORDS.contains(w), (classes & Lexicon.TIME_WORD) != 0, w);
    assertEquals(Lexicon.CUE_PP.contains(w), (classes & Lexicon.CUE_PREPOSITION) != 0, w);
    assertEquals(Lexicon.FIRST_PERSON_MARKERS.contains(w),
        (classes & Lexicon.FIRST_PERSON_MARKER) != 0, w);
    assertEquals(Lexicon.ORG_WORDS.contains(w), (classes & Lexicon.ORG_WORD) != 0, w);
    assertEquals(w.equals("according") || w.equals("по"),
        (classes & Lexicon.CUE_OPENER) != 0, w);
  }

  @Test
  void classes_everyListedWord_matchesItsLists() {
    List<String> words = new ArrayList<>();
    for (var set : List.of(Lexicon.COPULA, Lexicon.NOUN_LIKE, Lexicon.DETERMINERS,
        Lexicon.NAME_LINKS, Lexicon.PREPOSITIONS, Lexicon.ADVERBS, Lexicon.ADVERBIAL_OPENERS,
        Lexicon.TIME_WORDS, Lexicon.CUE_PP, Lexicon.FIRST_PERSON_MARKERS, Lexicon.ORG_WORDS,
        Lexicon.PLURAL_PRONOUNS, Lexicon.FIRST_PERSON, Lexicon.ABBREVIATIONS)) {
      words.addAll(set);
    }
    words.addAll(List.of("said", "reports", "adding", "according", "по", "called", "calling",
        "заявила", "сообщается", "it", "he", "она", "sure", "source", "president", "kremlin",
        "koval", "", "x", "toldx"));
    for (String w : words) {
      assertClasses(w, Lexicon.classes(w));
    }
  }

  @Test
  void tokenClasses_sampleText_matchTheirLowerForm() {
    BlockText bt = new BlockText(SAMPLE);
    int classified = 0;
    for (BlockText.Token t : bt.tokens) {
      assertClasses(t.lower(), t.classes());
      if (t.classes() != 0) {
        classified++;
      }
    }
    assertEquals(true, classified > 20, "classified " + classified);
  }
}
