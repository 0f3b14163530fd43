package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.BlockKind;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainLayoutTest implements LayoutParserContract {

  private final PlainLayout layout = new PlainLayout();

  @Override
  public LayoutParser parser() {
    return layout;
  }

  @Test
  void detect_anything_returnsSmallConstantAndLowPriority() {
    assertEquals(0.1, layout.detect(SourceText.of("x", "whatever")));
    assertEquals(0.1, layout.detect(SourceText.of("x", "")));
    assertEquals(-1, layout.priority());
  }

  @Test
  void parse_titleLineAndBlankLines_titleAndParagraphs() {
    String text = "A short headline\n\nFirst paragraph,\nwrapped over two lines.\n\n  Second.  \n";
    Skeleton s = layout.parse(SourceText.of("x", text));
    Skeletons.checkBlocks(text, s);
    assertEquals("A short headline", s.title().text());
    assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
        Skeletons.kinds(s));
    assertEquals("First paragraph,\nwrapped over two lines.", s.blocks().get(1).text());
  }

  @Test
  void parse_noBlankLines_eachLineAParagraph() {
    String text = "Headline here\r\nOne.\r\nTwo.\r\n";
    Skeleton s = layout.parse(SourceText.of("x", text));
    Skeletons.checkBlocks(text, s);
    assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
        Skeletons.kinds(s));
  }

  @Test
  void parse_firstLineIsASentence_noTitle() {
    String text = "The minister arrived in Astana on Monday.\n\nHe met his colleague.\n";
    Skeleton s = layout.parse(SourceText.of("x", text));
    assertNull(s.title());
    assertEquals(2, s.blocks().size());
  }

  @Test
  void parse_titleCasedLineWithPeriod_title() {
    String text = "Poll: Wealthy Voters Abandon Republican Party for Their Rival.\n\n"
        + "A new poll shows that wealthy voters are leaving the party.\n";
    assertEquals("Poll: Wealthy Voters Abandon Republican Party for Their Rival.",
        layout.parse(SourceText.of("x", text)).title().text());
  }

  @Test
  void isTitleCased_sentenceBreakOrAbbreviation_tellsThemApart() {
    String twoSentences = "MOSCOW, March Four. /TASS/. Talks Went Well.";
    String abbreviation = "Mary J. Blige Sings to Voters in Preview Clip.";
    assertFalse(Titles.isTitleCased(twoSentences, new Piece(0, twoSentences.length())));
    assertTrue(Titles.isTitleCased(abbreviation, new Piece(0, abbreviation.length())));
  }

  @Test
  void parse_shortLineSetApartBeforeLongerParagraphs_title() {
    String text = "Кризис одолел моду.\n\nКредиторы настаивают на банкротстве телеканала.\n\n"
        + "Угроза нависла из-за конфликта.\n";
    assertEquals("Кризис одолел моду.", layout.parse(SourceText.of("x", text)).title().text());
  }

  @Test
  void parse_shortSalutationWithComma_noTitle() {
    String text = "Дорогие друзья,\n\nСегодня исторический день для нашего спорта.\n\nИ ещё.\n";
    assertNull(layout.parse(SourceText.of("x", text)).title());
  }

  @Test
  void parse_singleLine_noTitle() {
    Skeleton s = layout.parse(SourceText.of("x", "  Just a line  "));
    assertNull(s.title());
    assertEquals("Just a line", s.blocks().get(0).text());
  }

  @Test
  void parse_blankText_noBlocks() {
    assertEquals(List.of(), layout.parse(SourceText.of("x", " \n\t\u00A0\r\n")).blocks());
  }
}
