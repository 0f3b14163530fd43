package dev.lede.statements;

import dev.lede.persons.PersonAnalysis;
import dev.lede.spi.Skeleton;
import dev.lede.text.AnalyzedBlock;
import java.util.List;

/** Finds quotes and reported clauses and resolves their speakers to persons. Thread-safe. */
public final class StatementExtractor {

  /**
   * @param blocks the document's blocks with their normalized texts
   * @param language {@code en}, {@code ru} or {@code und}
   * @param persons the persons of the document and their mentions
   * @param skeleton the layout's findings (title, authors of a first-person article)
   */
  public StatementAnalysis extract(List<AnalyzedBlock> blocks, String language,
      PersonAnalysis persons, Skeleton skeleton) {
    // Issue #5 builds the extractor.
    return StatementAnalysis.EMPTY;
  }
}
