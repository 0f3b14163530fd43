package dev.lede.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.Span;
import dev.lede.spi.Skeleton;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.NormalizedText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of a dozen real surnames, male and female, each in a sentence with the given name in
 * the same case: the person's Cyrillic name is the nominative.
 */
class RussianCasesTest {

  /** nominative, then the genitive, dative, accusative, instrumental and prepositional forms. */
  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("Владимир Путин", "Владимира Путина", "Владимиру Путину",
            "Владимира Путина", "Владимиром Путиным", "Владимире Путине"),
        Arguments.of("Михаил Мишустин", "Михаила Мишустина", "Михаилу Мишустину",
            "Михаила Мишустина", "Михаилом Мишустиным", "Михаиле Мишустине"),
        Arguments.of("Сергей Лавров", "Сергея Лаврова", "Сергею Лаврову", "Сергея Лаврова",
            "Сергеем Лавровым", "Сергее Лаврове"),
        Arguments.of("Нурсултан Назарбаев", "Нурсултана Назарбаева", "Нурсултану Назарбаеву",
            "Нурсултана Назарбаева", "Нурсултаном Назарбаевым", "Нурсултане Назарбаеве"),
        Arguments.of("Касым-Жомарт Токаев", "Касым-Жомарта Токаева", "Касым-Жомарту Токаеву",
            "Касым-Жомарта Токаева", "Касым-Жомартом Токаевым", "Касым-Жомарте Токаеве"),
        Arguments.of("Владимир Жириновский", "Владимира Жириновского",
            "Владимиру Жириновскому", "Владимира Жириновского", "Владимиром Жириновским",
            "Владимире Жириновском"),
        Arguments.of("Дональд Трамп", "Дональда Трампа", "Дональду Трампу", "Дональда Трампа",
            "Дональдом Трампом", "Дональде Трампе"),
        Arguments.of("Виталий Кличко", "Виталия Кличко", "Виталию Кличко", "Виталия Кличко",
            "Виталием Кличко", "Виталии Кличко"),
        Arguments.of("Юлия Тимошенко", "Юлии Тимошенко", "Юлии Тимошенко", "Юлию Тимошенко",
            "Юлией Тимошенко", "Юлии Тимошенко"),
        Arguments.of("Мария Захарова", "Марии Захаровой", "Марии Захаровой", "Марию Захарову",
            "Марией Захаровой", "Марии Захаровой"),
        Arguments.of("Эльвира Набиуллина", "Эльвиры Набиуллиной", "Эльвире Набиуллиной",
            "Эльвиру Набиуллину", "Эльвирой Набиуллиной", "Эльвире Набиуллиной"),
        Arguments.of("Валентина Матвиенко", "Валентины Матвиенко", "Валентине Матвиенко",
            "Валентину Матвиенко", "Валентиной Матвиенко", "Валентине Матвиенко"),
        Arguments.of("Елизавета Боярская", "Елизаветы Боярской", "Елизавете Боярской",
            "Елизавету Боярскую", "Елизаветой Боярской", "Елизавете Боярской"),
        Arguments.of("Ксения Собчак", "Ксении Собчак", "Ксении Собчак", "Ксению Собчак",
            "Ксенией Собчак", "Ксении Собчак"),
        Arguments.of("Ангела Меркель", "Ангелы Меркель", "Ангеле Меркель", "Ангелу Меркель",
            "Ангелой Меркель", "Ангеле Меркель"));
  }

  /** One sentence per case; the oblique ones put the name after a preposition or a noun. */
  private static final String[] SENTENCES = {
      "Вчера %s выступил на форуме.",
      "Вчера у %s прошла встреча с журналистами.",
      "Вчера обратились к %s с письмом.",
      "Вчера много писали про %s в газетах.",
      "Вчера прошла встреча с %s на форуме.",
      "Вчера много говорили о %s на форуме."};

  @ParameterizedTest
  @MethodSource("names")
  void extract_everyCase_givesNominative(String nom, String gen, String dat, String acc,
      String ins, String prep) {
    String[] forms = {nom, gen, dat, acc, ins, prep};
    for (int c = 0; c < forms.length; c++) {
      String sentence = SENTENCES[c];
      if (c == 0 && (nom.split(" ")[0].endsWith("а") || nom.split(" ")[0].endsWith("я"))) {
        sentence = "Вчера %s выступила на форуме.";
      }
      String text = String.format(java.util.Locale.ROOT, sentence, forms[c]);
      PersonAnalysis a = extract(text);
      assertEquals(1, a.persons().size(), text + " → " + a.persons());
      assertEquals(nom, a.persons().get(0).cyrillic(), text);
    }
  }

  static PersonAnalysis extract(String text) {
    NormalizedText norm = NormalizedText.identity(text, 0, text.length());
    Block block = new Block(BlockKind.PARAGRAPH, new Span(0, text.length()), text);
    return new PersonExtractor().extract(List.of(new AnalyzedBlock(0, block, norm)), "ru",
        Skeleton.builder().build());
  }
}
