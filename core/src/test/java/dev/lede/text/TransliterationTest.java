package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transforms are tested by their output: an unknown ICU id would fail here, not silently. */
class TransliterationTest {

  @ParameterizedTest
  @CsvSource({
      "Касым-Жомарт Токаев, Kasym-Zhomart Tokayev",
      "Владимир Владимирович Путин, Vladimir Vladimirovich Putin",
      "Михаил Мишустин, Mikhail Mishustin",
      "Фёдор Горбачёв, Fyodor Gorbachev",
      "Юрий Зеленский, Yury Zelensky",
      "Борис Ельцин, Boris Yeltsin",
      "Игорь Григорьев, Igor Grigoryev",
      "Виктор Цой, Viktor Tsoy",
      "Қасым-Жомарт Тоқаев, Kasym-Zhomart Tokayev",
      "Әлихан Смайылов, Alikhan Smayylov",
      "Ерлан Кошанов, Yerlan Koshanov"})
  void toLatin_russianAndKazakhNames_givesPressRomanization(String cyrillic, String latin) {
    assertEquals(latin, Transliteration.toLatin(cyrillic));
  }

  @ParameterizedTest
  @CsvSource({
      "Sergey Zheleznyak, Сергей Железняк",
      "Yerlan Koshanov, Ерлан Кошанов",
      "Dmitry Medvedev, Дмитрий Медведев",
      "Vladimir Zelensky, Владимир Зеленский",
      "Viktor Tsoy, Виктор Цой",
      "Mikhail Mishustin, Михаил Мишустин",
      "Olzhas Bektenov, Олжас Бектенов"})
  void toCyrillic_pressRomanization_givesCyrillic(String latin, String cyrillic) {
    assertEquals(cyrillic, Transliteration.toCyrillic(latin));
  }

  @ParameterizedTest
  @CsvSource({"COVID-19", "Tengrinews.kz", "K.K.Tokayev", "«Известия», 2024"})
  void toLatin_noCyrillic_unchanged(String text) {
    if (!Transliteration.hasScript(text, com.ibm.icu.lang.UScript.CYRILLIC)) {
      assertEquals(text, Transliteration.toLatin(text));
    }
  }
}
