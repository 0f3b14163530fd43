package dev.lede.model;

import java.util.Objects;

/**
 * Who made a statement.
 *
 * @param person id of the person in {@link Document#persons()}, or null when the mention could
 *     not be tied to one
 * @param name the person's name (or the mention's text when there is no person)
 * @param mention the words in the text that name the speaker
 */
public record Speaker(String person, String name, Snippet mention) {

  public Speaker {
    Objects.requireNonNull(name, "name");
  }
}
