package dev.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * One parsed news text: immutable, thread-safe and lossless (every item carries a {@link Span}
 * into the source text). Its JSON form is the {@code lede.document/1} contract.
 */
public record Document(
    Source source,
    LayoutMatch layout,
    String language,
    Snippet title,
    Published published,
    Dateline dateline,
    Outlet outlet,
    List<Author> authors,
    List<Block> blocks,
    List<Person> persons,
    List<Statement> statements,
    List<DateMention> dates,
    List<String> warnings) {

  public static final String SCHEMA = "lede.document/1";

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(layout, "layout");
    authors = List.copyOf(authors);
    blocks = List.copyOf(blocks);
    persons = List.copyOf(persons);
    statements = List.copyOf(statements);
    dates = List.copyOf(dates);
    warnings = List.copyOf(warnings);
  }

  /** The person with this id, if any. */
  public java.util.Optional<Person> person(String id) {
    return persons.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
