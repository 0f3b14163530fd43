package dev.lede.dates;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.DateMention;
import dev.lede.model.PartialDate;
import dev.lede.model.Published;
import dev.lede.model.Span;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.NormalizedText;
import dev.lede.text.Normalizer;
import java.util.List;

/** Builds analyzed blocks from raw text and runs the extractor on them, for tests. */
final class Blocks {

  private static final Normalizer NORMALIZER = new Normalizer();
  private static final DateExtractor EXTRACTOR = new DateExtractor();

  private Blocks() {}

  static AnalyzedBlock block(String source) {
    NormalizedText norm = NORMALIZER.normalize(source, 0, source.length());
    return new AnalyzedBlock(0, new Block(BlockKind.PARAGRAPH, new Span(0, source.length()),
        norm.text()), norm);
  }

  /** The dates of one paragraph, published on {@code pubIso} (null: unknown). */
  static List<DateMention> dates(String source, String pubIso) {
    Published pub = pubIso == null ? null
        : new Published(PartialDate.parse(pubIso), null, null, "test");
    return EXTRACTOR.extract(List.of(block(source)), "und", pub);
  }

  /** The ISO values of the dates, in order. */
  static List<String> values(String source, String pubIso) {
    return dates(source, pubIso).stream().map(d -> d.value().toIso()).toList();
  }
}
