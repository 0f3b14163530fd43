package dev.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * A person of one document.
 *
 * @param id document-local id, {@code p1}, {@code p2}, …
 * @param name the fullest form found, in the nominative, in the document's script
 * @param key the cross-script identity key (same person, same key, whatever script or case)
 * @param latin the name in Latin script
 * @param cyrillic the name in Cyrillic script
 * @param roles role phrases attached to the person ({@code Russian Prime Minister})
 * @param mentions every mention, in text order
 */
public record Person(String id, String name, String key, String latin, String cyrillic,
    List<String> roles, List<Mention> mentions) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
