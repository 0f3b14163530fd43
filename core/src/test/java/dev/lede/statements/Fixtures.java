package dev.lede.statements;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.MentionKind;
import dev.lede.model.Person;
import dev.lede.model.Span;
import dev.lede.persons.Gender;
import dev.lede.persons.PersonAnalysis;
import dev.lede.persons.PersonMention;
import dev.lede.spi.Skeleton;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.NormalizedText;
import dev.lede.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds documents for the statement tests: paragraphs, and persons by hand. */
final class Fixtures {

  final String source;
  final List<AnalyzedBlock> blocks = new ArrayList<>();
  private final List<Person> persons = new ArrayList<>();
  private final List<PersonMention> mentions = new ArrayList<>();
  private final Map<String, Gender> genders = new HashMap<>();

  /** One block per paragraph (separated by a blank line); the first is a title if asked. */
  Fixtures(boolean firstIsTitle, String... paragraphs) {
    source = String.join("\n\n", paragraphs);
    Normalizer normalizer = new Normalizer();
    int at = 0;
    for (int i = 0; i < paragraphs.length; i++) {
      int end = at + paragraphs[i].length();
      NormalizedText norm = normalizer.normalize(source, at, end);
      BlockKind kind = i == 0 && firstIsTitle ? BlockKind.TITLE : BlockKind.PARAGRAPH;
      blocks.add(new AnalyzedBlock(i, new Block(kind, new Span(at, end), norm.text()), norm));
      at = end + 2;
    }
  }

  Fixtures(String... paragraphs) {
    this(false, paragraphs);
  }

  /** A person with every occurrence of each of {@code forms} in the blocks as a mention. */
  Fixtures person(String id, String name, Gender gender, List<String> roles, String... forms) {
    persons.add(new Person(id, name, name.toLowerCase(java.util.Locale.ROOT), name, null, roles,
        List.of()));
    genders.put(id, gender);
    for (AnalyzedBlock b : blocks) {
      for (String f : forms) {
        int from = 0;
        while (true) {
          int i = b.text().indexOf(f, from);
          if (i < 0) {
            break;
          }
          boolean wordStart = i == 0 || !Character.isLetter(b.text().charAt(i - 1));
          boolean wordEnd = i + f.length() >= b.text().length()
              || !Character.isLetter(b.text().charAt(i + f.length()));
          if (wordStart && wordEnd) {
            mentions.add(new PersonMention(id, b.index(), i, i + f.length(),
                b.norm().toSource(i, i + f.length()), f,
                f.contains(" ") ? MentionKind.NAME : MentionKind.SURNAME, gender));
          }
          from = i + f.length();
        }
      }
    }
    return this;
  }

  PersonAnalysis analysis() {
    List<PersonMention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.block() != b.block() ? Integer.compare(a.block(), b.block())
        : Integer.compare(a.normBegin(), b.normBegin()));
    return new PersonAnalysis(persons, sorted, genders);
  }

  /** Extracts without the source text: every double mark is straight, no breaks in blocks. */
  StatementAnalysis extractNormalizedOnly(String language) {
    Skeleton skeleton = new Skeleton(blocks.stream().map(AnalyzedBlock::block).toList(), null,
        null, null, null, List.of(), List.of());
    return new StatementExtractor().extract(blocks, language, analysis(), skeleton);
  }

  StatementAnalysis extract(String language) {
    Skeleton skeleton = new Skeleton(blocks.stream().map(AnalyzedBlock::block).toList(), null,
        null, null, null, List.of(), List.of());
    return new StatementExtractor().extract(blocks, language, analysis(), skeleton, source);
  }
}
