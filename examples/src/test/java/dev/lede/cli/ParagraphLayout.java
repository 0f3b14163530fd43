package dev.lede.cli;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.Snippet;
import dev.lede.model.Span;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;

/**
 * A test-only layout so the CLI can run before the real layouts are on the class path: blocks are
 * runs of non-blank lines, the first one the title. It claims nothing (confidence 0, lowest
 * priority), so any real layout, the {@code plain} fallback included, wins over it.
 */
public final class ParagraphLayout implements LayoutParser {

  public static final String ID = "test-paragraphs";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public double detect(SourceText source) {
    return 0;
  }

  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }

  @Override
  public Skeleton parse(SourceText source) {
    String text = source.text();
    Skeleton.Builder b = Skeleton.builder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      // skip blank lines and white space up to the next paragraph
      while (i < n && blank(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int begin = i;
      int end = i;
      // a paragraph ends at a line that holds only white space
      while (i < n) {
        int lineEnd = i;
        boolean content = false;
        while (lineEnd < n && text.charAt(lineEnd) != '\n') {
          if (!blank(text.charAt(lineEnd))) {
            content = true;
            end = lineEnd + 1;
          }
          lineEnd++;
        }
        if (!content) {
          break;
        }
        i = Math.min(n, lineEnd + 1);
      }
      Span span = new Span(begin, end);
      BlockKind kind = b.blocks().isEmpty() ? BlockKind.TITLE : BlockKind.PARAGRAPH;
      if (kind == BlockKind.TITLE) {
        b.title(new Snippet(span.of(text), span));
      }
      b.block(new Block(kind, span, span.of(text)));
    }
    return b.build();
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
