package dev.lede.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParseDateTest {

  private final DateExtractor extractor = new DateExtractor();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-11-27                                                        | 2024-11-27
      ' date 2024-11-27 '                                               | 2024-11-27
      'MOSCOW, March 4. /TASS/.'                                        | --03-04
      ///originally published on the website Akorda.kz, 27 November 2024 | 2024-11-27
      27 ноября 2024 года                                               | 2024-11-27
      '4 марта'                                                         | --03-04
      27.11.2024 10:30                                                  | 2024-11-27
      2024-11-27T10:30:00Z                                              | 2024-11-27
      'Nov. 27, 2024'                                                   | 2024-11-27
      'November\u00a02024'                                              | 2024-11
      """)
  void parseDate_layoutSnippet_givesDate(String text, String iso) {
    String raw = text.replace("\\u00a0", "\u00a0");
    assertEquals(iso, extractor.parseDate(raw).orElseThrow().toIso());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "No date here", "October", "Вчера", "last year", "10:30",
      "600,000", "31 April", "30 февраля"})
  void parseDate_noWrittenDate_givesEmpty(String text) {
    assertEquals(Optional.empty(), extractor.parseDate(text));
  }

  @org.junit.jupiter.api.Test
  void parseDate_impossibleDay_keepsOnlyMonthAndYear() {
    assertEquals("2024-02", extractor.parseDate("31 February 2024").orElseThrow().toIso());
    assertEquals("2023-02", extractor.parseDate("29 February 2023").orElseThrow().toIso());
  }
}
