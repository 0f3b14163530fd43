package dev.lede.formats.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LineReaderProperties {

  @Provide
  Arbitrary<List<String>> lines() {
    return Arbitraries.strings().withCharRange('a', 'c').withChars('я', '\r', ' ')
        .ofMaxLength(200).filter(s -> !s.endsWith("\r")).list().ofMaxSize(20);
  }

  @Property(tries = 200)
  void next_anyLinesAnyChunking_givesTheLinesBack(@ForAll("lines") List<String> lines)
      throws IOException {
    String joined = String.join("\n", lines);
    // a one-byte-at-a-time stream exercises every split of a line across reads
    ByteArrayInputStream bytes = new ByteArrayInputStream(joined.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    LineReader reader = new LineReader(bytes, 10_000);
    List<String> out = new ArrayList<>();
    for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
      out.add(l.text());
    }
    // a line feed ends a line: a final empty piece after the last line feed is no line
    List<String> expected = !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()
        ? lines.subList(0, lines.size() - 1) : lines;
    assertEquals(expected, out);
  }
}
