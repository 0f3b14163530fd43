package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.BlockKind;
import dev.lede.model.PartialDate;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TassLayoutTest implements LayoutParserContract {

  private final TassLayout layout = new TassLayout();

  @Override
  public LayoutParser parser() {
    return layout;
  }

  @Test
  void parse_seed_readsTitleDatelineDateAndOutlet() {
    String text = Seeds.text(Seeds.TASS);
    Skeleton s = layout.parse(SourceText.of("seed", text));
    Skeletons.checkBlocks(text, s);
    assertEquals("Russia ready to develop relations with Kazakhstan, Russian PM reiterates",
        s.title().text());
    assertEquals("MOSCOW", s.dateline().place());
    assertEquals("March 4", s.dateline().dateText());
    assertEquals("MOSCOW, March 4. /TASS/.", s.dateline().text());
    assertEquals("MOSCOW, March 4. /TASS/.", s.dateline().span().of(text));
    assertEquals(PartialDate.ofMonthDay(3, 4), s.published().value());
    assertEquals("dateline", s.published().from());
    assertEquals("March 4", s.published().span().of(text));
    assertEquals("TASS", s.outlet().name());
    assertEquals("TASS", s.outlet().span().of(text));
    assertTrue(s.dateline().span().contains(s.outlet().span()));
    assertEquals(BlockKind.NAVIGATION, s.blocks().get(0).kind());
    assertEquals(BlockKind.TITLE, s.blocks().get(1).kind());
    assertEquals(BlockKind.LEAD, s.blocks().get(2).kind());
    assertEquals(BlockKind.PARAGRAPH, s.blocks().get(3).kind());
    assertTrue(s.authors().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ASTANA, November 27. /TASS/.|ASTANA|November 27|11|27",
      "UNITED NATIONS, Jan 5. /TASS/.|UNITED NATIONS|Jan 5|1|5",
      "ST. PETERSBURG, June 14. /TASS/.|ST. PETERSBURG|June 14|6|14",
      "NUR-SULTAN, December 1 /TASS/|NUR-SULTAN|December 1|12|1",
      "МОСКВА, 4 марта. /ТАСС/.|МОСКВА|4 марта|3|4"})
  void parse_otherDatelines_readsPlaceAndDate(String dateline, String place, String date,
      int month, int day) {
    String text = "All news\n\nSome headline about talks\n\nA lead sentence about the talks.\n\n"
        + dateline + " The talks went well.\n\nMore text.\n";
    assertEquals("tass", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertEquals(place, s.dateline().place());
    assertEquals(date, s.dateline().dateText());
    assertEquals(PartialDate.ofMonthDay(month, day), s.published().value());
    assertEquals("Some headline about talks", s.title().text());
  }

  @Test
  void parse_crlfAndTrailingSpaces_sameSkeletonShape() {
    String text = Seeds.text(Seeds.TASS);
    String variant = text.replace("\n", "  \r\n");
    assertEquals("tass", Seeds.choose(variant).id());
    Skeleton a = layout.parse(SourceText.of("a", text));
    Skeleton b = layout.parse(SourceText.of("b", variant));
    Skeletons.checkBlocks(variant, b);
    assertEquals(Skeletons.kinds(a), Skeletons.kinds(b));
    assertEquals(a.title().text(), b.title().text());
    assertEquals(a.published().value(), b.published().value());
    assertEquals("TASS", b.outlet().span().of(variant));
    assertEquals("MOSCOW", b.dateline().place());
  }

  @Test
  void parse_noNavigationLine_stillTass() {
    String text = "Kazakhstan and Russia sign deal\n\nThe deal covers energy.\n\n"
        + "ASTANA, May 2. /TASS/. The sides signed it on Thursday.\n";
    assertEquals("tass", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    assertEquals("Kazakhstan and Russia sign deal", s.title().text());
    assertEquals(PartialDate.ofMonthDay(5, 2), s.published().value());
  }

  @Test
  void detect_noDatelineNoNavigation_returnsZero() {
    assertEquals(0, layout.detect(Seeds.source(Seeds.AKORDA)));
    assertEquals(0, layout.detect(SourceText.of("x", "A title\n\nSome text, MOSCOW said.\n")));
  }

  @Test
  void parse_noDateline_noPublishedNoOutlet() {
    Skeleton s = layout.parse(SourceText.of("x", "All news\n\nTitle\n\nBody text."));
    assertNull(s.dateline());
    assertNull(s.published());
    assertNull(s.outlet());
    assertNotNull(s.title());
  }
}
