package dev.lede.model;

import java.util.Objects;

/** An author of the document; {@code person} is the id of the matching person, or null. */
public record Author(String name, String person) {

  public Author {
    Objects.requireNonNull(name, "name");
  }
}
