package dev.lede.formats.text.internal;

import dev.lede.model.BlockKind;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;

/**
 * The fallback for any text: a title when the first line reads as one (short, no final period,
 * more text after it; or a short title-cased line; or a short line set apart by a blank line
 * before longer paragraphs), then paragraphs split on blank lines, or on line breaks when the
 * text has no blank lines. It claims every text with a small constant confidence, so any layout
 * that recognises its own signals wins, and ranks below the built-ins on ties.
 */
public final class PlainLayout implements LayoutParser {

  public static final String ID = "plain";
  static final double CONFIDENCE = 0.1;
  private static final int MAX_SHORT_HEADLINE = 64;
  private static final int MAX_SHORT_HEADLINE_WORDS = 12;

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

  /**
   * Dumps that end every headline with a period still set it apart: a short single line, then a
   * blank line, then longer paragraphs. A text opening with a short sentence of its own and
   * nothing more is rare in news; three paragraphs at least keep a short note from losing its
   * first sentence to the title.
   */
  static boolean isShortHeadline(String text, List<Piece> paragraphs) {
    if (paragraphs.size() < 3) {
      return false;
    }
    Piece first = paragraphs.get(0);
    Piece second = paragraphs.get(1);
    int length = first.end() - first.begin();
    char last = text.charAt(first.end() - 1);
    return length <= MAX_SHORT_HEADLINE && second.end() - second.begin() > length
        && last != ',' && last != ':' 
        && TextSplitter.blankLineBetween(text, first.end(), second.begin())
        && Tokens.words(text, first.begin(), first.end()).size() <= MAX_SHORT_HEADLINE_WORDS
        && TextSplitter.lines(text, first.begin(), first.end()).size() == 1;
  }

  @Override
  public Skeleton parse(SourceText source) {
    String text = source.text();
    Skeleton.Builder out = Skeleton.builder();
    List<Piece> paragraphs = TextSplitter.paragraphs(text);
    int k = 0;
    if (Titles.isTitleParagraph(text, paragraphs) || isShortHeadline(text, paragraphs)) {
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
