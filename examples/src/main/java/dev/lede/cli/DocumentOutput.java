package dev.lede.cli;

import dev.lede.formats.json.DocumentJson;
import dev.lede.model.Document;
import java.io.IOException;
import java.io.Writer;

/**
 * Where parsed documents go, one at a time. A document is first rendered to a string
 * ({@link #render}, thread-safe, run on the parsing threads) and only then written
 * ({@link #write}, on the main thread, in input order), so a failure while rendering never leaves
 * half a document in the output. Writes are buffered; {@link #flush} pushes them out.
 */
abstract class DocumentOutput {

  protected final Writer out;

  DocumentOutput(Writer out) {
    this.out = out;
  }

  /** Before the first document. */
  void begin() throws IOException {}

  /** The document's text as this output writes it; stateless and thread-safe. */
  abstract String render(Document document);

  /** Writes one rendered document. */
  abstract void write(String rendered) throws IOException;

  void flush() throws IOException {
    out.flush();
  }

  /** After the last document. */
  void end() throws IOException {
    out.flush();
  }

  /** {@code parse --jsonl}: one compact document per line. */
  static final class JsonLines extends DocumentOutput {
    JsonLines(Writer out) {
      super(out);
    }

    @Override
    String render(Document document) {
      return DocumentJson.toJson(document);
    }

    @Override
    void write(String line) throws IOException {
      out.write(line);
      out.write('\n');
    }
  }

  /** {@code parse FILE}: one pretty document. */
  static final class Single extends DocumentOutput {
    Single(Writer out) {
      super(out);
    }

    @Override
    String render(Document document) {
      return DocumentJson.toPrettyJson(document);
    }

    @Override
    void write(String pretty) throws IOException {
      out.write(pretty);
      out.write('\n');
    }
  }

  /** {@code parse FILE FILE…}: a pretty JSON array, written element by element. */
  static final class Array extends DocumentOutput {
    private int count;

    Array(Writer out) {
      super(out);
    }

    @Override
    void begin() throws IOException {
      out.write('[');
      out.flush();
    }

    @Override
    String render(Document document) {
      // JSON strings hold no raw line feeds, so indenting every line is safe
      return "  " + DocumentJson.toPrettyJson(document).replace("\n", "\n  ");
    }

    @Override
    void write(String element) throws IOException {
      out.write(count == 0 ? "\n" : ",\n");
      out.write(element);
      count++;
    }

    @Override
    void end() throws IOException {
      out.write(count == 0 ? "]\n" : "\n]\n");
      out.flush();
    }
  }
}
