package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.robust.HostileAssertions;
import dev.lede.robust.HostileInputs;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files among good ones: the CLI prints one {@code lede: FILE: reason} line per bad file,
 * no stack trace, exits 1, and still prints a document for every other file, in order.
 */
class HostileFilesCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> names(String jsonl) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : jsonl.split("\n", -1)) {
      if (!line.isEmpty()) {
        JsonNode doc = MAPPER.readTree(line);
        out.add(Path.of(doc.get("source").get("name").asText()).getFileName().toString());
      }
    }
    return out;
  }

  private static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parseJsonl_hostileFilesAmongGoodOnes_failsOnlyTheUnusableOnes(@TempDir Path dir)
      throws IOException {
    write(dir, "01-good.txt", utf8("Первый заголовок\n\nИван Петров сказал: «Да».\n"));
    Path random = write(dir, "02-random.bin", HostileInputs.randomBytes(200_000, 42));
    Path nul = write(dir, "03-nul.txt", HostileInputs.withNulBytes("Иван Петров сказал.", 4));
    write(dir, "04-empty.txt", new byte[0]);
    write(dir, "05-utf16.txt", HostileInputs.utf16WithBom("John Smith said \"yes\".\n", true));
    Path huge = dir.resolve("06-huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(64L * 1024 * 1024 + 1); // sparse: over the limit without writing 64 MiB
    }
    write(dir, "07-marks.txt", utf8(HostileInputs.combiningMarks(100_000)));
    write(dir, "08-quotes.txt", utf8(HostileInputs.quotationMarks(100_000)));
    byte[] odd = HostileInputs.utf16WithBom("Иван", false);
    Path truncated = write(dir, "09-truncated-utf16.txt", java.util.Arrays.copyOf(odd,
        odd.length - 1));
    write(dir, "10-good.txt", utf8("Second title\n\nJohn Smith said the talks went well.\n"));

    Cli r = assertTimeoutPreemptively(HostileAssertions.HANG_GUARD,
        () -> Cli.run("parse", "--jsonl", dir.toString()));

    assertEquals(1, r.status(), r.toString());
    assertEquals(List.of("01-good.txt", "04-empty.txt", "05-utf16.txt", "07-marks.txt",
        "08-quotes.txt", "10-good.txt"), names(r.out()));
    List<String> errors = r.err().lines().toList();
    assertEquals(4, errors.size(), r.err());
    Path[] failed = {random, nul, huge, truncated};
    for (int i = 0; i < failed.length; i++) {
      assertTrue(errors.get(i).startsWith("lede: " + failed[i] + ": "), errors.get(i));
      assertTrue(errors.get(i).length() > ("lede: " + failed[i] + ": ").length(), "no reason");
    }
    assertTrue(errors.get(2).contains("over the limit"), errors.get(2));
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
  }

  @Test
  void parse_arrayMode_hostileFileBetweenGoodOnes_printsValidArrayOfTheRest(@TempDir Path dir)
      throws IOException {
    Path a = write(dir, "a.txt", utf8("Title\n\nText."));
    Path bad = write(dir, "b.bin", HostileInputs.randomBytes(10_000, 1));
    Path c = write(dir, "c.txt", utf8(HostileInputs.nestedQuotes(5_000)));
    Cli r = Cli.run("parse", a.toString(), bad.toString(), c.toString());
    assertEquals(1, r.status(), r.toString());
    JsonNode array = MAPPER.readTree(r.out());
    assertTrue(array.isArray());
    assertEquals(2, array.size());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("lede: " + bad + ": "), r.err());
  }

  @Test
  void persons_hostileFileAmongGoodOnes_exits1AndStillClusters(@TempDir Path dir)
      throws IOException {
    Path good = write(dir, "a.txt", utf8("Title\n\nJohn Smith said the talks went well.\n"));
    Path bad = write(dir, "b.bin", new byte[] {0, 0, 0, 1});
    Cli r = Cli.run("persons", good.toString(), bad.toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(MAPPER.readTree(r.out()).isArray(), r.out());
    assertEquals("lede: " + bad + ": ", r.err().substring(0, ("lede: " + bad + ": ").length()));
  }
}
