package dev.lede.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordFactsTest {

  @Test
  void of_equalForms_sharesOneInstance() {
    WordFacts a = WordFacts.of(new String("Токаев"));
    WordFacts b = WordFacts.of(new String("Токаев"));
    assertSame(a, b);
    assertEquals("токаев", a.lower);
  }

  @Test
  void of_moreFormsThanCapacity_startsOverAndStaysCorrect() {
    for (int k = 0; k <= WordFacts.CAPACITY + 10; k++) {
      WordFacts f = WordFacts.of("Word" + k);
      assertEquals("word" + k, f.lower);
    }
    WordFacts again = WordFacts.of("Word7");
    assertSame(again, WordFacts.of("Word7"));
    assertEquals("Word7", again.text);
  }

  @Test
  void facts_dependOnFormOnly_sameAnswersAcrossCalls() {
    WordFacts ivanov = WordFacts.of("Иванова");
    assertTrue(ivanov.surnameShaped());
    assertFalse(ivanov.surnameReadings().isEmpty());
    assertSame(ivanov.surnameReadings(), WordFacts.of("Иванова").surnameReadings());
    assertFalse(WordFacts.of("the").nameWord());
    assertTrue(WordFacts.of("The").isStop());
  }
}
