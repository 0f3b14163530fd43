package dev.lede.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in Spark's local mode, on records cut from the seeds. */
class LedeSparkJobTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SEEDS = Path.of("..", "..", "seeds");

  @Test
  void run_localCorpus_writesOneDocumentPerRecordInOrderAndCountsBadLines(@TempDir Path dir)
      throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(SEEDS)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      ObjectNode r = MAPPER.createObjectNode();
      if (i % 2 == 0) {
        r.put("id", "r" + i);
      }
      r.put("text", texts.get(i % texts.size()));
      corpus.append(MAPPER.writeValueAsString(r)).append('\n');
    }
    corpus.append("{not json\n");
    Path input = dir.resolve("corpus.jsonl");
    Files.writeString(input, corpus, StandardCharsets.UTF_8);
    Path output = dir.resolve("out");

    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("lede-test")
        .set("spark.ui.enabled", "false").set("spark.default.parallelism", "3");
    LedeSparkJob.Counts counts;
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      counts = LedeSparkJob.run(sc, input.toString(), output.toString());
    }

    assertEquals(new LedeSparkJob.Counts(40, 1), counts);
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(output)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
          .sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertEquals(40, lines.size());
    for (int i = 0; i < 40; i++) {
      JsonNode doc = MAPPER.readTree(lines.get(i));
      assertEquals("lede.document/1", doc.get("schema").asText());
      assertEquals(i % 2 == 0 ? "r" + i : String.valueOf(i + 1),
          doc.get("source").get("record").asText(), "record " + i);
    }
  }
}
