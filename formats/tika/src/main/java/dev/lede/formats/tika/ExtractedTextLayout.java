package dev.lede.formats.tika;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.Snippet;
import dev.lede.model.Span;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.Locale;
import java.util.Set;

/**
 * The layout of text that Tika extracted from a document no seed layout recognises: paragraphs
 * separated by blank lines, the first one the title when metadata names it (or, without
 * metadata, when it is short and unpunctuated). Claims a text only by its media type, with a
 * small confidence, so any layout that recognises its own signals wins.
 */
abstract class ExtractedTextLayout implements LayoutParser {

  /** Above the {@code plain} fallback (0.1), below any layout that sees its own signals. */
  static final double CONFIDENCE = 0.2;
  private static final int MAX_GUESSED_TITLE = 200;

  private final String id;
  private final Set<String> mediaTypes;

  ExtractedTextLayout(String id, Set<String> mediaTypes) {
    this.id = id;
    this.mediaTypes = mediaTypes;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final double detect(SourceText source) {
    String mt = source.mediaType().toLowerCase(Locale.ROOT);
    int semi = mt.indexOf(';');
    return mediaTypes.contains((semi >= 0 ? mt.substring(0, semi) : mt).strip()) ? CONFIDENCE : 0;
  }

  @Override
  public final Skeleton parse(SourceText source) {
    String text = source.text();
    Skeleton.Builder b = Skeleton.builder();
    String hinted = source.hints().title();
    int i = 0;
    int n = text.length();
    boolean first = true;
    while (i < n) {
      // a paragraph: from its first non-blank character to the last before a blank line
      while (i < n && blank(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int begin = i;
      int end = i;
      while (i < n) {
        int lineEnd = text.indexOf('\n', i);
        lineEnd = lineEnd < 0 ? n : lineEnd;
        int last = lastNonBlank(text, i, lineEnd);
        if (last < 0) {
          break; // a blank line ends the paragraph
        }
        end = last + 1;
        i = lineEnd + 1;
      }
      i = Math.max(i, end);
      Span span = new Span(begin, end);
      String para = text.substring(begin, end);
      boolean title = first && isTitle(para, hinted);
      b.block(new Block(title ? BlockKind.TITLE : BlockKind.PARAGRAPH, span, para));
      if (title) {
        b.title(new Snippet(para, span));
      }
      first = false;
    }
    return b.build();
  }

  private static boolean isTitle(String para, String hinted) {
    if (hinted != null) {
      return para.strip().equals(hinted.strip());
    }
    return para.length() <= MAX_GUESSED_TITLE && para.indexOf('\n') < 0
        && !para.endsWith(".") && para.codePoints().anyMatch(Character::isLetter);
  }

  private static int lastNonBlank(String text, int from, int to) {
    for (int j = to - 1; j >= from; j--) {
      if (!blank(text.charAt(j))) {
        return j;
      }
    }
    return -1;
  }

  /** White space as the layout contract counts it. */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
