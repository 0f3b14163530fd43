package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.formats.text.TextLayouts;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.SourceText;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedDetectionTest {

  private static final Map<String, String> EXPECTED = Map.of(Seeds.DUMA, "duma-blog",
      Seeds.AKORDA, "akorda", Seeds.TASS, "tass", Seeds.KAZINFORM, "kazinform",
      Seeds.PRESS_RU, "press-ru");

  @ParameterizedTest
  @ValueSource(strings = {Seeds.DUMA, Seeds.AKORDA, Seeds.TASS, Seeds.KAZINFORM, Seeds.PRESS_RU})
  void detect_seed_picksItsOwnLayout(String seed) {
    assertEquals(EXPECTED.get(seed), Seeds.choose(Seeds.text(seed)).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.DUMA, Seeds.AKORDA, Seeds.TASS, Seeds.KAZINFORM, Seeds.PRESS_RU})
  void detect_seed_otherLayoutsStayWellBelowIt(String seed) {
    SourceText source = Seeds.source(seed);
    for (LayoutParser p : TextLayouts.all()) {
      double c = p.detect(source);
      if (p.id().equals(EXPECTED.get(seed))) {
        assertTrue(c >= 0.5, p.id() + " is unsure of its own seed: " + c);
      } else if (!p.id().equals(TextLayouts.PLAIN)) {
        assertTrue(c < 0.5, p.id() + " claims " + seed + " with " + c);
      }
    }
  }
}
