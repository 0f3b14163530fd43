package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.model.BlockKind;
import dev.lede.model.PartialDate;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KazinformLayoutTest implements LayoutParserContract {

  private final KazinformLayout layout = new KazinformLayout();

  @Override
  public LayoutParser parser() {
    return layout;
  }

  @Test
  void parse_seed_readsDateLeadCaptionsAndOutlet() {
    String text = Seeds.text(Seeds.KAZINFORM);
    Skeleton s = layout.parse(SourceText.of("seed", text));
    Skeletons.checkBlocks(text, s);
    assertNull(s.title());
    assertEquals(PartialDate.parse("2024-06-14"), s.published().value());
    assertEquals("prefix", s.published().from());
    assertEquals("Kazinform", s.outlet().name());
    assertEquals("Kazinform", s.outlet().span().of(text));
    assertEquals(BlockKind.BOILERPLATE, s.blocks().get(0).kind());
    assertEquals("date 2024-06-14", s.blocks().get(0).text());
    assertEquals(BlockKind.LEAD, s.blocks().get(1).kind());
    assertEquals(3, Skeletons.count(s, BlockKind.CAPTION));
    assertEquals(0, Skeletons.count(s, BlockKind.TITLE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kazinform News Agency reports.", "a Kazinform correspondent reports.",
      "Kazinform’s correspondent reports."})
  void parse_otherCues_readOutlet(String cue) {
    String text = " date 2025-02-03 The Senate of Kazakhstan passed the law on roads today in "
        + "Astana, " + cue + "\n\nPhoto: Photo: Senate press service\n\nThe law was signed.\n";
    assertEquals("kazinform", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertEquals("Kazinform", s.outlet().name());
    assertEquals(PartialDate.parse("2025-02-03"), s.published().value());
    assertEquals(List.of(BlockKind.BOILERPLATE, BlockKind.LEAD, BlockKind.CAPTION,
        BlockKind.PARAGRAPH), Skeletons.kinds(s));
  }

  @Test
  void parse_noOutletNoCaptionsCrlf_stillKazinform() {
    String text = " date 2023-09-30 The Mazhilis approved the amendments to the budget code "
        + "at its plenary session on Wednesday.  \r\nThe deputies voted for it.\r\n";
    assertEquals("kazinform", Seeds.choose(text).id());
    Skeleton s = layout.parse(SourceText.of("v", text));
    Skeletons.checkBlocks(text, s);
    assertNull(s.outlet());
    assertEquals(List.of(BlockKind.BOILERPLATE, BlockKind.LEAD, BlockKind.PARAGRAPH),
        Skeletons.kinds(s));
  }

  @Test
  void detect_otherSeedsWithoutPrefix_returnZero() {
    for (String seed : new String[] {Seeds.DUMA, Seeds.TASS, Seeds.PRESS_RU}) {
      assertEquals(0, layout.detect(Seeds.source(seed)), seed);
    }
  }
}
