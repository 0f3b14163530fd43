package dev.lede.persons;

import dev.lede.model.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The persons of one document and all their mentions in text order, as the later stages
 * (statements, authors) need them.
 *
 * @param persons the persons, ids {@code p1}, {@code p2}, … in order of first mention
 * @param mentions every mention, sorted by block then position
 * @param genders the gender of each person id, where known
 */
public record PersonAnalysis(List<Person> persons, List<PersonMention> mentions,
    Map<String, Gender> genders) {

  public static final PersonAnalysis EMPTY = new PersonAnalysis(List.of(), List.of(), Map.of());

  public PersonAnalysis {
    persons = List.copyOf(persons);
    mentions = List.copyOf(mentions);
    genders = Map.copyOf(genders);
  }

  public Optional<Person> person(String id) {
    return persons.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public Gender gender(String personId) {
    return genders.getOrDefault(personId, Gender.UNKNOWN);
  }
}
