package dev.lede.internal;

import dev.lede.text.AnalyzedBlock;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable view of the blocks that checks the {@link Deadline} on every access, so each
 * analysis stage is interrupted between two blocks when a parse runs out of time, without a
 * parameter for it in the stages' signatures.
 */
final class DeadlineBlocks extends AbstractList<AnalyzedBlock> implements RandomAccess {

  private final List<AnalyzedBlock> blocks;
  private final Deadline deadline;

  DeadlineBlocks(List<AnalyzedBlock> blocks, Deadline deadline) {
    this.blocks = List.copyOf(blocks);
    this.deadline = deadline;
  }

  @Override
  public AnalyzedBlock get(int index) {
    deadline.check();
    return blocks.get(index);
  }

  @Override
  public int size() {
    return blocks.size();
  }
}
