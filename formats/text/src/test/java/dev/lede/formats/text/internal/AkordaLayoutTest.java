package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.PartialDate;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AkordaLayoutTest implements LayoutParserContract {

  private final AkordaLayout layout = new AkordaLayout();

  @Override
  public LayoutParser parser() {
    return layout;
  }

  @Test
  void parse_seed_readsTitleDateOutletAuthorAndSplitsFooter() {
    String text = Seeds.text(Seeds.AKORDA);
    Skeleton s = layout.parse(SourceText.of("seed", text));
    Skeletons.checkBlocks(text, s);
    assertEquals("Article by the President of the Republic of Kazakhstan K.K.Tokayev published "
        + "in the Russian newspaper Izvestia", s.title().text());
    assertEquals(PartialDate.parse("2024-11-27"), s.published().value());
    assertEquals("prefix", s.published().from());
    assertEquals("2024-11-27", s.published().span().of(text));
    assertEquals("Akorda.kz", s.outlet().name());
    assertEquals("Akorda.kz", s.outlet().span().of(text));
    assertEquals(List.of("K.K.Tokayev"), s.authors().stream().map(a -> a.text()).toList());
    assertEquals("K.K.Tokayev", s.authors().get(0).span().of(text));
    assertEquals(List.of(BlockKind.BOILERPLATE, BlockKind.TITLE), Skeletons.kinds(s).subList(0, 2));
    assertEquals(1, Skeletons.count(s, BlockKind.SEPARATOR));
    Block footer = s.blocks().get(s.blocks().size() - 1);
    assertEquals(BlockKind.FOOTER, footer.kind());
    assertEquals("///originally published on the website Akorda.kz, 27 November 2024",
        footer.text());
    Block last = s.blocks().get(s.blocks().size() - 2);
    assertEquals(BlockKind.PARAGRAPH, last.kind());
    assertTrue(last.text().endsWith("conflicts and cataclysms."));
    assertTrue(s.warnings().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Article by the President of Kazakhstan Kassym-Jomart Tokayev published in Egemen|"
          + "Kassym-Jomart Tokayev",
      "Interview by President Tokayev given to the Xinhua agency|Tokayev",
      "Article by Head of State K. K. Tokayev in the newspaper Kazakhstanskaya Pravda|"
          + "K. K. Tokayev",
      "Address by the President of Russia Vladimir Vladimirovich Putin to the Federal Assembly|"
          + "Vladimir Vladimirovich Putin",
      "Message of the Head of State to the people of Kazakhstan|"})
  void parse_otherTitles_findsAuthorAfterBy(String title, String author) {
    String text = " date 2025-03-01 " + title + "\n\nBody of the article.\n\n"
        + "Last words. ///originally published on the website Akorda.kz, 1 March 2025\n";
    assertEquals("akorda", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertEquals(title, s.title().text());
    assertEquals(author == null ? List.of() : List.of(author),
        s.authors().stream().map(a -> a.text()).toList());
  }

  @Test
  void parse_datesDisagree_warnsAndKeepsPrefix() {
    String text = " date 2024-11-27 A title of the article\r\n\r\nText.  \r\n\r\n"
        + "End. ///originally published on the website Akorda.kz, 28 November 2024  \r\n";
    assertEquals("akorda", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertEquals(PartialDate.parse("2024-11-27"), s.published().value());
    assertEquals("prefix", s.published().from());
    assertEquals(1, s.warnings().size());
    assertTrue(s.warnings().get(0).contains("2024-11-28"), s.warnings().get(0));
  }

  @Test
  void parse_noPrefix_dateFromFooter() {
    String text = "A title of the article\n\nText.\n\n"
        + "///originally published on the website Akorda.kz, 3 June 2023\n";
    assertEquals("akorda", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    assertEquals(PartialDate.parse("2023-06-03"), s.published().value());
    assertEquals("footer", s.published().from());
    assertEquals("3 June 2023", s.published().span().of(text));
    assertEquals(BlockKind.FOOTER, s.blocks().get(s.blocks().size() - 1).kind());
  }

  @Test
  void parse_missingFooter_stillAkordaWithoutOutlet() {
    String text = " date 2023-01-10 Speech by the President at the Government session\n\n"
        + "Dear colleagues! Today we sum up the year.\n\n* * *\n\nThe work goes on.\n";
    assertEquals("akorda", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertNull(s.outlet());
    assertEquals(PartialDate.parse("2023-01-10"), s.published().value());
    assertEquals(List.of(BlockKind.BOILERPLATE, BlockKind.TITLE, BlockKind.PARAGRAPH,
        BlockKind.SEPARATOR, BlockKind.PARAGRAPH), Skeletons.kinds(s));
  }

  @Test
  void detect_otherSeedsWithoutPrefix_returnZero() {
    for (String seed : new String[] {Seeds.DUMA, Seeds.TASS, Seeds.PRESS_RU}) {
      assertEquals(0, layout.detect(Seeds.source(seed)), seed);
    }
  }
}
