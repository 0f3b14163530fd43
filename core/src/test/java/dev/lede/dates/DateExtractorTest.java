package dev.lede.dates;

import static dev.lede.dates.Blocks.dates;
import static dev.lede.dates.Blocks.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.DateMention;
import dev.lede.model.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExtractorTest {

  private static final String PUB = "2024-11-27";

  private static DateMention only(String text, String pub) {
    List<DateMention> all = dates(text, pub);
    assertEquals(1, all.size(), () -> "dates in «" + text + "»: " + all);
    return all.get(0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The visit took place on 27 November 2024 in Astana.          | 2024-11-27 | 27 November 2024
      It was signed on November 27, 2024, in Moscow.               | 2024-11-27 | November 27, 2024
      Talks were held on Nov. 27 in Astana.                        | 2024-11-27 | Nov. 27
      Talks were held on Sept. 12, 2023 in Astana.                 | 2023-09-12 | Sept. 12, 2023
      The forum opened on March 4.                                 | 2024-03-04 | March 4
      In 2023, Russian companies invested more.                    | 2023       | 2023
      The summit was held in July of this year.                    | 2024-07    | July of this year
      Trade rose last year.                                        | 2023       | last year
      This year, the days were held in Moscow.                     | 2024       | This year
      The talks were held yesterday.                               | 2024-11-26 | yesterday
      The decree is dated 15.04.2021 and was published.            | 2021-04-15 | 15.04.2021
      The report of 2024-10-01 says so.                            | 2024-10-01 | 2024-10-01
      The meeting was held in Moscow in October.                   | 2024-10    | October
      It was the most productive month, November 2023.             | 2023-11    | November 2023
      Work continues until the end of 2025.                        | 2025       | 2025
      The plan was adopted in mid-2023.                            | 2023       | 2023
      They met on the 4th of March 2022.                           | 2022-03-04 | 4th of March 2022
      It has been productive the current year.                     | 2024       | the current year
      Exports will grow next year.                                 | 2025       | next year
      Prices fell last month.                                      | 2024-10    | last month
      He was born on 1 January 1950.                               | 1950-01-01 | 1 January 1950
      A 2014 study found no link.                                  | 2014       | 2014
      It is the 2016 election that matters.                        | 2016       | 2016
      The Act of 2015 changed that.                                | 2015       | 2015
      """)
  void extract_englishPattern_givesDate(String sentence, String value, String text) {
    DateMention d = only(sentence, PUB);
    assertEquals(value, d.value().toIso());
    assertEquals(text, d.text());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Статья вышла 27 ноября 2024 года в газете.                    | 2024-11-27 | 27 ноября 2024 года
      Указ подписан 5 ноября 2024 г. в Астане.                      | 2024-11-05 | 5 ноября 2024 г.
      Встреча прошла 4 марта в Москве.                              | 2024-03-04 | 4 марта
      Товарооборот вырос в 2023 году.                               | 2023       | 2023 году
      Товарооборот вырос в прошлом году.                            | 2023       | прошлом году
      Переговоры прошли вчера.                                      | 2024-11-26 | вчера
      Переговоры прошли позавчера.                                  | 2024-11-25 | позавчера
      Саммит прошёл в июле этого года в Астане.                     | 2024-07    | июле этого года
      В этом году Казахстан председательствует в ОДКБ.              | 2024       | этом году
      Работы начнутся в следующем году.                             | 2025       | следующем году
      Закон принят 15.04.2021 и опубликован.                        | 2021-04-15 | 15.04.2021
      Встреча состоялась в октябре.                                 | 2024-10    | октябре
      Рост продолжился в ноябре 2023 года.                          | 2023-11    | ноябре 2023 года
      Это случилось в 2010-м году.                                  | 2010       | 2010-м году
      Нефтепровод открыли в конце сентября 2010-го.                 | 2010-09    | сентября 2010-го
      Итоги текущего года подвели.                                  | 2024       | текущего года
      Расходы выросли в прошлом месяце.                             | 2024-10    | прошлом месяце
      Договор подписан 4-го марта 2020 года.                        | 2020-03-04 | 4-го марта 2020 года
      Итоги подвели за октябрь.                                     | 2024-10    | октябрь
      Встреча прошла перед мартом.                                  | 2024-03    | мартом
      """)
  void extract_russianPattern_givesDate(String sentence, String value, String text) {
    DateMention d = only(sentence, PUB);
    assertEquals(value, d.value().toIso());
    assertEquals(text, d.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Форум пройдёт 14–15 октября в Омске.               | 2025-10-14 | 2025-10-15
      The forum will be held on 14 and 15 October.       | 2025-10-14 | 2025-10-15
      The programme covers 2023–2025.                    | 2023       | 2025
      Программа рассчитана на 2023-2025 годы.            | 2023       | 2025
      The talks ran October 14-15, 2024 in Baku.         | 2024-10-14 | 2024-10-15
      It ran from 30 September – 2 October 2024.         | 2024-09-30 | 2024-10-02
      Сессия пройдёт 14 и 15 октября 2025 года.          | 2025-10-14 | 2025-10-15
      The season will run May–June.                      | 2025-05    | 2025-06
      """)
  void extract_range_givesFirstDateAndEnd(String sentence, String start, String end) {
    DateMention d = only(sentence, PUB);
    assertEquals(start, d.value().toIso());
    assertEquals(end, d.end().toIso());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Over 600,000 Kazakh students are studying in Russia.",
      "Russian companies invested more than $3 billion in Kazakhstan.",
      "The heads of state will attend the XX Forum of Interregional Cooperation.",
      "We celebrate the 80th anniversary of the Great Victory.",
      "About 32 million people live in the border regions.",
      "На форум приехали 1500 делегатов.",
      "It represents more than 45 percent of the world's population.",
      "Turnover grew by 45% over the period.",
      "The meeting starts at 10:30 sharp.",
      "Currently, 2023 companies are working in Kazakhstan.",
      "Of them 4,000 have opened only in the last year.",
      "Over the past year alone, we held talks four times.",
      "A landmark event of the past year was the meeting.",
      "The price was 3.5 million tenge, or 2024.5 dollars.",
      "The F-16 and 2019-20 models, version 1.12.2024b.",
      "In the twentieth century our peoples passed a test.",
      "Около 32 миллионов человек, 2025 компаний и 1999 школ.",
      "Today, Kazakhstan is entering a new stage.",
      "Theresa May said it and the march may go on.",
      "the 2000 delegates voted; 1945 people came.",
      "Call 8-800-2000-2100 now, room 2024-15.",
      "Prices ranged from 1800 to 2000 rubles.",
      "Between 1800 and 2000 people came.",
      "Exports rose to 2000.",
      "A total of 2000.",
      "Up to 2000 people came.",
      "В 1990-е годы и в 90-х годах.",
  })
  void extract_figureThatIsNoDate_givesNothing(String sentence) {
    assertEquals(List.of(), values(sentence, PUB), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      From 2020 to 2023 exports doubled.                   | 2020 2023
      Between 2020 and 2023, exports doubled.              | 2020 2023
      In 2022 and 2023 exports rose.                       | 2022 2023
      Это было в 1995 и 2002 году.                         | 1995 2002
      On Wednesday, March 4, 2020 and 4 March, 2021.       | 2020-03-04 2021-03-04
      The crisis of 2008 and her 2003 book, Trump's 1995 taxes, as of 2005. | 2008 2003 1995 2005
      On 1/15/2024 and on 15/01/2024.                      | 2024-01-15 2024-01-15
      """)
  void extract_severalDates_givesEach(String sentence, String expected) {
    assertEquals(List.of(expected.split(" ")), values(sentence, PUB));
  }

  @Test
  void extract_pastTense_takesYearBeforePublication() {
    assertEquals(List.of("2024-05-10"), values("The summit was held on 10 May.", PUB));
  }

  @Test
  void extract_futureTense_takesYearAfterPublication() {
    assertEquals(List.of("2025-03-04"), values("The summit will be held on 4 March.", PUB));
    assertEquals(List.of("2025-10"), values("Саммит состоится в октябре.", PUB));
  }

  @Test
  void extract_noTense_takesNearestYear() {
    assertEquals(List.of("2025-05-10"), values("The summit on 10 May in Astana.", PUB));
    assertEquals(List.of("2024-10-10"), values("The summit on 10 October in Astana.", PUB));
  }

  @Test
  void extract_noPublicationDate_keepsMonthDayPartialAndDropsRelative() {
    List<DateMention> d = dates("On March 4 and last year, in October, yesterday.", null);
    assertEquals(1, d.size(), d::toString);
    assertEquals("--03-04", d.get(0).value().toIso());
    assertEquals(Precision.MONTH_DAY, d.get(0).precision());
    assertFalse(d.get(0).relative());
  }

  @Test
  void extract_monthDayPublication_resolvesYesterdayWithoutYear() {
    assertEquals(List.of("--03-03", "--03-04"),
        values("Yesterday he spoke. MOSCOW, March 4. /TASS/.", "--03-04"));
  }

  @Test
  void extract_yesterdayAcrossFebruaryWithoutYear_isDropped() {
    assertEquals(List.of(), values("He spoke yesterday.", "--03-01"));
  }

  @Test
  void extract_relativeMention_isMarkedRelative() {
    DateMention d = only("This year, Astana Culture Days were held.", PUB);
    assertTrue(d.relative());
    DateMention a = only("In 2023 trade grew.", PUB);
    assertFalse(a.relative());
    assertNull(a.end());
  }

  @Test
  void extract_spanMapsToSourceCharacters() {
    String source = "Форум\u00a0пройдёт 14\u201315\u00a0октября в Омске.";
    DateMention d = only(source, PUB);
    assertEquals("14\u201315\u00a0октября", d.span().of(source));
    assertEquals("14—15 октября", d.text());
  }

  @Test
  void extract_severalBlocks_keepsTextOrderAndSourceSpans() {
    String source = "First on 1 May 2020.\nThen in 2021 and 2022.";
    var first = Blocks.block(source.substring(0, 20));
    var n = new dev.lede.text.Normalizer().normalize(source, 21, source.length());
    var second = new dev.lede.text.AnalyzedBlock(1, new dev.lede.model.Block(
        dev.lede.model.BlockKind.PARAGRAPH, new dev.lede.model.Span(21, source.length()),
        n.text()), n);
    List<DateMention> d = new DateExtractor().extract(List.of(first, second), "en", null);
    assertEquals(List.of("2020-05-01", "2021", "2022"),
        d.stream().map(x -> x.value().toIso()).toList());
    for (DateMention m : d) {
      assertEquals(m.text(), m.span().of(source));
    }
  }

  @Test
  void extract_boilerplateBlock_isSkipped() {
    String source = "date 2024-11-27";
    var n = new dev.lede.text.Normalizer().normalize(source, 0, source.length());
    var chrome = new dev.lede.text.AnalyzedBlock(0, new dev.lede.model.Block(
        dev.lede.model.BlockKind.BOILERPLATE, new dev.lede.model.Span(0, source.length()),
        n.text()), n);
    assertEquals(List.of(), new DateExtractor().extract(List.of(chrome), "en", null));
  }

  @Test
  void extract_seedSentences_giveTheGoldDates() {
    String text = "By the way, the Agreement turned ten years old this year. Last year was held "
        + "under the auspices of large-scale \"Russian seasons\". In July of this year, the SCO "
        + "summit was held in Astana. A landmark event of the past year was the meeting held in "
        + "Moscow in October. Kazakhstan will host the next \"Games of the Future\" in 2026. "
        + "We have a lot of work for 2025, during which we will act.";
    assertEquals(List.of("2024", "2023", "2024-07", "2024-10", "2026", "2025"),
        values(text, PUB));
  }
}
