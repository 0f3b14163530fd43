package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.BlockKind;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PressRuLayoutTest implements LayoutParserContract {

  private final PressRuLayout layout = new PressRuLayout();

  @Override
  public LayoutParser parser() {
    return layout;
  }

  @Test
  void parse_seed_readsTitleOutletAndParagraphs() {
    String text = Seeds.text(Seeds.PRESS_RU);
    Skeleton s = layout.parse(SourceText.of("seed", text));
    Skeletons.checkBlocks(text, s);
    assertEquals("Токаев написал статью о партнёрстве Казахстана и России перед визитом Путина",
        s.title().text());
    assertEquals("Press.kz", s.outlet().name());
    assertEquals("Press.kz", s.outlet().span().of(text));
    assertEquals(BlockKind.TITLE, s.blocks().get(0).kind());
    assertEquals(text.strip().split("\n").length, s.blocks().size());
    assertEquals(1, Skeletons.count(s, BlockKind.TITLE));
    assertEquals(null, s.published());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Визит прошёл успешно, передает Tengrinews.kz.|Tengrinews.kz",
      "Визит прошёл успешно, сообщает «Интерфакс».|Интерфакс",
      "Визит прошёл успешно, пишет РИА Новости.|РИА Новости",
      "Как сообщает Zakon.kz, визит прошёл успешно.|Zakon.kz"})
  void parse_otherOutlets_readsName(String lead, String outlet) {
    String text = "Министр посетил Астану\r\n\r\n" + lead
        + "\r\n\r\nОн встретился с коллегами.  \r\n";
    assertEquals("press-ru", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertEquals(outlet, s.outlet().name());
    assertEquals("Министр посетил Астану", s.title().text());
  }

  @Test
  void detect_russianTextWithoutCredit_returnsZero() {
    String text = "Министр посетил Астану\nОн встретился с коллегами.\n";
    assertEquals(0, layout.detect(SourceText.of("v", text)));
    assertEquals("plain", Seeds.choose(text).id());
  }

  @Test
  void detect_englishSeeds_returnZero() {
    for (String seed : new String[] {Seeds.DUMA, Seeds.AKORDA, Seeds.TASS, Seeds.KAZINFORM}) {
      assertEquals(0, layout.detect(Seeds.source(seed)), seed);
    }
  }

  @Test
  void detect_creditWithoutTitleLine_losesToPlain() {
    for (String outlet : new String[] {"Интерфакс", "Lenta.ru"}) {
      String text = "Министр посетил Астану и встретился с коллегами, сообщает " + outlet + ".\n"
          + "Он провёл переговоры.\n";
      assertTrue(layout.detect(SourceText.of("v", text)) < PlainLayout.CONFIDENCE, outlet);
      assertEquals("plain", Seeds.choose(text).id());
    }
  }

  @Test
  void parse_mediaNounBeforeName_readsName() {
    String text = "Заголовок новости\n\nСделка закрыта, пишет газета «Ведомости».\n\nТекст.\n";
    assertEquals("Ведомости", layout.parse(SourceText.of("v", text)).outlet().name());
  }
}
