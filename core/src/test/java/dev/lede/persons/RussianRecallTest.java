package dev.lede.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Person;
import dev.lede.spi.Skeleton;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.Paragraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The round-2 rules for Russian recall, each on sentences written for the test. */
class RussianRecallTest {

  private static List<String> names(String... paragraphs) {
    List<AnalyzedBlock> blocks = Paragraphs.blocks(paragraphs);
    return new PersonExtractor().extract(blocks, "ru", Skeleton.builder().build()).persons()
        .stream().map(Person::name).toList();
  }

  @Test
  void extract_titleInGenitive_surnameInNominative() {
    // an unknown given name (Эрвин) tells no case; the title before it does
    assertEquals(List.of("Эрвин Кастен"),
        names("Визит министра Бельгии Эрвина Кастена перенесли на осень."));
  }

  @Test
  void extract_titleWithFleetingVowel_surnameInNominative() {
    assertEquals(List.of("Эрвин Кастен"),
        names("Визит посла Бельгии Эрвина Кастена перенесли на осень."));
  }

  @Test
  void extract_titleInInstrumental_surnameInNominative() {
    assertEquals(List.of("Веселин Добрев"),
        names("Переговоры с министром финансов Веселином Добревым продлятся неделю."));
  }

  @Test
  void extract_unknownGivenNameInDative_russianSurnameInNominative() {
    List<String> n = names("Компания досталась Тимуру Бекмамбетову в прошлом году.");
    assertEquals(1, n.size(), n.toString());
    assertTrue(n.get(0).endsWith(" Бекмамбетов"), n.toString());
  }

  @Test
  void extract_speechVerbBeforeShapelessSurname_person() {
    assertEquals(List.of("Доусон"),
        names("«Дверь остаётся открытой», — сказал Доусон журналистам."));
  }

  @Test
  void extract_speechVerbBeforeDativeWord_noPerson() {
    assertEquals(List.of(), names("Об этом рассказал Агентствам источник в отрасли."));
  }

  @Test
  void extract_afterImeni_genitiveAdjectivalSurnameInNominative() {
    assertEquals(List.of("Мейерхольдский"),
        names("Спектакль покажут в театре имени Мейерхольдского весной."));
  }

  @Test
  void extract_declinedSlavicSurnameAlone_person() {
    assertEquals(List.of("Ткачук"),
        names("Во втором периоде шайбу забросил Ткачук после паса партнёра."));
  }

  @Test
  void extract_unknownGivenAndRussianSurnameAtSentenceStart_person() {
    assertEquals(List.of("Арсен Мукашев"),
        names("Арсен Мукашев возглавит фонд с будущего года."));
  }

  @Test
  void extract_compoundNounBeforeGenitiveSurname_noGivenName() {
    List<String> n = names("Пресс-служба Мукашева сообщила о переносе встречи.");
    assertTrue(n.stream().noneMatch(x -> x.startsWith("Пресс")), n.toString());
  }

  @Test
  void extract_unknownGivenNamePatronymicSurname_threeParts() {
    assertEquals(List.of("Ринат Зуфарович Галеев"),
        names("В беседе с журналистами академик Ринат Зуфарович Галеев назвал срок."));
  }

  @Test
  void extract_titleChainHead_decidesCase() {
    // the name agrees with the head of the chain (помощник), not with the genitive after it
    assertEquals(List.of("Мэтью Тэйлорс"),
        names("Помощник заместителя министра Мэтью Тэйлорс призвал к диалогу."));
  }
}
