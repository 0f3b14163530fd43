package dev.lede.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.formats.json.DocumentJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a JSON Lines corpus of about the given size for testing the CLI on big inputs by hand,
 * made of the {@link Corpus} texts repeated in order (one record each, {@code id} numbered):
 *
 * <pre>
 * java -cp examples/target/lede-bench.jar dev.lede.bench.MakeCorpus 1000 /tmp/big.jsonl
 * java -Xmx256m -jar examples/target/lede.jar parse --jsonl --summary /tmp/big.jsonl &gt; /dev/null
 * </pre>
 */
public final class MakeCorpus {

  private MakeCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: MakeCorpus MEGABYTES OUT.jsonl");
      System.exit(2);
    }
    long want = Long.parseLong(args[0]) * 1_000_000L;
    Corpus corpus = Corpus.load();
    CountingOut counted;
    try (OutputStream file = Files.newOutputStream(Path.of(args[1]));
        CountingOut out = new CountingOut(new BufferedOutputStream(file, 1 << 16))) {
      counted = out;
      long id = 0;
      while (out.count < want) {
        Corpus.Text t = corpus.texts().get((int) (id % corpus.texts().size()));
        try (JsonGenerator g = DocumentJson.factory().createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.writeStartObject();
          g.writeNumberField("id", ++id);
          g.writeStringField("text", new String(t.bytes(), StandardCharsets.UTF_8));
          g.writeEndObject();
        }
        out.write('\n');
      }
    }
    System.err.printf("%s: %d bytes%n", args[1], counted.count);
  }

  private static final class CountingOut extends java.io.FilterOutputStream {
    long count;

    CountingOut(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
