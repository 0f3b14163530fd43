package dev.lede.persons;

import dev.lede.model.Document;
import dev.lede.model.Mention;
import dev.lede.model.MentionKind;
import dev.lede.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the persons of many documents by their identity key. Not thread-safe: feed it from one
 * thread (or synchronize), then read {@link #clusters()}.
 */
public final class PersonIndex {

  private final Map<String, Entry> byKey = new LinkedHashMap<>();

  private static final class Entry {
    String name = "";
    final Set<String> variants = new TreeSet<>();
    final Set<String> documents = new LinkedHashSet<>();
  }

  /** Adds every person of a document. */
  public PersonIndex add(Document document) {
    String docName = document.source().record() == null
        ? document.source().name()
        : document.source().name() + "#" + document.source().record();
    for (Person p : document.persons()) {
      Entry e = byKey.computeIfAbsent(p.key(), k -> new Entry());
      if (fuller(p.name(), e.name)) {
        e.name = p.name();
      }
      e.variants.add(p.name());
      for (Mention m : p.mentions()) {
        if (m.kind() != MentionKind.PRONOUN && m.kind() != MentionKind.ROLE) {
          e.variants.add(m.text());
        }
      }
      e.documents.add(docName);
    }
    return this;
  }

  /** A name with more words wins; among equals, the Latin one, then the longer one. */
  private static boolean fuller(String candidate, String current) {
    int cw = candidate.split("\\s+").length;
    int ow = current.isEmpty() ? 0 : current.split("\\s+").length;
    if (cw != ow) {
      return cw > ow;
    }
    return candidate.length() > current.length();
  }

  /** The clusters, in order of first appearance. */
  public List<PersonCluster> clusters() {
    List<PersonCluster> out = new ArrayList<>();
    byKey.forEach((key, e) -> out.add(new PersonCluster(key, e.name, new ArrayList<>(e.variants),
        new ArrayList<>(e.documents))));
    return out;
  }
}
