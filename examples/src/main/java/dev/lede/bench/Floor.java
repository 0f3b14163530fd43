package dev.lede.bench;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor every parse is compared with: what merely reading a text costs. Decode the UTF-8
 * bytes, NFC-normalize with ICU4J, and scan once with a regular expression for quotation marks.
 */
final class Floor {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Pattern QUOTES = Pattern.compile("[\"«»“”„‟‘’‚‹›]");

  private Floor() {}

  /** The number of quotation marks, so that no step can be optimized away. */
  static int read(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String nfc = NFC.normalize(text);
    Matcher m = QUOTES.matcher(nfc);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
