package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The table-driven fast paths of {@link Normalizer} and {@link ScriptRepair} give exactly what
 * the plain per-char definitions give: the same text and the same source span for every char.
 * ({@link LanguageGuesserProperties} does the same for the language guess.)
 */
class FastPathProperties {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final Normalizer normalizer = new Normalizer();
  private final ScriptRepair repair = new ScriptRepair();

  @Property(tries = 400)
  void normalize_sameAsPlainDefinition(@ForAll("texts") String s) {
    assertSame(plainNormalize(s, 0, s.length()), normalizer.normalize(s, 0, s.length()));
    int from = Math.min(2, s.length());
    assertSame(plainNormalize(s, from, s.length()), normalizer.normalize(s, from, s.length()));
  }

  @Property(tries = 400)
  void repair_sameAsPlainDefinition(@ForAll("texts") String s) {
    NormalizedText in = normalizer.normalize(s, 0, s.length());
    ScriptRepair.Result fast = repair.repair(in);
    List<ScriptRepair.Repair> plainRepairs = new ArrayList<>();
    NormalizedText plain = plainRepair(in, plainRepairs);
    assertSame(plain, fast.text());
    assertEquals(plainRepairs, fast.repairs());
  }

  /** Texts of one script, some with one letter of the other: the shortcut must not skip those. */
  @Property(tries = 300)
  void repair_oneScriptOrNearly_sameAsPlainDefinition(@ForAll("nearlyOneScript") String s) {
    repair_sameAsPlainDefinition(s);
  }

  @Provide
  Arbitrary<String> nearlyOneScript() {
    Arbitrary<String> latin = Arbitraries.strings().withChars("KXaoehstnpcy \u0301-.«»")
        .ofMaxLength(30);
    Arbitrary<String> cyrillic = Arbitraries.strings().withChars("КХаоехстнрсужз \u0301-.«»")
        .ofMaxLength(30);
    Arbitrary<String> stray = Arbitraries.of("", "", "а", "К", "ж", "x", "K", "q", "\u1E00");
    return Arbitraries.oneOf(latin, cyrillic).flatMap(t -> stray.flatMap(
        x -> Arbitraries.integers().between(0, t.length()).map(
            at -> t.substring(0, at) + x + t.substring(at))));
  }

  private static void assertSame(NormalizedText expected, NormalizedText actual) {
    assertEquals(expected.text(), actual.text());
    for (int i = 0; i < expected.length(); i++) {
      assertEquals(expected.toSource(i, i + 1), actual.toSource(i, i + 1), "char " + i);
    }
    assertEquals(expected.sourceOffset(expected.length()), actual.sourceOffset(actual.length()));
  }

  /** The normalization loop with no tables: every test made char by char. */
  private static NormalizedText plainNormalize(String source, int begin, int end) {
    NormalizedTextBuilder out = new NormalizedTextBuilder(end - begin);
    boolean pendingSpace = false;
    int nonStarters = 0;
    for (int i = begin; i < end; i++) {
      char c = source.charAt(i);
      if (Normalizer.isRemoved(c)) {
        continue;
      }
      if (Normalizer.isSpace(c)) {
        pendingSpace = out.length() > 0;
        nonStarters = 0;
        continue;
      }
      if (!Character.isLowSurrogate(c) || i == begin
          || !Character.isHighSurrogate(source.charAt(i - 1))) {
        int cp = Character.isHighSurrogate(c) && i + 1 < end
            && Character.isLowSurrogate(source.charAt(i + 1))
            ? Character.toCodePoint(c, source.charAt(i + 1)) : c;
        if (!NFC.hasBoundaryBefore(cp)) {
          if (++nonStarters > Normalizer.MAX_NON_STARTERS) {
            i += Character.charCount(cp) - 1;
            continue;
          }
        } else {
          nonStarters = 0;
        }
      }
      if (pendingSpace) {
        out.append(' ', i - 1, i);
        pendingSpace = false;
      }
      out.append(Normalizer.map(c), i, i + 1);
    }
    NormalizedText mapped = out.build(end);
    return NFC.isNormalized(mapped.text()) ? mapped : Normalizer.composeNfc(mapped, end);
  }

  /** The repair loop with no tables and no single-script shortcut. */
  private static NormalizedText plainRepair(NormalizedText in, List<ScriptRepair.Repair> repairs) {
    String s = in.text();
    char[] out = null;
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && (Character.isLetter(s.charAt(i))
          || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) {
        i++;
      }
      String fixed = ScriptRepair.repairSegment(s, start, i);
      if (fixed != null) {
        out = out == null ? s.toCharArray() : out;
        fixed.getChars(0, fixed.length(), out, start);
        repairs.add(new ScriptRepair.Repair(start, i, s.substring(start, i), fixed));
      }
    }
    return out == null ? in : Normalizer.composeNfc(in.withText(new String(out)), in.sourceEnd());
  }

  @Provide
  Arbitrary<String> texts() {
    // both alphabets with their twins, marks that compose (e + U+0301, и + U+0306), marks that
    // do not, removed and space chars, mapped quotes and dashes, chars beyond the tables (Greek
    // extended, Cyrillic extended, CJK quotes, fullwidth), a supplementary letter and its halves
    Arbitrary<String> chars = Arbitraries.strings()
        .withChars("abcKXoeyрусскийАВСЕНКМОРТХхоеи \u00A0\u2009\u00AD\u200B\u202E“”«»’—–-\n\t.,"
            + "\u0301\u0306\u0308\u0323\u0483\u05B0\u0F73\u2126\u212B\u1E00\u1F00\uA641\u1C80"
            + "\u301D\uFF02\uFF21\u00E9\u0439\u0419\u00C5\u0340")
        .ofMaxLength(60);
    Arbitrary<String> astral = Arbitraries.of("\uD835\uDC00", "\uD801\uDC00", "\uD835", "\uDC00",
        "\uD834\uDD65");
    return Arbitraries.oneOf(chars, chars.flatMap(a -> astral.flatMap(b -> chars.map(
        c -> a + b + c))));
  }
}
