package dev.lede.formats.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.PartialDate;
import dev.lede.spi.SourceHints;
import dev.lede.spi.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one JSON Lines record into a {@link SourceText}: {@code text} is required; {@code id},
 * {@code url}, {@code title}, {@code published}, {@code author}, {@code outlet} (or
 * {@code source}) are optional hints. Throws {@link IllegalArgumentException} with a reason a
 * user can act on; the caller adds the file name and line number.
 */
public final class RecordReader {

  /** Bounded and without alternation: cannot backtrack badly. */
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private RecordReader() {}

  public static SourceText read(String name, long line, JsonNode record) {
    if (record == null || !record.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found "
          + (record == null ? "nothing" : record.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    JsonNode text = record.get("text");
    if (text == null || text.isNull()) {
      throw new IllegalArgumentException("field 'text' is missing");
    }
    if (!text.isTextual()) {
      throw new IllegalArgumentException("field 'text' must be a string");
    }
    String id = scalar(record, "id");
    String published = string(record, "published");
    String outlet = string(record, "outlet");
    if (outlet == null) {
      outlet = string(record, "source");
    }
    SourceHints hints = new SourceHints(string(record, "title"),
        published == null ? null : date(published), published == null ? null : "record",
        string(record, "author"), outlet, string(record, "url"));
    return new SourceText(name, id != null ? id : Long.toString(line), text.textValue(),
        "text/plain", StandardCharsets.UTF_8.name(), hints);
  }

  /**
   * The date part of an ISO date or date-time: {@code 2024-11-27}, {@code 2024-11-27T10:00:00Z},
   * {@code 2024-11-27 10:00}, also {@code 2024-11} and {@code 2024}.
   */
  static PartialDate date(String value) {
    String s = value.strip();
    int cut = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'T' || c == 't' || c == ' ') {
        cut = i;
        break;
      }
    }
    String day = s.substring(0, cut);
    // only digits and dashes in the canonical shapes: PartialDate.parse is lenient about signs
    if (!ISO_DATE.matcher(day).matches()) {
      throw new IllegalArgumentException("field 'published' is not an ISO date: " + clip(value));
    }
    try {
      return PartialDate.parse(day);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field 'published' is not a valid date: " + clip(value), e);
    }
  }

  /** A string or number field as text, or null when absent. */
  private static String scalar(JsonNode record, String field) {
    JsonNode n = record.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isTextual() || n.isIntegralNumber()) {
      return n.asText();
    }
    throw new IllegalArgumentException("field '" + field + "' must be a string or an integer");
  }

  private static String string(JsonNode record, String field) {
    JsonNode n = record.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return n.textValue();
  }

  private static String clip(String s) {
    return s.length() > 40 ? "\"" + s.substring(0, 40) + "…\"" : "\"" + s + "\"";
  }
}
