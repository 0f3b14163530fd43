package dev.lede.statements;

import dev.lede.model.Statement;
import dev.lede.persons.PersonMention;
import java.util.List;

/**
 * The statements of a document and the speaker mentions the statement stage found on its own
 * (pronouns, role phrases) that belong to persons and are added to their mentions.
 */
public record StatementAnalysis(List<Statement> statements, List<PersonMention> speakerMentions) {

  public static final StatementAnalysis EMPTY = new StatementAnalysis(List.of(), List.of());

  public StatementAnalysis {
    statements = List.copyOf(statements);
    speakerMentions = List.copyOf(speakerMentions);
  }
}
