package dev.lede.persons;

import java.util.List;

/**
 * One person across documents.
 *
 * @param key the cross-script identity key shared by all its variants
 * @param name the fullest name seen
 * @param variants every distinct name and mention text seen, sorted
 * @param documents the names of the documents that mention the person, in the order added
 */
public record PersonCluster(String key, String name, List<String> variants,
    List<String> documents) {

  public PersonCluster {
    variants = List.copyOf(variants);
    documents = List.copyOf(documents);
  }
}
