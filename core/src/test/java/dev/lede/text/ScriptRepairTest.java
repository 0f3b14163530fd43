package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.SpoofChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptRepairTest {

  private final ScriptRepair repair = new ScriptRepair();

  private ScriptRepair.Result run(String s) {
    return repair.repair(NormalizedText.identity(s, 0, s.length()));
  }

  @ParameterizedTest
  @CsvSource({
      "Kазахстан, Казахстан",       // Latin K in a Cyrillic word
      "Kazakhstаn, Kazakhstan",      // Cyrillic а in a Latin word
      "Тoкаев, Токаев",
      "Рутин-Xолдинг, Рутин-Холдинг"})
  void repair_lookAlikeFromOtherScript_replacedByTwin(String in, String out) {
    ScriptRepair.Result r = run(in);
    assertEquals(out, r.text().text());
    assertEquals(1, r.repairs().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"COVID-19 вирус", "Tengrinews.kz", "iPhone-ом", "Казахстан",
      "Kazakhstan", "СССР и USA", "Яndex"})
  void repair_legitimateOrSingleScript_unchanged(String s) {
    ScriptRepair.Result r = run(s);
    assertEquals(s, r.text().text());
    assertTrue(r.repairs().isEmpty());
  }

  @Test
  void repair_mixedWord_spanMapsToSource() {
    String source = "Президент Kазахстана сказал";
    ScriptRepair.Result r = run(source);
    ScriptRepair.Repair fix = r.repairs().get(0);
    var span = r.text().toSource(fix.begin(), fix.end());
    assertEquals("Kазахстана", source.substring(span.begin(), span.end()));
  }

  /** Every pair of the table is one skeleton in ICU's confusables data. */
  @Test
  void table_everyPair_isConfusableInIcu() {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    for (int i = 0; i < ScriptRepair.LATIN.length(); i++) {
      String latin = String.valueOf(ScriptRepair.LATIN.charAt(i));
      String cyrillic = String.valueOf(ScriptRepair.CYRILLIC.charAt(i));
      assertEquals(checker.getSkeleton(latin), checker.getSkeleton(cyrillic),
          latin + " / " + cyrillic);
    }
  }
}
