package dev.lede.text;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Test input for the analysis stages: paragraphs joined by blank lines, one block each. */
public final class Paragraphs {

  private static final Normalizer NORMALIZER = new Normalizer();

  private Paragraphs() {}

  /** The source text the blocks of {@link #blocks} point into. */
  public static String source(String... paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  /** One normalized paragraph block per argument, with spans into {@link #source}. */
  public static List<AnalyzedBlock> blocks(String... paragraphs) {
    String source = source(paragraphs);
    List<AnalyzedBlock> blocks = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      int end = at + p.length();
      NormalizedText norm = NORMALIZER.normalize(source, at, end);
      blocks.add(new AnalyzedBlock(blocks.size(),
          new Block(BlockKind.PARAGRAPH, new Span(at, end), norm.text()), norm));
      at = end + 2;
    }
    return blocks;
  }
}
