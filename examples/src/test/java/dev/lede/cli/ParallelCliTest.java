package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --threads}: the same output, in the same order, whatever the number of threads. */
class ParallelCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir
  static Path dir;
  private static Path corpus;

  /** 150 records cut from the seeds in varied lengths, with a malformed line in the middle. */
  @BeforeAll
  static void writeCorpus() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(SEEDS)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      if (i == 70) {
        lines.append("{not json\n");
      }
      String text = texts.get(i % texts.size());
      ObjectNode record = MAPPER.createObjectNode();
      record.put("id", "r" + i);
      record.put("text", text.substring(0, Math.max(1, text.length() * (1 + i % 9) / 9)));
      lines.append(MAPPER.writeValueAsString(record)).append('\n');
    }
    corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus, lines, StandardCharsets.UTF_8);
  }

  @Test
  void parseJsonl_fourThreads_printsWhatOneThreadPrintsInTheSameOrder() throws IOException {
    Cli one = Cli.run("parse", "--jsonl", "--threads", "1", corpus.toString(), SEEDS.toString());
    Cli four = Cli.run("parse", "--jsonl", "--threads=4", corpus.toString(), SEEDS.toString());
    assertEquals(1, one.status(), one.toString());
    assertEquals(one.out(), four.out());
    assertEquals(one.err(), four.err());
    String[] lines = four.out().split("\n");
    assertEquals(150 + 5, lines.length);
    for (int i = 0; i < 150; i++) {
      assertEquals("r" + i, MAPPER.readTree(lines[i]).get("source").get("record").asText());
    }
    assertEquals("lede: " + corpus + ":71: ", four.err().substring(0, ("lede: " + corpus
        + ":71: ").length()), four.err());
  }

  @Test
  void parse_arrayWithThreads_printsTheSameArray() {
    Cli one = Cli.run("parse", "--threads", "1", SEEDS.toString());
    Cli three = Cli.run("parse", "--threads", "3", SEEDS.toString());
    assertEquals(0, three.status(), three.toString());
    assertEquals(one.out(), three.out());
  }

  @Test
  void persons_withThreads_printsTheSameClusters() {
    Cli one = Cli.run("persons", "--threads", "1", SEEDS.toString());
    Cli three = Cli.run("persons", "--threads", "3", SEEDS.toString());
    assertEquals(0, three.status(), three.toString());
    assertEquals(one.out(), three.out());
  }

  @Test
  void parse_summary_printsOneSummaryLineOnStandardError() {
    Cli r = Cli.run("parse", "--jsonl", "--summary", SEEDS.toString());
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.err().matches("lede: 5 documents, \\d+\\.\\d\\d MB in \\d+\\.\\d s "
        + "\\(\\d+\\.\\d\\d MB/s\\), 0 failures\\R"), r.err());
  }

  @Test
  void parse_notATerminalAndNoSummary_keepsStandardErrorEmpty() {
    Cli r = Cli.run("parse", "--jsonl", "--threads", "2", SEEDS.toString());
    assertEquals("", r.err());
  }

  @Test
  void parse_terminal_drawsNoBarForAShortRunButPrintsTheSummary() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = Main.run(new String[] {"parse", "--jsonl", SEEDS.toString()}, out, err, true);
    assertEquals(0, status);
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.startsWith("lede: 5 documents"), e);
    assertTrue(!e.contains("\r"), e);
  }

  @Test
  void run_badThreads_isAUsageError() {
    assertEquals(2, Cli.run("parse", "--threads", "0", SEEDS.toString()).status());
    assertEquals(2, Cli.run("parse", "--threads", "many", SEEDS.toString()).status());
    Cli r = Cli.run("parse", SEEDS.toString(), "--threads");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--threads needs a number"), r.err());
  }
}
