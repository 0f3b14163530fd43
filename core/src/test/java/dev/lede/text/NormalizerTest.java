package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalizerTest {

  private final Normalizer normalizer = new Normalizer();

  @Test
  void normalize_marksDashesSpaces_becomeOneForm() {
    String src = "  “Hi”\u00A0— said\u00ADhe,\u2009‘ok’ «да» 14–15\n\nend ";
    NormalizedText n = normalizer.normalize(src, 0, src.length());
    assertEquals("\"Hi\" — saidhe, 'ok' «да» 14—15 end", n.text());
  }

  @Test
  void toSource_afterRemovals_mapsToExactSourceChars() {
    String src = "ab\u00ADc  d";
    NormalizedText n = normalizer.normalize(src, 0, src.length());
    assertEquals("abc d", n.text());
    assertEquals("c", n.toSource(2, 3).of(src));
    assertEquals("d", n.toSource(4, 5).of(src));
    assertEquals("ab\u00ADc  d", n.toSource(0, 5).of(src));
  }

  @Test
  void normalize_decomposedCyrillic_composesToNfc() {
    String src = "Е\u0308лка и\u0306";
    NormalizedText n = normalizer.normalize(src, 0, src.length());
    assertEquals("Ёлка й", n.text());
    assertEquals("Е\u0308", n.toSource(0, 1).of(src));
    assertEquals("и\u0306", n.toSource(5, 6).of(src));
  }

  @Test
  void normalize_longRunOfCombiningMarks_keepsThirtyInLinearTime() {
    String marks = "\u0301\u0323".repeat(250_000);
    NormalizedText n = new Normalizer().normalize("a" + marks + " b", 0, marks.length() + 3);
    // 30 marks are kept; NFC composes a + U+0323 into one letter, the other 29 marks stay
    assertEquals(1 + 29 + 2, n.length(), n.text().substring(0, 5));
    assertEquals(' ', n.text().charAt(n.length() - 2));
    assertEquals(marks.length() + 2, n.toSource(n.length() - 1, n.length()).begin());
  }

  @Test
  void normalize_thirtyMarks_keptWhole() {
    String t = "x" + "\u0301".repeat(30);
    assertEquals(t, new Normalizer().normalize(t));
    assertEquals(t, new Normalizer().normalize(t + "\u0301"));
  }

  @Test
  void normalize_decomposingNonStarters_capped() {
    // U+0F73 has combining class 0 but decomposes into two marks: it counts as a mark too
    String n = new Normalizer().normalize("\u0F40" + "\u0F73".repeat(100_000));
    assertTrue(n.length() < 100, "length " + n.length());
  }
}
