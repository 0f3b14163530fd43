package dev.lede.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.text.Transliteration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PersonKeyProperties {

  @Property(tries = 300)
  void key_ofTransliteration_equalsKeyOfName(@ForAll("cyrillicNames") String name) {
    assertEquals(PersonKey.of(name), PersonKey.of(Transliteration.toLatin(name)), name);
  }

  @Property(tries = 300)
  void toLatin_latinText_unchanged(@ForAll("latinNames") String name) {
    assertEquals(name, Transliteration.toLatin(name));
  }

  @Property(tries = 200)
  void key_caseOfLetters_ignored(@ForAll("cyrillicNames") String name) {
    assertEquals(PersonKey.of(name), PersonKey.of(name.toUpperCase(java.util.Locale.ROOT)));
  }

  @Provide
  Arbitrary<String> cyrillicNames() {
    Arbitrary<String> syllable = Arbitraries.of("ка", "сы", "жо", "мар", "то", "ев", "пу",
        "тин", "ёл", "кин", "щу", "ха", "цой", "юр", "ий", "ья", "ель", "ов", "ин", "ский");
    Arbitrary<String> word = syllable.list().ofMinSize(2).ofMaxSize(4)
        .map(l -> {
          String w = String.join("", l);
          return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        });
    return Combinators.combine(word, word).as((a, b) -> a + " " + b);
  }

  @Provide
  Arbitrary<String> latinNames() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzKTZ .-'").ofMaxLength(30);
  }
}
