package dev.lede.dates;

import static dev.lede.dates.Blocks.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dates written by the JDK's own formatters (an oracle independent of the ICU data the extractor
 * reads) come back as exactly that date; sentences of figures and plain words give no date.
 */
class DateExtractorProperties {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final List<DateTimeFormatter> ENGLISH = List.of(
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT),
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT),
      DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT));
  private static final List<DateTimeFormatter> RUSSIAN = List.of(
      DateTimeFormatter.ofPattern("d MMMM uuuu 'года'", RU),
      DateTimeFormatter.ofPattern("d MMMM uuuu 'г.'", RU),
      DateTimeFormatter.ofPattern("d MMMM uuuu", RU),
      DateTimeFormatter.ofPattern("d MMM uuuu 'г.'", RU),
      DateTimeFormatter.ofPattern("dd.MM.uuuu", RU));

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property(tries = 400)
  void extract_englishDateInAnyPattern_givesThatDate(@ForAll("dates") LocalDate date,
      @ForAll("englishFormats") DateTimeFormatter format) {
    String written = format.format(date);
    assertEquals(List.of(date.toString()),
        values("The agreement was signed on " + written + " in Astana.", "2024-11-27"), written);
  }

  @Property(tries = 400)
  void extract_russianDateInAnyPattern_givesThatDate(@ForAll("dates") LocalDate date,
      @ForAll("russianFormats") DateTimeFormatter format) {
    String written = format.format(date);
    assertEquals(List.of(date.toString()),
        values("Соглашение подписано " + written + " в Астане.", "2024-11-27"), written);
  }

  @Property(tries = 200)
  void extract_monthDayWithoutYear_takesYearNearestToPublication(
      @ForAll("dates") LocalDate date, @ForAll("dates") LocalDate published) {
    // 29 February may be four years off: only leap years have it
    Assume.that(date.getMonthValue() != 2 || date.getDayOfMonth() != 29);
    String en = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH).format(date);
    String ru = DateTimeFormatter.ofPattern("d MMMM", RU).format(date);
    for (String sentence : List.of("The talks on " + en + " in Baku.",
        "Переговоры " + ru + " в Баку.")) {
      List<String> got = values(sentence, published.toString());
      assertEquals(1, got.size(), sentence);
      LocalDate resolved = LocalDate.parse(got.get(0));
      assertEquals(date.getMonth(), resolved.getMonth());
      assertEquals(date.getDayOfMonth(), resolved.getDayOfMonth());
      assertTrue(Math.abs(ChronoUnit.DAYS.between(published, resolved)) <= 183,
          sentence + " published " + published + " gave " + resolved);
    }
  }

  @Property(tries = 200)
  void extract_relativeWords_countFromPublication(@ForAll("dates") LocalDate published) {
    int y = published.getYear();
    String pub = published.toString();
    assertEquals(List.of(String.valueOf(y - 1)), values("Trade grew last year.", pub));
    assertEquals(List.of(String.valueOf(y)), values("This year, trade grew.", pub));
    assertEquals(List.of(String.valueOf(y + 1)), values("Trade will grow next year.", pub));
    assertEquals(List.of(String.valueOf(y - 1)), values("Рост был в прошлом году.", pub));
    assertEquals(List.of(String.valueOf(y)), values("В этом году рост.", pub));
    assertEquals(List.of(published.minusDays(1).toString()), values("He spoke yesterday.", pub));
    assertEquals(List.of(published.minusDays(2).toString()), values("Он выступил позавчера.",
        pub));
    assertEquals(List.of(String.format(Locale.ROOT, "%04d-07", y)),
        values("It happened in July of this year.", pub));
    assertEquals(List.of(String.format(Locale.ROOT, "%04d-07", y - 1)),
        values("Это было в июле прошлого года.", pub));
  }

  @Provide
  Arbitrary<DateTimeFormatter> englishFormats() {
    return Arbitraries.of(ENGLISH);
  }

  @Provide
  Arbitrary<DateTimeFormatter> russianFormats() {
    return Arbitraries.of(RUSSIAN);
  }

  @Property(tries = 300)
  void extract_figuresAndPlainWords_giveNothing(@ForAll("figureSentences") String sentence) {
    assertEquals(List.of(), values(sentence, "2024-11-27"), sentence);
  }

  /** Sentences of numbers in every non-date shape, among words that give no date context. */
  @Provide
  Arbitrary<String> figureSentences() {
    Arbitrary<String> words = Arbitraries.of("companies", "delegates", "people", "forum",
        "anniversary", "percent", "million", "billion", "students", "schools", "projects",
        "were", "reported", "about", "over", "more", "than", "nearly", "around", "total", "and",
        "XX", "делегатов", "человек", "компаний", "около", "более", "свыше", "проектов",
        "миллионов", "процентов", "было", "школ", "и", "Forum", "Article", "Su", "No");
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 9_999_999);
    Arbitrary<String> figures = Arbitraries.oneOf(
        n.map(String::valueOf),
        n.map(x -> String.format(Locale.US, "%,d", x)),
        n.map(x -> "$" + x),
        n.map(x -> x + "%"),
        n.map(x -> x + "th"),
        n.map(x -> (x % 100) + "." + (x % 10)),
        Combinators.combine(Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59))
            .as((h, m) -> String.format(Locale.ROOT, "%d:%02d", h, m)),
        Arbitraries.integers().between(1000, 2999).map(String::valueOf));
    return Arbitraries.oneOf(words, figures).list().ofMinSize(1).ofMaxSize(12)
        .map(parts -> String.join(" ", parts) + ".");
  }
}
