package dev.lede.formats.text.internal;

import dev.lede.model.BlockKind;
import dev.lede.model.Outlet;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;

/**
 * Russian-language stories of Kazakh news sites: a title line, the body, and the outlet credited
 * in the first paragraphs ({@code …, передает Press.kz.}, {@code сообщает …}, {@code пишет …}).
 */
public final class PressRuLayout implements LayoutParser {

  public static final String ID = "press-ru";

  /** A Russian text: most of its letters are Cyrillic. */
  private static final double MIN_CYRILLIC = 0.5;
  /** The outlet is credited in the lead or soon after. */
  private static final int OUTLET_WITHIN = 3;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public double detect(SourceText source) {
    String text = source.text();
    if (Scripts.cyrillicShare(text) < MIN_CYRILLIC) {
      return 0;
    }
    List<Piece> paragraphs = TextSplitter.paragraphs(text);
    boolean titled = Titles.isTitleParagraph(text, paragraphs);
    RussianAttribution a = attribution(text, paragraphs, titled ? 1 : 0);
    if (a == null) {
      return 0;
    }
    // without the title line a credit alone is no sign of the site: Russian news of every kind
    // credits its sources so ("сообщает Лента.ру"); the fallback then reads the text
    return titled ? (a.domain() ? 0.8 : 0.6) : 0.05;
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
    RussianAttribution a = attribution(text, paragraphs, k);
    if (a != null) {
      out.outlet(new Outlet(a.outlet().of(text), a.outlet().span()));
    }
    for (; k < paragraphs.size(); k++) {
      out.block(paragraphs.get(k).block(text, BlockKind.PARAGRAPH));
    }
    return out.build();
  }

  private static RussianAttribution attribution(String text, List<Piece> paragraphs, int from) {
    int to = Math.min(paragraphs.size(), from + OUTLET_WITHIN);
    for (int k = from; k < to; k++) {
      RussianAttribution a = RussianAttribution.find(text, paragraphs.get(k));
      if (a != null) {
        return a;
      }
    }
    return null;
  }
}
