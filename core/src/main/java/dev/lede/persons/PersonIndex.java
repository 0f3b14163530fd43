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
 * Merges the persons of many documents by their identity key ({@link PersonKey}). Persons with
 * equal keys are one person. When the clusters are read, a person known in some documents only
 * by initials ({@code tokaev k}) joins the one full-name person of that surname whose given
 * name starts so, and a person known only by surname ({@code tokaev}) joins the full-name person
 * of that surname when there is exactly one; with two or more candidates they stay apart.
 *
 * <p>Not thread-safe: feed it from one thread (or synchronize), then read {@link #clusters()}.
 */
public final class PersonIndex {

  private final Map<String, Entry> byKey = new LinkedHashMap<>();

  private static final class Entry {
    final String key;
    String name = "";
    final Set<String> variants = new TreeSet<>();
    final Set<String> documents = new LinkedHashSet<>();

    Entry(String key) {
      this.key = key;
    }

    void absorb(Entry other) {
      if (fuller(other.name, name)) {
        name = other.name;
      }
      variants.addAll(other.variants);
      documents.addAll(other.documents);
    }
  }

  /** Adds every person of a document. */
  public PersonIndex add(Document document) {
    String docName = document.source().record() == null
        ? document.source().name()
        : document.source().name() + "#" + document.source().record();
    for (Person p : document.persons()) {
      if (p.key().isEmpty()) {
        continue;
      }
      Entry e = byKey.computeIfAbsent(p.key(), Entry::new);
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

  /** A name with more words wins; among equals, the longer one. */
  private static boolean fuller(String candidate, String current) {
    int cw = words(candidate);
    int ow = words(current);
    if (cw != ow) {
      return cw > ow;
    }
    return candidate.length() > current.length();
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetter(s.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }

  /** The clusters, in order of first appearance, partial names merged where unambiguous. */
  public List<PersonCluster> clusters() {
    Map<String, Entry> merged = new LinkedHashMap<>();
    Map<String, String> target = new LinkedHashMap<>();
    for (Entry e : byKey.values()) {
      target.put(e.key, resolve(e.key));
    }
    for (Entry e : byKey.values()) {
      String to = target.get(e.key);
      Entry into = merged.computeIfAbsent(to, k -> new Entry(k));
      into.absorb(e);
    }
    List<PersonCluster> out = new ArrayList<>();
    merged.forEach((key, e) -> out.add(new PersonCluster(key, e.name,
        new ArrayList<>(e.variants), new ArrayList<>(e.documents))));
    return out;
  }

  /** The key a person's entry merges into: itself, or the one full name it abbreviates. */
  private String resolve(String key) {
    String surname = PersonKey.surnameOf(key);
    String given = key.length() > surname.length() ? key.substring(surname.length() + 1) : "";
    if (given.length() > 1) {
      return key;
    }
    List<String> full = new ArrayList<>();
    List<String> initials = new ArrayList<>();
    for (String k : byKey.keySet()) {
      if (k.equals(key) || !PersonKey.surnameOf(k).equals(surname)) {
        continue;
      }
      String g = k.length() > surname.length() ? k.substring(surname.length() + 1) : "";
      if (g.length() > 1 && (given.isEmpty() || g.charAt(0) == given.charAt(0))) {
        full.add(k);
      } else if (g.length() == 1 && given.isEmpty()) {
        initials.add(k);
      }
    }
    if (full.size() == 1) {
      return full.get(0);
    }
    if (full.isEmpty() && initials.size() == 1) {
      return initials.get(0);
    }
    return key;
  }
}
