package dev.lede.bench;

import dev.lede.LedeParser;
import dev.lede.dates.DateExtractor;
import dev.lede.model.Block;
import dev.lede.model.DateMention;
import dev.lede.model.Published;
import dev.lede.persons.PersonAnalysis;
import dev.lede.persons.PersonExtractor;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import dev.lede.statements.StatementAnalysis;
import dev.lede.statements.StatementExtractor;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.LanguageGuesser;
import dev.lede.text.NormalizedText;
import dev.lede.text.Normalizer;
import dev.lede.text.ScriptRepair;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages of {@code dev.lede.internal.Pipeline}, called one at a time through the public stage
 * classes of core, so that each can be timed alone on inputs the earlier stages prepared. Mirrors
 * the pipeline's order: layout detection and parse, normalization and language, persons, dates,
 * statements. Thread-safe (every stage class is).
 */
final class Stages {

  private final LedeParser parser;
  private final Normalizer normalizer = new Normalizer();
  private final ScriptRepair repair = new ScriptRepair();
  private final LanguageGuesser languages = new LanguageGuesser();
  private final PersonExtractor persons = new PersonExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final StatementExtractor statements = new StatementExtractor();

  Stages(LedeParser parser) {
    this.parser = parser;
  }

  /** One document after each stage, ready to time any single later stage. */
  record Prepared(SourceText source, Skeleton skeleton, List<AnalyzedBlock> blocks,
      String language, Published published, PersonAnalysis persons) {}

  Prepared prepare(SourceText source) {
    Skeleton skeleton = layout(source);
    List<AnalyzedBlock> blocks = normalize(source.text(), skeleton);
    String language = language(blocks);
    PersonAnalysis found = persons(blocks, language, skeleton);
    return new Prepared(source, skeleton, blocks, language, skeleton.published(), found);
  }

  /** Layout detection (every registered layout's {@code detect}) and the winner's parse. */
  Skeleton layout(SourceText source) {
    LayoutParser chosen = null;
    double confidence = -1;
    for (LayoutParser p : parser.layoutParsers()) {
      double c;
      try {
        c = p.detect(source);
        c = Double.isNaN(c) ? 0 : Math.max(0, Math.min(1, c));
      } catch (RuntimeException e) {
        c = 0;
      }
      if (c > confidence || (c == confidence && p.priority() > chosen.priority())) {
        chosen = p;
        confidence = c;
      }
    }
    return chosen.parse(source);
  }

  /** Normalization and mixed-script repair of every block, as the pipeline does them. */
  List<AnalyzedBlock> normalize(String text, Skeleton skeleton) {
    List<AnalyzedBlock> blocks = new ArrayList<>(skeleton.blocks().size());
    for (Block raw : skeleton.blocks()) {
      NormalizedText norm = repair.repair(
          normalizer.normalize(text, raw.span().begin(), raw.span().end())).text();
      blocks.add(new AnalyzedBlock(blocks.size(), new Block(raw.kind(), raw.span(), norm.text()),
          norm));
    }
    return blocks;
  }

  /** Language guess over the content blocks (the first 20,000 characters, as the pipeline). */
  String language(List<AnalyzedBlock> blocks) {
    StringBuilder content = new StringBuilder();
    for (AnalyzedBlock b : blocks) {
      if (b.block().kind().isContent() && content.length() < 20_000) {
        content.append(b.text()).append('\n');
      }
    }
    return languages.guess(content);
  }

  PersonAnalysis persons(List<AnalyzedBlock> blocks, String language, Skeleton skeleton) {
    return persons.extract(blocks, language, skeleton);
  }

  List<DateMention> dates(Prepared p) {
    return dates.extract(p.blocks(), p.language(), p.published());
  }

  StatementAnalysis statements(Prepared p) {
    return statements.extract(p.blocks(), p.language(), p.persons(), p.skeleton(),
        p.source().text());
  }
}
