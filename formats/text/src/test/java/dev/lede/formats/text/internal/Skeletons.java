package dev.lede.formats.text.internal;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.spi.LayoutParserContract;
import dev.lede.spi.Skeleton;
import java.util.List;

/** Assertions over skeletons shared by the layout tests. */
final class Skeletons {

  private Skeletons() {}

  static List<BlockKind> kinds(Skeleton s) {
    return s.blocks().stream().map(Block::kind).toList();
  }

  static long count(Skeleton s, BlockKind kind) {
    return s.blocks().stream().filter(b -> b.kind() == kind).count();
  }

  /** The contract's block checks, plus: no block is only white space, texts are raw slices. */
  static void checkBlocks(String text, Skeleton s) {
    LayoutParserContract.checkBlocks(text, s.blocks());
    for (Block b : s.blocks()) {
      String slice = b.span().of(text);
      if (slice.isBlank() || !slice.equals(b.text())) {
        throw new AssertionError("bad block " + b);
      }
    }
  }
}
