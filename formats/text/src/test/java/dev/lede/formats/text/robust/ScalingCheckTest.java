package dev.lede.formats.text.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.LedeParser;
import dev.lede.robust.HostileInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Linear time by hand: parses each hostile shape at 1× and 4× its size and prints the ratio of
 * the times (about 4 when linear, about 16 when quadratic). Timing depends on the machine, so it
 * runs only on demand: {@code mvn -B -q -pl formats/text -am test -Dtest=ScalingCheckTest
 * -Dlede.scaling=true -Dsurefire.failIfNoSpecifiedTests=false}; it fails when a ratio passes 8.
 */
@EnabledIfSystemProperty(named = "lede.scaling", matches = "true")
class ScalingCheckTest {

  private static final LedeParser PARSER = Lede.builder().build();

  private record Shape(String name, int base, IntFunction<String> text) {}

  private static long bestOfThree(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      try {
        PARSER.parse("scaling.txt", text);
      } catch (LedeException e) {
        // a named error is an outcome too; its time counts the same
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best;
  }

  @Test
  void parse_hostileShapes_timeGrowsLinearly() {
    List<Shape> shapes = List.of(
        new Shape("long line", 500_000, HostileInputs::oneLongLine),
        new Shape("quotation marks", 75_000, HostileInputs::quotationMarks),
        new Shape("unclosed guillemets", 50_000, HostileInputs::unclosedGuillemets),
        new Shape("attribution tails, lines", 25_000, n -> HostileInputs.attributionTails(n, "\n")),
        new Shape("attribution tails, one line", 25_000,
            n -> HostileInputs.attributionTails(n, " ")),
        new Shape("nested quotes", 12_500, HostileInputs::nestedQuotes),
        new Shape("combining marks", 125_000, HostileInputs::combiningMarks),
        new Shape("bidi in names", 2_500, HostileInputs::bidiAndZeroWidthInNames),
        new Shape("names", 25_000, HostileInputs::manyNames),
        new Shape("short lines", 25_000, n -> "Строка.\n".repeat(n)));
    List<String> slow = new ArrayList<>();
    bestOfThree(HostileInputs.manyNames(20_000)); // warm-up: JIT the stages
    for (Shape s : shapes) {
      long small = bestOfThree(s.text().apply(s.base()));
      long large = bestOfThree(s.text().apply(4 * s.base()));
      double ratio = (double) large / Math.max(1, small);
      System.out.printf(Locale.ROOT, "%-30s 1x %7.1f ms   4x %8.1f ms   ratio %5.1f%n", s.name(),
          small / 1e6, large / 1e6, ratio);
      if (ratio > 8 && large > 200_000_000L) { // below 200 ms, JIT noise dominates
        slow.add(s.name() + " (" + String.format(Locale.ROOT, "%.1f", ratio) + ")");
      }
    }
    assertTrue(slow.isEmpty(), "super-linear: " + slow);
  }
}
