package dev.lede.formats.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.LedeException;
import dev.lede.model.Author;
import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.DateMention;
import dev.lede.model.Dateline;
import dev.lede.model.Document;
import dev.lede.model.LayoutMatch;
import dev.lede.model.Mention;
import dev.lede.model.MentionKind;
import dev.lede.model.Outlet;
import dev.lede.model.PartialDate;
import dev.lede.model.Person;
import dev.lede.model.Published;
import dev.lede.model.Snippet;
import dev.lede.model.Source;
import dev.lede.model.Span;
import dev.lede.model.Speaker;
import dev.lede.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads {@code lede.document/1} JSON (as a Jackson tree) back into a {@link Document}. Strict about
 * types, lenient about absence: a missing key reads as {@code null} or {@code []}. Every problem
 * is a {@link LedeException} naming the JSON path ({@code persons[2].mentions[0].span}).
 */
public final class DocumentReader {

  private final String input;

  private DocumentReader(String input) {
    this.input = input;
  }

  /**
   * @param input the name to put in error messages (a file name, or {@code json})
   * @param root the document object
   */
  public static Document read(String input, JsonNode root) {
    return new DocumentReader(input).document(root);
  }

  private Document document(JsonNode n) {
    object(n, "$");
    String schema = string(n, "schema", "$");
    if (!Document.SCHEMA.equals(schema)) {
      throw fail("$.schema", "expected \"" + Document.SCHEMA + "\", found " + show(n.get("schema")));
    }
    try {
      return new Document(
          source(required(n, "source", "$"), "source"),
          layout(required(n, "layout", "$"), "layout"),
          string(n, "language", "$"),
          snippet(n.get("title"), "title"),
          published(n.get("published"), "published"),
          dateline(n.get("dateline"), "dateline"),
          outlet(n.get("outlet"), "outlet"),
          list(n, "authors", "$", this::author),
          list(n, "blocks", "$", this::block),
          list(n, "persons", "$", this::person),
          list(n, "statements", "$", this::statement),
          list(n, "dates", "$", this::dateMention),
          list(n, "warnings", "$", (w, p) -> requiredString(w, p)));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw fail("$", e.getMessage());
    }
  }

  private Source source(JsonNode n, String path) {
    object(n, path);
    return guard(path, () -> new Source(requiredString(n.get("name"), path + ".name"),
        string(n, "record", path), requiredString(n.get("mediaType"), path + ".mediaType"),
        string(n, "charset", path), integer(n.get("length"), path + ".length"),
        string(n, "sha256", path)));
  }

  private LayoutMatch layout(JsonNode n, String path) {
    object(n, path);
    JsonNode c = n.get("confidence");
    if (c == null || !c.isNumber()) {
      throw fail(path + ".confidence", "expected a number, found " + show(c));
    }
    return guard(path, () -> new LayoutMatch(requiredString(n.get("id"), path + ".id"),
        c.doubleValue()));
  }

  private Published published(JsonNode n, String path) {
    if (isNull(n)) {
      return null;
    }
    object(n, path);
    return guard(path, () -> new Published(partialDate(n.get("value"), path + ".value"),
        string(n, "text", path), span(n.get("span"), path + ".span"),
        requiredString(n.get("from"), path + ".from")));
  }

  private Dateline dateline(JsonNode n, String path) {
    if (isNull(n)) {
      return null;
    }
    object(n, path);
    return guard(path, () -> new Dateline(string(n, "place", path), string(n, "dateText", path),
        requiredString(n.get("text"), path + ".text"), requiredSpan(n.get("span"), path + ".span")));
  }

  private Outlet outlet(JsonNode n, String path) {
    if (isNull(n)) {
      return null;
    }
    object(n, path);
    return guard(path, () -> new Outlet(requiredString(n.get("name"), path + ".name"),
        span(n.get("span"), path + ".span")));
  }

  private Author author(JsonNode n, String path) {
    object(n, path);
    return new Author(requiredString(n.get("name"), path + ".name"), string(n, "person", path));
  }

  private Block block(JsonNode n, String path) {
    object(n, path);
    String kind = requiredString(n.get("kind"), path + ".kind");
    BlockKind k;
    try {
      k = BlockKind.fromId(kind);
    } catch (IllegalArgumentException e) {
      throw fail(path + ".kind", "unknown block kind " + show(n.get("kind")));
    }
    return new Block(k, requiredSpan(n.get("span"), path + ".span"),
        requiredString(n.get("text"), path + ".text"));
  }

  private Person person(JsonNode n, String path) {
    object(n, path);
    return guard(path, () -> new Person(requiredString(n.get("id"), path + ".id"),
        requiredString(n.get("name"), path + ".name"),
        requiredString(n.get("key"), path + ".key"),
        string(n, "latin", path), string(n, "cyrillic", path),
        list(n, "roles", path, this::requiredString),
        list(n, "mentions", path, this::mention)));
  }

  private Mention mention(JsonNode n, String path) {
    object(n, path);
    String kind = requiredString(n.get("kind"), path + ".kind");
    MentionKind k;
    try {
      k = MentionKind.fromId(kind);
    } catch (IllegalArgumentException e) {
      throw fail(path + ".kind", "unknown mention kind " + show(n.get("kind")));
    }
    return new Mention(requiredString(n.get("text"), path + ".text"), k,
        requiredSpan(n.get("span"), path + ".span"));
  }

  private Statement statement(JsonNode n, String path) {
    object(n, path);
    Snippet quote = snippet(required(n, "quote", path), path + ".quote");
    JsonNode direct = n.get("direct");
    if (direct == null || !direct.isBoolean()) {
      throw fail(path + ".direct", "expected true or false, found " + show(direct));
    }
    return new Statement(quote, direct.booleanValue(), speaker(n.get("speaker"), path + ".speaker"),
        snippet(n.get("cue"), path + ".cue"), integer(n.get("block"), path + ".block"));
  }

  private Speaker speaker(JsonNode n, String path) {
    if (isNull(n)) {
      return null;
    }
    object(n, path);
    return new Speaker(string(n, "person", path), requiredString(n.get("name"), path + ".name"),
        snippet(n.get("mention"), path + ".mention"));
  }

  private DateMention dateMention(JsonNode n, String path) {
    object(n, path);
    JsonNode relative = n.get("relative");
    if (relative == null || !relative.isBoolean()) {
      throw fail(path + ".relative", "expected true or false, found " + show(relative));
    }
    JsonNode end = n.get("end");
    return new DateMention(requiredString(n.get("text"), path + ".text"),
        partialDate(n.get("value"), path + ".value"), relative.booleanValue(),
        requiredSpan(n.get("span"), path + ".span"),
        isNull(end) ? null : partialDate(end, path + ".end"));
  }

  private Snippet snippet(JsonNode n, String path) {
    if (isNull(n)) {
      return null;
    }
    object(n, path);
    return new Snippet(requiredString(n.get("text"), path + ".text"),
        requiredSpan(n.get("span"), path + ".span"));
  }

  private PartialDate partialDate(JsonNode n, String path) {
    String iso = requiredString(n, path);
    try {
      return PartialDate.parse(iso);
    } catch (IllegalArgumentException e) {
      throw fail(path, "not an ISO partial date: " + show(n));
    }
  }

  private Span requiredSpan(JsonNode n, String path) {
    Span s = span(n, path);
    if (s == null) {
      throw fail(path, "expected [begin, end], found null");
    }
    return s;
  }

  private Span span(JsonNode n, String path) {
    if (isNull(n)) {
      return null;
    }
    if (!n.isArray() || n.size() != 2) {
      throw fail(path, "expected [begin, end], found " + show(n));
    }
    int begin = integer(n.get(0), path + "[0]");
    int end = integer(n.get(1), path + "[1]");
    if (begin < 0 || end < begin) {
      throw fail(path, "invalid span " + show(n));
    }
    return new Span(begin, end);
  }

  private <T> List<T> list(JsonNode parent, String key, String parentPath,
      BiFunction<JsonNode, String, T> item) {
    JsonNode n = parent.get(key);
    String path = parentPath.equals("$") ? key : parentPath + "." + key;
    if (isNull(n)) {
      return List.of();
    }
    if (!n.isArray()) {
      throw fail(path, "expected an array, found " + show(n));
    }
    List<T> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      out.add(item.apply(n.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  private JsonNode required(JsonNode parent, String key, String parentPath) {
    JsonNode n = parent.get(key);
    if (isNull(n)) {
      throw fail(parentPath.equals("$") ? key : parentPath + "." + key, "required, found null");
    }
    return n;
  }

  private String string(JsonNode parent, String key, String parentPath) {
    JsonNode n = parent.get(key);
    if (isNull(n)) {
      return null;
    }
    return requiredString(n, parentPath.equals("$") ? key : parentPath + "." + key);
  }

  private String requiredString(JsonNode n, String path) {
    if (n == null || !n.isTextual()) {
      throw fail(path, "expected a string, found " + show(n));
    }
    return n.textValue();
  }

  private int integer(JsonNode n, String path) {
    if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
      throw fail(path, "expected an integer, found " + show(n));
    }
    return n.intValue();
  }

  private void object(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw fail(path, "expected an object, found " + show(n));
    }
  }

  /** Record validation (a blank layout id, a confidence over 1) becomes a named error. */
  private <T> T guard(String path, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw fail(path, String.valueOf(e.getMessage()));
    }
  }

  private static boolean isNull(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  /** A short picture of a bad value for the message: its type, or a prefix of its text. */
  private static String show(JsonNode n) {
    if (isNull(n)) {
      return "null";
    }
    String s = n.toString();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private LedeException fail(String path, String reason) {
    return new LedeException(input, path + ": " + reason);
  }
}
