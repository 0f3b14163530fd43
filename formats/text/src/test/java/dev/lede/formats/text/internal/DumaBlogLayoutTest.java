package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.BlockKind;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import org.junit.jupiter.api.Test;

class DumaBlogLayoutTest implements LayoutParserContract {

  private final DumaBlogLayout layout = new DumaBlogLayout();

  @Override
  public LayoutParser parser() {
    return layout;
  }

  @Test
  void parse_seed_readsBreadcrumbTitleAuthorAndFooter() {
    String text = Seeds.text(Seeds.DUMA);
    Skeleton s = layout.parse(SourceText.of("seed", text));
    Skeletons.checkBlocks(text, s);
    assertTrue(s.title().text().startsWith("Sergey Zheleznyak: “Russia and Kazakhstan will"));
    assertTrue(s.title().text().endsWith("fraternal peoples”"));
    assertEquals(1, s.authors().size());
    assertEquals("Sergey Zheleznyak", s.authors().get(0).text());
    assertEquals("Sergey Zheleznyak", s.authors().get(0).span().of(text));
    assertEquals(BlockKind.BREADCRUMB, s.blocks().get(0).kind());
    assertEquals(BlockKind.TITLE, s.blocks().get(1).kind());
    assertEquals(BlockKind.FOOTER, s.blocks().get(s.blocks().size() - 1).kind());
    assertEquals("Comments are closed", s.blocks().get(s.blocks().size() - 1).text());
    assertEquals(1, Skeletons.count(s, BlockKind.TITLE));
    assertEquals(null, s.published());
    assertEquals(null, s.outlet());
  }

  @Test
  void parse_otherBlogger_readsHerNameAndTitle() {
    String text = "Home » About » Members Blogs » Irina Yarovaya » On the new law\r\n\r\n"
        + "On the new law\r\n\r\nThe law was passed today. It matters.\r\n\r\n"
        + "Comments are closed\r\n";
    assertEquals("duma-blog", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertEquals("On the new law", s.title().text());
    assertEquals("Irina Yarovaya", s.authors().get(0).text());
    assertEquals(java.util.List.of(BlockKind.BREADCRUMB, BlockKind.TITLE, BlockKind.PARAGRAPH,
        BlockKind.FOOTER), Skeletons.kinds(s));
  }

  @Test
  void parse_russianTrail_readsOwnerTitleAndFooter() {
    String text = "Главная » Депутаты » Блоги » Ирина Яровая » О новом законе\n"
        + "О новом законе\nЗакон принят сегодня.\nКомментарии закрыты\n";
    assertEquals("duma-blog", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertEquals("О новом законе", s.title().text());
    assertEquals("Ирина Яровая", s.authors().get(0).text());
    assertEquals(java.util.List.of(BlockKind.BREADCRUMB, BlockKind.TITLE, BlockKind.PARAGRAPH,
        BlockKind.FOOTER), Skeletons.kinds(s));
  }

  @Test
  void parse_missingFooterAndTitleLine_titleFromBreadcrumb() {
    String text = "Home » News » Blogs » Pavel Petrov » Why roads matter   \n"
        + "Roads matter because trade needs them. So do people.\n";
    assertEquals("duma-blog", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertEquals("Why roads matter", s.title().text());
    assertEquals("Pavel Petrov", s.authors().get(0).text());
    assertEquals(0, Skeletons.count(s, BlockKind.FOOTER));
  }

  @Test
  void parse_sectionBeforeTitle_noAuthor() {
    String text = "Home » Press » Press Releases » Budget approved\n\nBudget approved\n\nText.\n";
    Skeleton s = layout.parse(SourceText.of("v", text));
    assertTrue(s.authors().isEmpty());
    assertEquals("Budget approved", s.title().text());
  }

  @Test
  void detect_guillemetQuotesOnFirstLine_returnsZero() {
    String text = "Акция «День гнева» прошла у мэрии, «немедленная отставка» и «созыв» "
        + "требовались.\n\nТекст.\n";
    assertEquals(0, layout.detect(SourceText.of("v", text)));
  }

  @Test
  void detect_otherSeeds_returnZero() {
    for (String seed : new String[] {Seeds.AKORDA, Seeds.TASS, Seeds.KAZINFORM, Seeds.PRESS_RU}) {
      assertEquals(0, layout.detect(Seeds.source(seed)), seed);
    }
  }
}
