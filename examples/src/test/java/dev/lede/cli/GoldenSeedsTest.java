package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Lede;
import dev.lede.LedeParser;
import dev.lede.formats.json.DocumentJson;
import dev.lede.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the output for each seed with its golden file {@code seeds/expected/NAME.json} field by
 * field, naming every field that differs. The golden file is exactly what
 * {@code java -jar lede.jar parse seeds/NAME.txt} prints at the project's root.
 *
 * <p>Regenerate all golden files after a deliberate change:
 * {@code mvn -B -q -pl examples -am verify -Dtest=GoldenSeedsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dlede.golden.update=true}
 */
class GoldenSeedsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path ROOT = Path.of("..");
  private static final Path SEEDS = ROOT.resolve("seeds");
  private static final Path EXPECTED = SEEDS.resolve("expected");

  /** The fields compared, in the contract's order; lists are compared item by item. */
  private static final List<String> FIELDS = List.of("source", "layout", "language", "title",
      "published", "dateline", "outlet", "authors", "blocks", "persons", "statements", "dates",
      "warnings");

  private static final LedeParser PARSER = Lede.builder().build();

  @TestFactory
  Stream<DynamicTest> parse_eachSeed_matchesItsGoldenFile() throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SEEDS)) {
      seeds = s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted()
          .toList();
    }
    assertTrue(seeds.size() >= 5, "seeds not found in " + SEEDS.toAbsolutePath());
    return seeds.stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(),
        () -> check(seed)));
  }

  private static void check(Path seed) throws IOException {
    // named as the CLI names it when run at the project's root
    String name = "seeds/" + seed.getFileName();
    Document doc = PARSER.parse(name, Files.readAllBytes(seed));
    String actual = DocumentJson.toPrettyJson(doc) + "\n";
    String base = seed.getFileName().toString().replaceFirst("\\.txt$", "");
    Path golden = EXPECTED.resolve(base + ".json");
    if (Boolean.getBoolean("lede.golden.update")) {
      Files.createDirectories(EXPECTED);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + "; create it with -Dlede.golden.update=true");
    }
    List<String> diffs = diff(MAPPER.readTree(Files.readString(golden, StandardCharsets.UTF_8)),
        MAPPER.readTree(actual));
    if (!diffs.isEmpty()) {
      fail(seed.getFileName() + " differs from " + golden + " in " + diffs.size() + " field(s):\n  "
          + String.join("\n  ", diffs)
          + "\n(if the change is intended, regenerate with -Dlede.golden.update=true)");
    }
  }

  /** Every differing field, with the first differing item of a list. */
  static List<String> diff(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    for (String field : FIELDS) {
      JsonNode e = expected.path(field);
      JsonNode a = actual.path(field);
      if (e.equals(a)) {
        continue;
      }
      if (e.isArray() && a.isArray()) {
        int n = Math.max(e.size(), a.size());
        for (int i = 0; i < n; i++) {
          if (!e.path(i).equals(a.path(i))) {
            out.add(field + "[" + i + "] (" + e.size() + " expected, " + a.size() + " found): "
                + "expected " + clip(e.path(i)) + " but was " + clip(a.path(i)));
            break;
          }
        }
      } else {
        out.add(field + ": expected " + clip(e) + " but was " + clip(a));
      }
    }
    return out;
  }

  private static String clip(JsonNode n) {
    String s = n.isMissingNode() ? "(none)" : n.toString();
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
