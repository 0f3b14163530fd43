package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SEEDS = Path.of("..", "seeds");

  private static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    for (String line : out.split("\n", -1)) {
      if (!line.isEmpty()) {
        docs.add(MAPPER.readTree(line));
      }
    }
    return docs;
  }

  private static List<String> seedNames() throws IOException {
    try (Stream<Path> s = Files.list(SEEDS)) {
      return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void parseJsonl_seedFolder_printsOneDocumentPerSeedInNameOrder() throws IOException {
    Cli r = Cli.run("parse", "--jsonl", SEEDS.toString());
    assertEquals(0, r.status(), r.toString());
    assertEquals("", r.err());
    List<JsonNode> docs = jsonLines(r.out());
    List<String> names = seedNames();
    assertEquals(5, names.size());
    assertEquals(names.size(), docs.size());
    for (int i = 0; i < docs.size(); i++) {
      assertEquals("lede.document/1", docs.get(i).get("schema").asText());
      assertEquals(SEEDS.resolve(names.get(i)).toString(),
          docs.get(i).get("source").get("name").asText());
      assertTrue(docs.get(i).get("source").get("record").isNull());
    }
    assertTrue(r.out().endsWith("}\n"));
  }

  @Test
  void parse_oneFile_printsOnePrettyDocument() throws IOException {
    String seed = SEEDS.resolve(seedNames().get(0)).toString();
    Cli r = Cli.run("parse", seed);
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.out().startsWith("{\n  \"schema\": \"lede.document/1\""), r.out());
    assertEquals(seed, MAPPER.readTree(r.out()).get("source").get("name").asText());
  }

  @Test
  void parse_twoFiles_printsAnArrayOfTwo() throws IOException {
    List<String> names = seedNames();
    Cli r = Cli.run("parse", SEEDS.resolve(names.get(1)).toString(),
        SEEDS.resolve(names.get(0)).toString());
    assertEquals(0, r.status(), r.toString());
    JsonNode array = MAPPER.readTree(r.out());
    assertEquals(2, array.size());
    assertEquals(SEEDS.resolve(names.get(1)).toString(),
        array.get(0).get("source").get("name").asText(), "inputs in the order given");
  }

  @Test
  void parse_missingFileAmongGoodOnes_exits1AndPrintsTheGoodOnes() throws IOException {
    String first = SEEDS.resolve(seedNames().get(0)).toString();
    String second = SEEDS.resolve(seedNames().get(1)).toString();
    String missing = SEEDS.resolve("no-such-file.txt").toString();
    Cli r = Cli.run("parse", "--jsonl", first, missing, second);
    assertEquals(1, r.status(), r.toString());
    assertEquals("lede: " + missing + ": no such file\n", r.err());
    List<JsonNode> docs = jsonLines(r.out());
    assertEquals(2, docs.size());
    assertEquals(second, docs.get(1).get("source").get("name").asText());
  }

  @Test
  void parse_missingFileInArrayMode_printsValidArrayOfTheRest() throws IOException {
    String first = SEEDS.resolve(seedNames().get(0)).toString();
    Cli r = Cli.run("parse", "nothing-here.txt", first);
    assertEquals(1, r.status(), r.toString());
    assertEquals(1, MAPPER.readTree(r.out()).size());
    assertTrue(r.err().startsWith("lede: nothing-here.txt: no such file"), r.err());
  }

  @Test
  void parse_folder_readsRegularVisibleFilesSortedNotRecursive(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Second title\n\nText b.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "First title\n\nТекст а.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden", StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("c.txt"), "Nested", StandardCharsets.UTF_8);
    Cli r = Cli.run("parse", "--jsonl", dir.toString());
    assertEquals(0, r.status(), r.toString());
    List<JsonNode> docs = jsonLines(r.out());
    assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString()),
        docs.stream().map(d -> d.get("source").get("name").asText()).toList());
    // UTF-8 out whatever the platform charset (the tests run with ISO-8859-1)
    assertTrue(r.out().contains("Текст а."), r.out());
  }

  @Test
  void parse_corpusWithMalformedLine_namesTheLineAndParsesTheOthers(@TempDir Path dir)
      throws IOException {
    Path corpus = dir.resolve("news.jsonl");
    Files.writeString(corpus, "{\"id\":\"n1\",\"text\":\"Title one\\n\\nBody.\","
        + "\"published\":\"2024-11-27T08:00:00Z\",\"outlet\":\"TASS\"}\n"
        + "{\"text\": broken\n"
        + "{\"text\":\"Title three\\n\\nBody.\"}\n", StandardCharsets.UTF_8);
    Cli r = Cli.run("parse", "--jsonl", corpus.toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().startsWith("lede: " + corpus + ":2: not JSON"), r.err());
    assertEquals(1, r.err().lines().count(), "no stack trace without --debug");
    List<JsonNode> docs = jsonLines(r.out());
    assertEquals(2, docs.size());
    assertEquals("n1", docs.get(0).get("source").get("record").asText());
    assertEquals("2024-11-27", docs.get(0).get("published").get("value").asText());
    assertEquals("record", docs.get(0).get("published").get("from").asText());
    assertEquals("TASS", docs.get(0).get("outlet").get("name").asText());
    assertEquals("3", docs.get(1).get("source").get("record").asText());
  }

  @Test
  void parse_binaryFile_isThatFilesFailure(@TempDir Path dir) throws IOException {
    Path bin = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, 0, 0});
    Path good = Files.writeString(dir.resolve("y.txt"), "Title\n\nText.");
    Cli r = Cli.run("parse", "--jsonl", bin.toString(), good.toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().startsWith("lede: " + bin + ": ") && r.err().contains("binary"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertEquals(1, jsonLines(r.out()).size());
  }

  @Test
  void parse_stackOverflowInOneInput_failsThatInputOnly(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "x " + ExplodingLayout.MARKER);
    Path good = Files.writeString(dir.resolve("good.txt"), "Title\n\nText.");
    Cli r = Cli.run("parse", "--jsonl", bad.toString(), good.toString());
    assertEquals(1, r.status(), r.toString());
    assertEquals("lede: " + bad + ": layout 'test-exploding' failed: stack overflow (input nested"
        + " too deeply?)\n", r.err());
    assertEquals(1, jsonLines(r.out()).size());
  }

  @Test
  void parse_debug_printsTheStackTrace(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"), ExplodingLayout.MARKER);
    Cli r = Cli.run("parse", "--debug", bad.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("java.lang.StackOverflowError"), r.err());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void run_badUsage_exits2WithUsageMessage() {
    for (String[] args : List.of(new String[] {}, new String[] {"frobnicate"},
        new String[] {"parse"}, new String[] {"parse", "--yaml", "x"},
        new String[] {"persons", "--jsonl", "x"}, new String[] {"layouts", "x"})) {
      Cli r = Cli.run(args);
      assertEquals(2, r.status(), String.join(" ", args) + "\n" + r);
      assertTrue(r.err().startsWith("lede: usage: "), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void run_help_printsUsageAndExits0() {
    Cli r = Cli.run("--help");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("usage: lede parse"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void parse_doubleDash_endsOptions(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("--jsonl"), "Title\n\nText.");
    Cli r = Cli.run("parse", "--", dir.resolve("--jsonl").toString());
    assertEquals(0, r.status(), r.toString());
    assertTrue(MAPPER.readTree(r.out()).isObject());
  }

  @Test
  void layouts_listsRegisteredIdsOnePerLine() {
    Cli r = Cli.run("layouts");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.out().lines().anyMatch(ParagraphLayout.ID::equals), r.out());
    assertFalse(r.out().contains(" "));
  }

  @Test
  void persons_seedFolder_printsAnArrayOfClusters() throws IOException {
    Cli r = Cli.run("persons", SEEDS.toString());
    assertEquals(0, r.status(), r.toString());
    JsonNode clusters = MAPPER.readTree(r.out());
    assertTrue(clusters.isArray());
    for (JsonNode c : clusters) {
      for (String key : List.of("key", "name", "variants", "documents")) {
        assertTrue(c.has(key), key + " in " + c);
      }
    }
  }
}
