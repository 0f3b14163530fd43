package dev.lede.model;

import java.util.Objects;

/**
 * A quote or a reported clause.
 *
 * @param quote the quoted words (direct) or the reported clause (indirect)
 * @param direct true for quoted words, with or without quotation marks; false for reported speech
 * @param speaker who said it, or null when no speaker can be found
 * @param cue the verb or phrase that attributes it ({@code said}, {@code по словам}), or null
 * @param block the index of the block in {@link Document#blocks()} that holds the quote's start
 */
public record Statement(Snippet quote, boolean direct, Speaker speaker, Snippet cue, int block) {

  public Statement {
    Objects.requireNonNull(quote, "quote");
  }
}
