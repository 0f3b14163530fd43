package dev.lede.text;

import dev.lede.model.Block;
import java.util.Objects;

/**
 * A block on its way through the analysis stages: its index in the document, the block (whose
 * text is the normalized text) and the normalized text with its map back to the source.
 */
public record AnalyzedBlock(int index, Block block, NormalizedText norm) {

  public AnalyzedBlock {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(norm, "norm");
  }

  public String text() {
    return norm.text();
  }
}
