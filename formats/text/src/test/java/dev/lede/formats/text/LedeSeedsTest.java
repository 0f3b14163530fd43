package dev.lede.formats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.Lede;
import dev.lede.model.Author;
import dev.lede.model.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End to end: {@code Lede.parse(Path)} with core and this module on the class path. */
class LedeSeedsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "000_2a499ede1082066e|duma-blog|Sergey Zheleznyak: \"Russia and Kazakhstan will manage to "
          + "preserve and strengthen the ties of our fraternal peoples\"|-|-|-|-|Sergey Zheleznyak",
      "001_d1c45ccfa0d8dec5|akorda|Article by the President of the Republic of Kazakhstan "
          + "K.K.Tokayev published in the Russian newspaper Izvestia|2024-11-27|prefix|Akorda.kz"
          + "|-|K.K.Tokayev",
      "002_bc75cffa8b8ea9a8|tass|Russia ready to develop relations with Kazakhstan, Russian PM "
          + "reiterates|--03-04|dateline|TASS|MOSCOW|-",
      "003_af60b52bcb908c9f|kazinform|-|2024-06-14|prefix|Kazinform|-|-",
      "004_b835790666ecf2b3|press-ru|Токаев написал статью о партнёрстве Казахстана и России "
          + "перед визитом Путина|-|-|Press.kz|-|-"})
  void parse_seed_layoutTitlePublishedOutlet(String seed, String layout, String title,
      String published, String from, String outlet, String place, String author) {
    Document d = Lede.parse(Path.of("..", "..", "seeds", seed + ".txt"));
    assertEquals(layout, d.layout().id());
    assertEquals(title, d.title() == null ? null : d.title().text());
    assertEquals(published, d.published() == null ? null : d.published().value().toIso());
    assertEquals(from, d.published() == null ? null : d.published().from());
    assertEquals(outlet, d.outlet() == null ? null : d.outlet().name());
    assertEquals(place, d.dateline() == null ? null : d.dateline().place());
    assertEquals(author == null ? List.of() : List.of(author),
        d.authors().stream().map(Author::name).toList());
  }
}
