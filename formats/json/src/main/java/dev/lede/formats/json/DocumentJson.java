package dev.lede.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.LedeException;
import dev.lede.formats.json.internal.DocumentReader;
import dev.lede.formats.json.internal.DocumentWriter;
import dev.lede.model.Document;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A {@link Document} as {@code lede.document/1} JSON, and back. All methods are static and
 * thread-safe.
 *
 * <pre>{@code
 * String line = DocumentJson.toJson(doc);          // compact, one line
 * String pretty = DocumentJson.toPrettyJson(doc);  // indented, spans kept on one line
 * Document same = DocumentJson.fromJson(line);     // equals(doc)
 *
 * try (JsonGenerator g = DocumentJson.factory().createGenerator(writer)) {
 *   for (Document d : docs) DocumentJson.write(d, g);  // streaming, no trees built
 * }
 * }</pre>
 *
 * <p>Every key of the contract is written, absent values as {@code null} or {@code []}; the
 * one exception, as the contract says, is {@code statements[].speaker.person}, left out when the
 * speaker is not tied to a person. Reading is strict about types and lenient about missing keys.
 */
public final class DocumentJson {

  /** Texts may be long (a whole book in one source): lift Jackson's default string limit. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).build())
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private DocumentJson() {}

  /** The Jackson factory Lede reads and writes with (shared; do not reconfigure it). */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * Lede's pretty printer: two spaces, {@code "\n"} line ends whatever the platform, and
   * {@code "key": value}. A fresh instance per call, as pretty printers keep state.
   */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Writes one document as the next value of {@code generator}; does not flush or close it. */
  public static void write(Document document, JsonGenerator generator) throws IOException {
    DocumentWriter.write(Objects.requireNonNull(document, "document"),
        Objects.requireNonNull(generator, "generator"));
  }

  /** Writes one document to {@code out} (compact or pretty), without a line end; not closed. */
  public static void write(Document document, Writer out, boolean pretty) throws IOException {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.setPrettyPrinter(prettyPrinter());
      }
      write(document, g);
    }
  }

  /** The document as compact JSON on one line (no line end). */
  public static String toJson(Document document) {
    return asString(document, false);
  }

  /** The document as indented JSON (no final line end). */
  public static String toPrettyJson(Document document) {
    return asString(document, true);
  }

  private static String asString(Document document, boolean pretty) {
    StringWriter w = new StringWriter();
    try {
      write(document, w, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return w.toString();
  }

  /**
   * Reads a document from JSON text.
   *
   * @throws LedeException when the text is not JSON or not a {@code lede.document/1} object;
   *     the message names the JSON path of the problem
   */
  public static Document fromJson(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new LedeException("json", "not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null) {
      throw new LedeException("json", "no JSON value");
    }
    return fromTree(root);
  }

  /**
   * Reads the next value of {@code parser} as a document (for a stream of documents).
   *
   * @return the document, or null at the end of the input
   * @throws LedeException when the value is not a {@code lede.document/1} object
   */
  public static Document read(JsonParser parser) throws IOException {
    Objects.requireNonNull(parser, "parser");
    JsonNode root = MAPPER.readTree(parser);
    return root == null ? null : fromTree(root);
  }

  /** Reads a document from a Jackson tree. */
  public static Document fromTree(JsonNode root) {
    Objects.requireNonNull(root, "root");
    JsonNode name = root.path("source").path("name");
    return DocumentReader.read(name.isTextual() ? name.textValue() : "json", root);
  }
}
