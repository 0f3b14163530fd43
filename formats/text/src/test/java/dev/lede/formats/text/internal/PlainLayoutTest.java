package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
