package dev.lede.internal;

import dev.lede.dates.DateExtractor;
import dev.lede.model.Author;
import dev.lede.model.Block;
import dev.lede.model.DateMention;
import dev.lede.model.Document;
import dev.lede.model.LayoutMatch;
import dev.lede.model.Mention;
import dev.lede.model.Person;
import dev.lede.model.Published;
import dev.lede.model.Snippet;
import dev.lede.model.Source;
import dev.lede.model.Span;
import dev.lede.persons.PersonAnalysis;
import dev.lede.persons.PersonExtractor;
import dev.lede.persons.PersonMention;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import dev.lede.statements.StatementAnalysis;
import dev.lede.statements.StatementExtractor;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.LanguageGuesser;
import dev.lede.text.NormalizedText;
import dev.lede.text.Normalizer;
import dev.lede.text.ScriptRepair;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The core analysis over a layout's skeleton: normalization → language → dates → persons →
 * statements → the immutable {@link Document}. Stateless and thread-safe.
 *
 * <p>The time budget of a parse is checked between blocks and between stages: the stages get
 * their blocks through a {@link DeadlineBlocks} view, whose every {@code get} checks the
 * {@link Deadline}, so a stage stops between two blocks without knowing about budgets.
 */
public final class Pipeline {

  /**
   * The persons stage is built on a background thread as soon as the first pipeline is: its name
   * lexicon romanizes every given name with ICU's {@code Russian-Latin/BGN} transliterator, whose
   * rules ICU compiles on first use (about half of a one-file run's start-up). Reading, layout
   * and normalization of the first document run meanwhile; the persons stage waits only for
   * what is left. One per JVM: the lexicon is a shared immutable table.
   */
  private static final Warm<PersonExtractor> PERSONS = Warm.start("lede-persons-warm-up",
      PersonExtractor::new);

  private final Normalizer normalizer = new Normalizer();
  private final ScriptRepair repair = new ScriptRepair();
  private final LanguageGuesser languages = new LanguageGuesser();
  private final Warm<PersonExtractor> persons = PERSONS;
  private final DateExtractor dates = new DateExtractor();
  private final StatementExtractor statements = new StatementExtractor();

  /**
   * Analyzes one text.
   *
   * @throws dev.lede.LedeException when {@code deadline} passes before the analysis ends
   */
  public Document analyze(SourceText source, LayoutMatch layout, Skeleton skeleton,
      Deadline deadline) {
    String text = source.text();
    List<String> warnings = new ArrayList<>(skeleton.warnings());

    List<AnalyzedBlock> blocks = new ArrayList<>(skeleton.blocks().size());
    StringBuilder content = new StringBuilder();
    for (Block raw : skeleton.blocks()) {
      deadline.check();
      NormalizedText norm = normalizer.normalize(text, raw.span().begin(), raw.span().end());
      ScriptRepair.Result repaired = repair.repair(norm);
      norm = repaired.text();
      for (ScriptRepair.Repair r : repaired.repairs()) {
        Span at = norm.toSource(r.begin(), r.end());
        warnings.add("mixed-script word '" + r.before() + "' repaired as '" + r.after()
            + "' at [" + at.begin() + ", " + at.end() + ")");
      }
      Block block = new Block(raw.kind(), raw.span(), norm.text());
      blocks.add(new AnalyzedBlock(blocks.size(), block, norm));
      if (raw.kind().isContent() && content.length() < 20_000) {
        content.append(norm.text()).append('\n');
      }
    }
    String language = languages.guess(content);

    Snippet title = normalized(text, skeleton.title());
    Published published = normalizedPublished(text, skeleton.published());
    if (source.hints().published() != null) {
      published = new Published(source.hints().published(), null, null,
          source.hints().publishedFrom() == null ? "metadata" : source.hints().publishedFrom());
    }
    if (source.hints().title() != null && !source.hints().title().isBlank()) {
      title = givenTitle(text, normalizer.normalize(source.hints().title()), title);
    }

    List<AnalyzedBlock> timed = new DeadlineBlocks(blocks, deadline);
    deadline.check();
    // dates do not need the persons: on a cold start they run while the persons stage's tables
    // are still being built on their own thread
    List<DateMention> dateMentions = dates.extract(timed, language, published);
    deadline.check();
    PersonAnalysis personAnalysis = persons.get().extract(timed, language, skeleton);
    deadline.check();
    StatementAnalysis statementAnalysis =
        statements.extract(timed, language, personAnalysis, skeleton, text);
    deadline.check();
    List<Person> personList = withSpeakerMentions(personAnalysis, statementAnalysis);

    List<Author> authors = new ArrayList<>();
    for (Snippet a : skeleton.authors()) {
      authors.add(new Author(normalizer.normalize(a.text()), personAt(personAnalysis, a)));
    }
    if (authors.isEmpty() && source.hints().author() != null) {
      authors.add(new Author(source.hints().author(), null));
    }

    var outlet = skeleton.outlet();
    if (source.hints().outlet() != null && !source.hints().outlet().isBlank()) {
      outlet = new dev.lede.model.Outlet(source.hints().outlet(), null);
    }

    Source src = new Source(source.name(), source.record(), source.mediaType(), source.charset(),
        text.length(), sha256(text));
    return new Document(src, layout, language, title, published, skeleton.dateline(), outlet,
        authors, blocks.stream().map(AnalyzedBlock::block).toList(), personList,
        statementAnalysis.statements(), dateMentions, warnings);
  }

  /**
   * A title given in metadata wins over the layout's guess. Its span is where it stands in the
   * text, or the empty span at 0 when the text does not contain it.
   */
  private static Snippet givenTitle(String text, String given, Snippet fromLayout) {
    if (fromLayout != null && fromLayout.text().equals(given)) {
      return fromLayout;
    }
    int at = text.indexOf(given);
    return new Snippet(given, at >= 0 ? new Span(at, at + given.length()) : new Span(0, 0));
  }

  private Snippet normalized(String text, Snippet s) {
    return s == null ? null : new Snippet(normalizer.normalize(s.text()), s.span());
  }

  private Published normalizedPublished(String text, Published p) {
    if (p == null || p.text() == null) {
      return p;
    }
    return new Published(p.value(), normalizer.normalize(p.text()), p.span(), p.from());
  }

  /** The id of the person with a mention inside the author's span, if any. */
  private static String personAt(PersonAnalysis analysis, Snippet author) {
    for (PersonMention m : analysis.mentions()) {
      if (author.span().contains(m.span()) || m.span().contains(author.span())) {
        return m.personId();
      }
    }
    return null;
  }

  /** Adds the pronoun and role mentions found while attributing statements to their persons. */
  private static List<Person> withSpeakerMentions(PersonAnalysis persons,
      StatementAnalysis statements) {
    if (statements.speakerMentions().isEmpty()) {
      return persons.persons();
    }
    Map<String, List<Mention>> extra = new LinkedHashMap<>();
    for (PersonMention m : statements.speakerMentions()) {
      extra.computeIfAbsent(m.personId(), k -> new ArrayList<>())
          .add(new Mention(m.text(), m.kind(), m.span()));
    }
    List<Person> out = new ArrayList<>();
    for (Person p : persons.persons()) {
      List<Mention> more = extra.get(p.id());
      if (more == null) {
        out.add(p);
        continue;
      }
      List<Mention> all = new ArrayList<>(p.mentions());
      // a set of the spans keeps this linear: 100,000 "— отметил он." give as many mentions
      Set<Span> seen = new HashSet<>();
      for (Mention m : all) {
        seen.add(m.span());
      }
      for (Mention m : more) {
        if (seen.add(m.span())) {
          all.add(m);
        }
      }
      all.sort(Comparator.comparing(Mention::span));
      out.add(new Person(p.id(), p.name(), p.key(), p.latin(), p.cyrillic(), p.roles(), all));
    }
    return out;
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
