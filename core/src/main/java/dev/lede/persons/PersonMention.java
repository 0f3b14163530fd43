package dev.lede.persons;

import dev.lede.model.MentionKind;
import dev.lede.model.Span;
import java.util.Objects;

/**
 * One mention of a person found by the analysis, with its place both in the source and in the
 * normalized text of its block (stages that read normalized text need the latter).
 *
 * @param personId the id of the {@link dev.lede.model.Person} it belongs to
 * @param block the index of its block
 * @param normBegin start in the block's normalized text
 * @param normEnd end in the block's normalized text
 * @param span where it stands in the source
 * @param text the normalized words
 * @param kind name, surname, initials, pronoun or role
 * @param gender what the words tell of the person's gender
 */
public record PersonMention(String personId, int block, int normBegin, int normEnd, Span span,
    String text, MentionKind kind, Gender gender) {

  public PersonMention {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    gender = gender == null ? Gender.UNKNOWN : gender;
  }
}
