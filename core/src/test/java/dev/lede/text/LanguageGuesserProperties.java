package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UScript;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class LanguageGuesserProperties {

  private final LanguageGuesser guesser = new LanguageGuesser();

  /** The plain definition: count letters by their ICU script, with no fast paths. */
  private static String reference(String text) {
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.CYRILLIC) {
        cyrillic++;
      } else if (script == UScript.LATIN) {
        latin++;
      }
    }
    if (cyrillic + latin < 20 && cyrillic + latin < text.length() / 2) {
      return "und";
    }
    if (cyrillic == 0 && latin == 0) {
      return "und";
    }
    return cyrillic > latin ? "ru" : "en";
  }

  @Property(tries = 300)
  void guess_anyMixOfScripts_agreesWithCountingByIcuScript(
      @ForAll @StringLength(max = 80) @CharRange(from = ' ', to = '\u00FF')
          @CharRange(from = '\u0370', to = '\u0530') @CharRange(from = '\u1E00', to = '\u1EFF')
          String text) {
    assertEquals(reference(text), guesser.guess(text));
  }
}
