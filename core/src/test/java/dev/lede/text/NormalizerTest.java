package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
