package dev.lede.dates;

import dev.lede.model.DateMention;
import dev.lede.model.PartialDate;
import dev.lede.model.Published;
import dev.lede.text.AnalyzedBlock;
import java.util.List;
import java.util.Optional;

/**
 * Finds dates in English and Russian text and resolves relative and year-less ones against the
 * publication date. Thread-safe.
 */
public final class DateExtractor {

  /**
   * @param blocks the document's blocks with their normalized texts
   * @param language {@code en}, {@code ru} or {@code und}
   * @param published the publication date, or null when unknown
   */
  public List<DateMention> extract(List<AnalyzedBlock> blocks, String language,
      Published published) {
    // Issue #4 builds the extractor.
    return List.of();
  }

  /**
   * Reads one standalone absolute date ({@code 2024-11-27}, {@code 27 November 2024},
   * {@code March 4}, {@code 4 марта}) as layouts find them in prefixes, datelines and footers.
   */
  public Optional<PartialDate> parseDate(String text) {
    return SimpleDates.parse(text);
  }
}
