package dev.lede.formats.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.LedeException;
import dev.lede.formats.json.internal.LineReader;
import dev.lede.formats.json.internal.RecordReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A JSON Lines corpus read one line at a time: each line an object with a required {@code text}
 * and optional {@code id}, {@code url}, {@code title}, {@code published} (ISO date or date-time;
 * its date part is kept), {@code author} and {@code outlet} (or {@code source}). Blank lines are
 * skipped.
 *
 * <p>Each record becomes a {@link dev.lede.spi.SourceText} whose {@code record} is the
 * {@code id} (else the 1-based line number) and whose hints carry the given fields, which win
 * over what the text suggests ({@code published.from} is {@code record}). A malformed line is a
 * failed {@link CorpusItem} in its place, naming the file and line; the other lines still go.
 * Only one line is held in memory at a time.
 *
 * <pre>{@code
 * try (JsonLinesCorpus corpus = JsonLinesCorpus.open(Path.of("news.jsonl"))) {
 *   for (CorpusItem item : corpus) {
 *     if (item.failed()) log(item.error().getMessage());
 *     else documents.add(Lede.parser().parse(item.source()));
 *   }
 * }
 * }</pre>
 *
 * <p>Iterable once; not thread-safe. Close it to close the file.
 */
public final class JsonLinesCorpus implements Iterable<CorpusItem>, Closeable {

  /** The default limit of one line: as large as Lede's default input limit. */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper(DocumentJson.factory());

  private final String name;
  private final InputStream in;
  private final LineReader lines;
  private boolean iterated;

  private JsonLinesCorpus(String name, InputStream in, int maxLineBytes) {
    this.name = name;
    this.in = in;
    this.lines = new LineReader(in, maxLineBytes);
  }

  /**
   * Opens a corpus file; its name in messages and in {@code source.name} is the path as given.
   *
   * @throws LedeException when the file cannot be opened
   */
  public static JsonLinesCorpus open(Path path) {
    return open(path, DEFAULT_MAX_LINE_BYTES);
  }

  /** Opens a corpus file, refusing lines longer than {@code maxLineBytes} (each as a failed item). */
  public static JsonLinesCorpus open(Path path, int maxLineBytes) {
    Objects.requireNonNull(path, "path");
    String name = path.toString();
    try {
      return of(name, Files.newInputStream(path), maxLineBytes);
    } catch (NoSuchFileException e) {
      throw new LedeException(name, "no such file", e);
    } catch (IOException e) {
      throw new LedeException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** A corpus read from a stream (UTF-8), which {@link #close()} closes. */
  public static JsonLinesCorpus of(String name, InputStream in) {
    return of(name, in, DEFAULT_MAX_LINE_BYTES);
  }

  /** A corpus read from a stream (UTF-8), with a limit on the length of one line in bytes. */
  public static JsonLinesCorpus of(String name, InputStream in, int maxLineBytes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    if (maxLineBytes <= 0) {
      throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
    }
    return new JsonLinesCorpus(name, new BufferedInputStream(in), maxLineBytes);
  }

  /** The corpus's name as given. */
  public String name() {
    return name;
  }

  /**
   * The items in line order. An I/O error ends the iteration with one failed item.
   *
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<CorpusItem> iterator() {
    if (iterated) {
      throw new IllegalStateException("a JSON Lines corpus can be iterated once: " + name);
    }
    iterated = true;
    return new Items();
  }

  /** The items as a sequential stream (close the corpus when done). */
  public Stream<CorpusItem> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private final class Items implements Iterator<CorpusItem> {
    private CorpusItem next;
    private boolean done;

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = advance();
        done = next == null;
      }
      return next != null;
    }

    @Override
    public CorpusItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CorpusItem item = next;
      next = null;
      return item;
    }

    private CorpusItem advance() {
      while (true) {
        LineReader.Line line;
        try {
          line = lines.next();
        } catch (IOException e) {
          // the stream is broken: report where it broke and stop
          done = true;
          return failed(lines.lineCount() + 1, "cannot read: " + e.getMessage(), e);
        }
        if (line == null) {
          return null;
        }
        if (line.error() != null) {
          return failed(line.number(), line.error(), null);
        }
        if (line.text().isBlank()) {
          continue;
        }
        return item(line);
      }
    }

    private CorpusItem item(LineReader.Line line) {
      JsonNode node;
      try (JsonParser p = MAPPER.createParser(line.text())) {
        node = MAPPER.readTree(p);
        if (p.nextToken() != null && p.currentToken() != JsonToken.NOT_AVAILABLE) {
          return failed(line.number(), "more than one JSON value on the line", null);
        }
      } catch (JsonProcessingException e) {
        return failed(line.number(), "not JSON: " + e.getOriginalMessage(), e);
      } catch (IOException e) {
        return failed(line.number(), "not JSON: " + e.getMessage(), e);
      }
      try {
        return new CorpusItem(name, line.number(),
            RecordReader.read(name, line.number(), node), null);
      } catch (IllegalArgumentException e) {
        return failed(line.number(), e.getMessage(), e);
      }
    }

    private CorpusItem failed(long number, String reason, Throwable cause) {
      return new CorpusItem(name, number, null,
          new LedeException(name + ":" + number, reason, cause));
    }
  }
}
