package dev.lede.formats.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.model.Author;
import dev.lede.model.Block;
import dev.lede.model.DateMention;
import dev.lede.model.Dateline;
import dev.lede.model.Document;
import dev.lede.model.Mention;
import dev.lede.model.Outlet;
import dev.lede.model.PartialDate;
import dev.lede.model.Person;
import dev.lede.model.Published;
import dev.lede.model.Snippet;
import dev.lede.model.Source;
import dev.lede.model.Span;
import dev.lede.model.Speaker;
import dev.lede.model.Statement;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Document} as {@code lede.document/1} JSON, token by token, in the key order of
 * the contract. Every key is written: absent values as {@code null} or {@code []}.
 */
public final class DocumentWriter {

  private DocumentWriter() {}

  public static void write(Document d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", Document.SCHEMA);
    source(d.source(), g);
    g.writeObjectFieldStart("layout");
    g.writeStringField("id", d.layout().id());
    g.writeNumberField("confidence", d.layout().confidence());
    g.writeEndObject();
    g.writeStringField("language", d.language());
    g.writeFieldName("title");
    snippet(d.title(), g);
    published(d.published(), g);
    dateline(d.dateline(), g);
    outlet(d.outlet(), g);
    authors(d.authors(), g);
    blocks(d.blocks(), g);
    persons(d.persons(), g);
    statements(d.statements(), g);
    dates(d.dates(), g);
    g.writeArrayFieldStart("warnings");
    for (String w : d.warnings()) {
      g.writeString(w);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void source(Source s, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("source");
    g.writeStringField("name", s.name());
    g.writeStringField("record", s.record());
    g.writeStringField("mediaType", s.mediaType());
    g.writeStringField("charset", s.charset());
    g.writeNumberField("length", s.length());
    g.writeStringField("sha256", s.sha256());
    g.writeEndObject();
  }

  private static void published(Published p, JsonGenerator g) throws IOException {
    g.writeFieldName("published");
    if (p == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("value", p.value().toIso());
    g.writeStringField("precision", p.value().precision().name());
    g.writeStringField("text", p.text());
    g.writeFieldName("span");
    span(p.span(), g);
    g.writeStringField("from", p.from());
    g.writeEndObject();
  }

  private static void dateline(Dateline d, JsonGenerator g) throws IOException {
    g.writeFieldName("dateline");
    if (d == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("place", d.place());
    g.writeStringField("dateText", d.dateText());
    g.writeStringField("text", d.text());
    g.writeFieldName("span");
    span(d.span(), g);
    g.writeEndObject();
  }

  private static void outlet(Outlet o, JsonGenerator g) throws IOException {
    g.writeFieldName("outlet");
    if (o == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("name", o.name());
    g.writeFieldName("span");
    span(o.span(), g);
    g.writeEndObject();
  }

  private static void authors(List<Author> authors, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("authors");
    for (Author a : authors) {
      g.writeStartObject();
      g.writeStringField("name", a.name());
      g.writeStringField("person", a.person());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void blocks(List<Block> blocks, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("blocks");
    for (Block b : blocks) {
      g.writeStartObject();
      g.writeStringField("kind", b.kind().id());
      g.writeStringField("text", b.text());
      g.writeFieldName("span");
      span(b.span(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void persons(List<Person> persons, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("persons");
    for (Person p : persons) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("name", p.name());
      g.writeStringField("key", p.key());
      g.writeStringField("latin", p.latin());
      g.writeStringField("cyrillic", p.cyrillic());
      g.writeArrayFieldStart("roles");
      for (String r : p.roles()) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("mentions");
      for (Mention m : p.mentions()) {
        g.writeStartObject();
        g.writeStringField("text", m.text());
        g.writeStringField("kind", m.kind().id());
        g.writeFieldName("span");
        span(m.span(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void statements(List<Statement> statements, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("statements");
    for (Statement s : statements) {
      g.writeStartObject();
      g.writeFieldName("quote");
      snippet(s.quote(), g);
      g.writeBooleanField("direct", s.direct());
      g.writeFieldName("speaker");
      speaker(s.speaker(), g);
      g.writeFieldName("cue");
      snippet(s.cue(), g);
      g.writeNumberField("block", s.block());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The contract leaves {@code person} out, rather than null, when no person is known. */
  private static void speaker(Speaker s, JsonGenerator g) throws IOException {
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (s.person() != null) {
      g.writeStringField("person", s.person());
    }
    g.writeStringField("name", s.name());
    g.writeFieldName("mention");
    snippet(s.mention(), g);
    g.writeEndObject();
  }

  private static void dates(List<DateMention> dates, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("dates");
    for (DateMention d : dates) {
      g.writeStartObject();
      g.writeStringField("text", d.text());
      g.writeStringField("value", d.value().toIso());
      g.writeStringField("precision", d.precision().name());
      g.writeBooleanField("relative", d.relative());
      g.writeFieldName("span");
      span(d.span(), g);
      g.writeStringField("end", iso(d.end()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static String iso(PartialDate d) {
    return d == null ? null : d.toIso();
  }

  private static void snippet(Snippet s, JsonGenerator g) throws IOException {
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("text", s.text());
    g.writeFieldName("span");
    span(s.span(), g);
    g.writeEndObject();
  }

  /**
   * A span is {@code [begin, end]}. Pretty output keeps it on one line (as a raw value, so the
   * pretty printer does not spread two numbers over four lines); compact output writes a plain
   * array.
   */
  static void span(Span s, JsonGenerator g) throws IOException {
    if (s == null) {
      g.writeNull();
    } else if (g.getPrettyPrinter() != null) {
      g.writeRawValue(String.format(Locale.ROOT, "[%d, %d]", s.begin(), s.end()));
    } else {
      g.writeStartArray();
      g.writeNumber(s.begin());
      g.writeNumber(s.end());
      g.writeEndArray();
    }
  }
}
