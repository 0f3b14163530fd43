package dev.lede.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.Person;
import dev.lede.spi.Skeleton;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.Paragraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** English false persons removed in round 2, on sentences written for the test. */
class EnglishPrecisionTest {

  private static List<String> names(String... paragraphs) {
    List<AnalyzedBlock> blocks = Paragraphs.blocks(paragraphs);
    return new PersonExtractor().extract(blocks, "en", Skeleton.builder().build()).persons()
        .stream().map(Person::name).toList();
  }

  @Test
  void extract_titleCaseHeadlineVerb_noPerson() {
    assertEquals(List.of(), names("Maria Listens As Voters Rally Downtown",
        "The mayor spoke to the crowd on Friday."));
  }

  @Test
  void extract_titleCaseHeadlineName_joinsPersonOfBody() {
    assertEquals(List.of("Maria Hendricks"), names("Maria Hendricks Wins Council Race Easily",
        "Maria Hendricks said the result was a surprise."));
  }

  @Test
  void extract_signatureOfThreeNames_person() {
    assertEquals(List.of("Maria Hendricks"), names("Thank you for reading.",
        "Maria Louise Hendricks."));
  }

  @Test
  void extract_nameRunningIntoInstitution_noPerson() {
    assertEquals(List.of(), names("She studied at the Thomas Morland Institute for ten years."));
  }

  @Test
  void extract_possessiveBeforeCapitalizedNoun_person() {
    assertEquals(List.of("Thomas Morland"), names("He may fill Thomas Morland's Senate seat."));
  }

  @Test
  void extract_generationalSuffix_person() {
    assertEquals(List.of("Thomas Morland"), names("The founder was Thomas Morland Jr. of Ohio."));
  }
}
