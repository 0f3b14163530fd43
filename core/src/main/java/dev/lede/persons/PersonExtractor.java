package dev.lede.persons;

import dev.lede.spi.Skeleton;
import dev.lede.text.AnalyzedBlock;
import java.util.List;

/**
 * Finds the persons of a document: name mentions in English and Russian, brought to the
 * nominative, clustered within the document, each with a cross-script key. Thread-safe.
 */
public final class PersonExtractor {

  /**
   * @param blocks the document's blocks with their normalized texts
   * @param language {@code en}, {@code ru} or {@code und}
   * @param skeleton the layout's findings (title, authors)
   */
  public PersonAnalysis extract(List<AnalyzedBlock> blocks, String language, Skeleton skeleton) {
    // Issue #3 builds the real extractor; until then the document has no persons.
    return PersonAnalysis.EMPTY;
  }
}
