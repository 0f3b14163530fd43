package dev.lede.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.MentionKind;
import dev.lede.model.Person;
import dev.lede.model.Span;
import dev.lede.spi.Skeleton;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.Paragraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {

  private static PersonAnalysis extract(String language, String... paragraphs) {
    List<AnalyzedBlock> blocks = Paragraphs.blocks(paragraphs);
    return new PersonExtractor().extract(blocks, language, Skeleton.builder().build());
  }

  private static List<String> names(PersonAnalysis a) {
    return a.persons().stream().map(Person::name).toList();
  }

  @Test
  void extract_englishRolesAndSurnames_clustersWithRoles() {
    PersonAnalysis a = extract("en",
        "MOSCOW, March 4. Russian Prime Minister Mikhail Mishustin met the new Prime Minister "
            + "of Kazakhstan Olzhas Bektenov.",
        "Mishustin congratulated Bektenov on his appointment, the Russian Prime Minister said.");
    assertEquals(List.of("Mikhail Mishustin", "Olzhas Bektenov"), names(a));
    Person p = a.persons().get(0);
    assertEquals(List.of("Russian Prime Minister"), p.roles());
    assertEquals("Михаил Мишустин", p.cyrillic());
    assertEquals(List.of(MentionKind.NAME, MentionKind.SURNAME),
        p.mentions().stream().map(m -> m.kind()).toList());
    assertEquals(Gender.MALE, a.gender("p1"));
  }

  @Test
  void extract_initialsAndSurname_joinOnePerson() {
    PersonAnalysis a = extract("en",
        "Article by the President of the Republic of Kazakhstan K.K.Tokayev published.",
        "Tokayev said the visit was important.");
    assertEquals(1, a.persons().size());
    Person p = a.persons().get(0);
    assertEquals("tokaev k", p.key());
    assertEquals(List.of(MentionKind.INITIALS, MentionKind.SURNAME),
        p.mentions().stream().map(m -> m.kind()).toList());
  }

  @Test
  void extract_capitalizedNonPersons_notPersons() {
    PersonAnalysis a = extract("en",
        "The opera was staged at the Bolshoi Theater and the Tretyakov Gallery in Moscow.",
        "Students of Lomonosov Moscow State University visited Astana in July.",
        "Russia and Kazakhstan signed it. The Majilis and the State Duma approved.");
    assertEquals(List.of(), names(a));
  }

  @Test
  void extract_possessiveAndHyphenatedGiven_nominativeName() {
    PersonAnalysis a = extract("en",
        "Stability of Nursultan Nazarbayev's position matters, said Kassym-Zhomart Tokayev.");
    assertEquals(List.of("Nursultan Nazarbayev", "Kassym-Zhomart Tokayev"), names(a));
    assertEquals("tokaev kasim-jomart", a.persons().get(1).key());
  }

  @Test
  void extract_russianText_nominativeAndOneCluster() {
    PersonAnalysis a = extract("ru",
        "Токаев написал статью перед визитом Путина.",
        "Президент Казахстана Касым-Жомарт Токаев опубликовал статью.",
        "С президентом России Владимиром Владимировичем Путиным мы поддерживаем контакты.");
    assertEquals(List.of("Касым-Жомарт Токаев", "Владимир Владимирович Путин"), names(a));
    assertEquals("Kassym-Jomart Tokayev", a.persons().get(0).latin());
    assertEquals(List.of("Президент Казахстана"), a.persons().get(0).roles());
    assertEquals(4, a.mentions().size());
  }

  @Test
  void extract_femaleByVerb_femaleNominative() {
    PersonAnalysis a = extract("ru",
        "Официальный представитель МИД Мария Захарова заявила об этом.",
        "По словам Захаровой, встреча состоится.");
    assertEquals(List.of("Мария Захарова"), names(a));
    assertEquals(Gender.FEMALE, a.gender("p1"));
    assertEquals(2, a.persons().get(0).mentions().size());
  }

  @Test
  void extract_sameSurnameDifferentGiven_twoPersons() {
    PersonAnalysis a = extract("ru",
        "Рамзан Кадыров почтил память отца, Ахмата Кадырова.");
    assertEquals(2, a.persons().size());
    assertTrue(!a.persons().get(0).key().equals(a.persons().get(1).key()));
  }

  @Test
  void extract_mentionSpans_pointAtSourceText() {
    String text = "Президент\u00A0России  Владимир Путин прибыл.";
    PersonAnalysis a = extract("ru", text);
    PersonMention m = a.mentions().get(0);
    assertEquals("Владимир Путин", text.substring(m.span().begin(), m.span().end()));
  }

  @Test
  void extract_instrumentalSurnameAlone_nominative() {
    PersonAnalysis a = extract("ru", "Токаев встретился с Путиным в Астане.");
    assertEquals(List.of("Токаев", "Путин"), names(a));
  }

  @Test
  void extract_latinName_cyrillicFromLexiconAndRules() {
    PersonAnalysis a = extract("en", "The talks were held, Kassym-Jomart Tokayev said.");
    assertEquals("Касым-Жомарт Токаев", a.persons().get(0).cyrillic());
  }
}
