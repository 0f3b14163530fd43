package dev.lede.cli;

import dev.lede.formats.json.DocumentJson;
import dev.lede.model.Document;
import java.io.IOException;
import java.io.Writer;

/**
 * Where parsed documents go, one at a time. Each document is rendered to a string before a byte
 * of it is written, so a failure while rendering never leaves half a document in the output.
 */
abstract class DocumentOutput {

  protected final Writer out;

  DocumentOutput(Writer out) {
    this.out = out;
  }

  /** Before the first document. */
  void begin() throws IOException {}

  abstract void document(Document document) throws IOException;

  /** After the last document. */
  void end() throws IOException {
    out.flush();
  }

  /** {@code parse --jsonl}: one compact document per line, flushed per document. */
  static final class JsonLines extends DocumentOutput {
    JsonLines(Writer out) {
      super(out);
    }

    @Override
    void document(Document document) throws IOException {
      String line = DocumentJson.toJson(document);
      out.write(line);
      out.write('\n');
      out.flush();
    }
  }

  /** {@code parse FILE}: one pretty document. */
  static final class Single extends DocumentOutput {
    Single(Writer out) {
      super(out);
    }

    @Override
    void document(Document document) throws IOException {
      out.write(DocumentJson.toPrettyJson(document));
      out.write('\n');
      out.flush();
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
    void document(Document document) throws IOException {
      String pretty = DocumentJson.toPrettyJson(document);
      out.write(count == 0 ? "\n" : ",\n");
      // JSON strings hold no raw line feeds, so indenting every line is safe
      out.write("  ");
      out.write(pretty.replace("\n", "\n  "));
      out.flush();
      count++;
    }

    @Override
    void end() throws IOException {
      out.write(count == 0 ? "]\n" : "\n]\n");
      out.flush();
    }
  }
}
