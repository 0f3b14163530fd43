package dev.lede.formats.json;

import dev.lede.model.Author;
import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.DateMention;
import dev.lede.model.Dateline;
import dev.lede.model.Document;
import dev.lede.model.LayoutMatch;
import dev.lede.model.Mention;
import dev.lede.model.MentionKind;
import dev.lede.model.Outlet;
import dev.lede.model.PartialDate;
import dev.lede.model.Person;
import dev.lede.model.Precision;
import dev.lede.model.Published;
import dev.lede.model.Snippet;
import dev.lede.model.Source;
import dev.lede.model.Span;
import dev.lede.model.Speaker;
import dev.lede.model.Statement;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary {@link Document}s that keep the records' rules (valid partial dates, spans, ids). */
final class DocumentArbitraries {

  private DocumentArbitraries() {}

  /** Short strings over ASCII (controls, quotes, backslash included), Cyrillic, punctuation, emoji. */
  static Arbitrary<String> texts() {
    Arbitrary<String> plain = Arbitraries.strings()
        .withCharRange('\u0000', '\u007f')
        .withCharRange('\u0400', '\u04ff')
        .withCharRange('\u2000', '\u206f')
        .withChars('«', '»', '\u00a0', '\u2028', '\uFEFF')
        .ofMaxLength(12);
    return Combinators.combine(plain, Arbitraries.of("", "\uD83D\uDE00", "Токаев"))
        .as((a, b) -> a + b);
  }

  static Arbitrary<String> nullableTexts() {
    return texts().injectNull(0.3);
  }

  static Arbitrary<Span> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, 100_000),
        Arbitraries.integers().between(0, 2_000)).as((b, n) -> new Span(b, b + n));
  }

  static Arbitrary<Snippet> snippets() {
    return Combinators.combine(texts(), spans()).as(Snippet::new);
  }

  /** Every shape of a partial date, from a real calendar day so day-of-month is always valid. */
  static Arbitrary<PartialDate> partialDates() {
    Arbitrary<LocalDate> days = Arbitraries.longs()
        .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    return Combinators.combine(days, Arbitraries.of(Precision.class)).as((d, p) -> switch (p) {
      case DAY -> PartialDate.of(d);
      case MONTH -> PartialDate.ofMonth(d.getYear(), d.getMonthValue());
      case YEAR -> PartialDate.ofYear(d.getYear());
      case MONTH_DAY -> PartialDate.ofMonthDay(d.getMonthValue(), d.getDayOfMonth());
    });
  }

  static Arbitrary<Source> sources() {
    return Combinators.combine(texts(), nullableTexts(), texts(), nullableTexts(),
        Arbitraries.integers().between(0, Integer.MAX_VALUE), nullableTexts())
        .as(Source::new);
  }

  static Arbitrary<LayoutMatch> layouts() {
    return Combinators.combine(
        Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(10),
        Arbitraries.doubles().between(0, 1)).as(LayoutMatch::new);
  }

  static Arbitrary<Published> published() {
    return Combinators.combine(partialDates(), nullableTexts(), spans().injectNull(0.3), texts())
        .as(Published::new).injectNull(0.3);
  }

  static Arbitrary<Dateline> datelines() {
    return Combinators.combine(nullableTexts(), nullableTexts(), texts(), spans())
        .as(Dateline::new).injectNull(0.3);
  }

  static Arbitrary<Outlet> outlets() {
    return Combinators.combine(texts(), spans().injectNull(0.3)).as(Outlet::new).injectNull(0.3);
  }

  static Arbitrary<Author> authors() {
    return Combinators.combine(texts(), nullableTexts()).as(Author::new);
  }

  static Arbitrary<Block> blocks() {
    return Combinators.combine(Arbitraries.of(BlockKind.class), spans(), texts()).as(Block::new);
  }

  static Arbitrary<Mention> mentions() {
    return Combinators.combine(texts(), Arbitraries.of(MentionKind.class), spans())
        .as(Mention::new);
  }

  static Arbitrary<Person> persons() {
    return Combinators.combine(texts(), texts(), texts(), nullableTexts(), nullableTexts(),
        texts().list().ofMaxSize(3), mentions().list().ofMaxSize(3)).as(Person::new);
  }

  static Arbitrary<Speaker> speakers() {
    return Combinators.combine(nullableTexts(), texts(), snippets().injectNull(0.3))
        .as(Speaker::new).injectNull(0.3);
  }

  static Arbitrary<Statement> statements() {
    return Combinators.combine(snippets(), Arbitraries.of(true, false), speakers(),
        snippets().injectNull(0.3), Arbitraries.integers().between(0, 500)).as(Statement::new);
  }

  static Arbitrary<DateMention> dates() {
    return Combinators.combine(texts(), partialDates(), Arbitraries.of(true, false), spans(),
        partialDates().injectNull(0.5)).as(DateMention::new);
  }

  /** The head of a document (single values), combined with its lists below. */
  private record Head(Source source, LayoutMatch layout, String language, Snippet title,
      Published published, Dateline dateline, Outlet outlet) {}

  static Arbitrary<Document> documents() {
    Arbitrary<Head> heads = Combinators.combine(sources(), layouts(),
        Arbitraries.of("en", "ru", "und").injectNull(0.2), snippets().injectNull(0.3),
        published(), datelines(), outlets()).as(Head::new);
    return Combinators.combine(heads, authors().list().ofMaxSize(2),
        blocks().list().ofMaxSize(4), persons().list().ofMaxSize(3),
        statements().list().ofMaxSize(3), dates().list().ofMaxSize(3),
        texts().list().ofMaxSize(2))
        .as((h, authors, blocks, persons, statements, dates, warnings) -> new Document(h.source(),
            h.layout(), h.language(), h.title(), h.published(), h.dateline(), h.outlet(),
            authors, blocks, persons, statements, dates, warnings));
  }

  static List<String> topLevelKeys() {
    return List.of("schema", "source", "layout", "language", "title", "published", "dateline",
        "outlet", "authors", "blocks", "persons", "statements", "dates", "warnings");
  }
}
