package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Normalization with mixed-script repair: idempotent, single-script tokens kept, exact spans. */
class NormalizationProperties {

  private final Normalizer normalizer = new Normalizer();
  private final ScriptRepair repair = new ScriptRepair();

  private NormalizedText full(String s) {
    return repair.repair(normalizer.normalize(s, 0, s.length())).text();
  }

  @Property(tries = 300)
  void normalize_twice_sameAsOnce(@ForAll("texts") String s) {
    String once = full(s).text();
    assertEquals(once, full(once).text());
  }

  @Property(tries = 300)
  void normalize_singleScriptToken_unchanged(@ForAll("singleScriptWords") String word) {
    String text = "« " + word + " » — " + word + ".";
    String out = full(text).text();
    assertEquals(true, out.contains(word), out);
  }

  @Property(tries = 300)
  void normalize_everyOutputChar_mapsIntoSource(@ForAll("texts") String s) {
    NormalizedText n = full(s);
    for (int i = 0; i < n.length(); i++) {
      var span = n.toSource(i, i + 1);
      if (span.begin() < 0 || span.end() > s.length() || span.begin() > span.end()) {
        throw new AssertionError("span " + span + " out of " + s.length());
      }
    }
  }

  @Property(tries = 200)
  void repair_mixedToken_spanCoversOriginalToken(@ForAll("cyrillicWords") String word,
      @ForAll("positions") int at) {
    int k = Math.min(at, word.length() - 1);
    char c = word.charAt(k);
    int twin = ScriptRepair.CYRILLIC.indexOf(c);
    if (twin < 0) {
      return;
    }
    String mixed = word.substring(0, k) + ScriptRepair.LATIN.charAt(twin) + word.substring(k + 1);
    String text = "  Он сказал: " + mixed + ", и ушёл.";
    ScriptRepair.Result r = repair.repair(normalizer.normalize(text, 0, text.length()));
    for (ScriptRepair.Repair fix : r.repairs()) {
      var span = r.text().toSource(fix.begin(), fix.end());
      assertEquals(fix.before(), text.substring(span.begin(), span.end()));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("abcKXoрусскийАВСЕНКМОРТХ \u00A0\u2009\u00AD\u200B“”«»’—–-\n\t.,e\u0301")
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> singleScriptWords() {
    Arbitrary<String> latin = Arbitraries.strings().withChars("abcdeKXOPTHiklmnpqr")
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> cyr = cyrillicWords();
    return Arbitraries.oneOf(latin, cyr);
  }

  @Provide
  Arbitrary<String> cyrillicWords() {
    return Combinators.combine(
            Arbitraries.strings().withChars("абвгдежзиклмнопрстуфхцчшщыэюяАВЕКМНОРСТХ")
                .ofMinLength(1).ofMaxLength(10),
            Arbitraries.strings().withChars("бгджзлпфцчшщыэюя").ofLength(1))
        .as((a, b) -> a + b);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 10);
  }
}
