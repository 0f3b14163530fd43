package dev.lede.formats.text.internal;

import dev.lede.model.BlockKind;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;

/**
 * The fallback for any text: a title when the first line reads as one (short, no final period,
 * more text after it), then paragraphs split on blank lines, or on line breaks when the text has
 * no blank lines. It claims every text with a small constant confidence, so any layout that
 * recognises its own signals wins, and ranks below the built-ins on ties.
 */
public final class PlainLayout implements LayoutParser {

  public static final String ID = "plain";
  static final double CONFIDENCE = 0.1;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public double detect(SourceText source) {
    return CONFIDENCE;
  }

  @Override
  public int priority() {
    return -1;
  }

  @Override
  public Skeleton parse(SourceText source) {
    String text = source.text();
    Skeleton.Builder out = Skeleton.builder();
    List<Piece> paragraphs = TextSplitter.paragraphs(text);
    int k = 0;
    if (Titles.isTitleParagraph(text, paragraphs)) {
      out.title(paragraphs.get(0).snippet(text));
      out.block(paragraphs.get(0).block(text, BlockKind.TITLE));
      k = 1;
    }
    for (; k < paragraphs.size(); k++) {
      out.block(paragraphs.get(k).block(text, BlockKind.PARAGRAPH));
    }
    return out.build();
  }
}
