package dev.lede.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Document;
import dev.lede.model.LayoutMatch;
import dev.lede.model.Mention;
import dev.lede.model.MentionKind;
import dev.lede.model.Person;
import dev.lede.model.Source;
import dev.lede.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonIndexTest {

  private static Document doc(String name, Person... persons) {
    return new Document(new Source(name, null, "text/plain", "UTF-8", 0, ""),
        new LayoutMatch("plain", 1), "en", null, null, null, null, List.of(), List.of(),
        List.of(persons), List.of(), List.of(), List.of());
  }

  private static Person person(String name) {
    return new Person("p1", name, PersonKey.of(name), name, name, List.of(),
        List.of(new Mention(name, MentionKind.NAME, new Span(0, name.length()))));
  }

  @Test
  void clusters_scriptsRomanizationsInitialsSurname_oneCluster() {
    PersonIndex index = new PersonIndex()
        .add(doc("a", person("Kassym-Jomart Tokayev")))
        .add(doc("b", person("Касым-Жомарт Токаев")))
        .add(doc("c", person("Kassym-Zhomart Tokayev")))
        .add(doc("d", person("K.K.Tokayev")))
        .add(doc("e", person("Tokaev")));
    List<PersonCluster> clusters = index.clusters();
    assertEquals(1, clusters.size(), clusters.toString());
    assertEquals(List.of("a", "b", "c", "d", "e"), clusters.get(0).documents());
    assertEquals("tokaev kasim-jomart", clusters.get(0).key());
  }

  @Test
  void clusters_surnameWithTwoFullNames_staysApart() {
    PersonIndex index = new PersonIndex()
        .add(doc("a", person("Ramzan Kadyrov")))
        .add(doc("b", person("Akhmat Kadyrov")))
        .add(doc("c", person("Kadyrov")));
    assertEquals(3, index.clusters().size());
  }

  @Test
  void clusters_conflictingInitial_staysApart() {
    PersonIndex index = new PersonIndex()
        .add(doc("a", person("Vladimir Putin")))
        .add(doc("b", person("L. Putin")));
    assertEquals(2, index.clusters().size());
  }
}
