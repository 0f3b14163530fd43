package dev.lede.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.LedeException;
import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.DateMention;
import dev.lede.model.Document;
import dev.lede.model.LayoutMatch;
import dev.lede.model.PartialDate;
import dev.lede.model.Published;
import dev.lede.model.Snippet;
import dev.lede.model.Source;
import dev.lede.model.Span;
import dev.lede.model.Speaker;
import dev.lede.model.Statement;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Document sample() {
    return new Document(
        new Source("002.txt", null, "text/plain", "UTF-8", 120, "ab12"),
        new LayoutMatch("tass", 0.97), "en",
        new Snippet("Title", new Span(0, 5)),
        new Published(PartialDate.ofMonthDay(3, 4), "March 4", new Span(7, 14), "dateline"),
        null, null, List.of(),
        List.of(new Block(BlockKind.TITLE, new Span(0, 5), "Title"),
            new Block(BlockKind.PARAGRAPH, new Span(7, 120), "MOSCOW, March 4 …")),
        List.of(),
        List.of(new Statement(new Snippet("We will", new Span(30, 37)), true,
                new Speaker(null, "a source", new Snippet("a source", new Span(40, 48))),
                new Snippet("said", new Span(49, 53)), 1),
            new Statement(new Snippet("it is so", new Span(60, 68)), false, null, null, 1)),
        List.of(new DateMention("July of this year", PartialDate.ofMonth(2024, 7), true,
            new Span(70, 87), null)),
        List.of("no dateline"));
  }

  @Test
  void toJson_sample_followsTheContract() throws Exception {
    JsonNode root = MAPPER.readTree(DocumentJson.toJson(sample()));
    assertEquals("lede.document/1", root.get("schema").asText());
    assertTrue(root.get("source").get("record").isNull());
    assertEquals("[0,5]", root.get("title").get("span").toString());
    assertEquals("--03-04", root.get("published").get("value").asText());
    assertEquals("MONTH_DAY", root.get("published").get("precision").asText());
    assertTrue(root.get("dateline").isNull());
    assertTrue(root.get("outlet").isNull());
    assertEquals("[]", root.get("authors").toString());
    assertEquals("paragraph", root.get("blocks").get(1).get("kind").asText());
    JsonNode speaker = root.get("statements").get(0).get("speaker");
    assertFalse(speaker.has("person"), "person is left out when the speaker has no person");
    assertEquals("a source", speaker.get("mention").get("text").asText());
    assertTrue(root.get("statements").get(1).get("speaker").isNull());
    assertEquals("MONTH", root.get("dates").get(0).get("precision").asText());
    assertTrue(root.get("dates").get(0).get("end").isNull());
  }

  @Test
  void toPrettyJson_sample_keepsSpansOnOneLineAndUsesLineFeeds() {
    String pretty = DocumentJson.toPrettyJson(sample());
    assertTrue(pretty.contains("\"span\": [0, 5]"), pretty);
    assertTrue(pretty.contains("\"authors\": []"), pretty);
    assertFalse(pretty.contains("\r"));
    assertTrue(pretty.startsWith("{\n  \"schema\": \"lede.document/1\",\n"), pretty);
  }

  @Test
  void write_twoDocumentsOnOneGenerator_streamsBoth() throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = DocumentJson.factory().createGenerator(out)) {
      g.writeStartArray();
      DocumentJson.write(sample(), g);
      DocumentJson.write(sample(), g);
      g.writeEndArray();
    }
    JsonNode array = MAPPER.readTree(out.toString());
    assertEquals(2, array.size());
    assertEquals(sample(), DocumentJson.fromTree(array.get(1)));
  }

  @Test
  void fromJson_missingListsAndNullables_readAsEmptyAndNull() {
    Document d = DocumentJson.fromJson("{\"schema\":\"lede.document/1\","
        + "\"source\":{\"name\":\"a.txt\",\"mediaType\":\"text/plain\",\"length\":0},"
        + "\"layout\":{\"id\":\"plain\",\"confidence\":0}}");
    assertEquals("a.txt", d.source().name());
    assertNull(d.title());
    assertEquals(List.of(), d.blocks());
  }

  @Test
  void fromJson_badSpan_namesThePath() {
    String json = DocumentJson.toJson(sample()).replace("\"span\":[7,120]", "\"span\":[7]");
    LedeException e = assertThrows(LedeException.class, () -> DocumentJson.fromJson(json));
    assertTrue(e.getMessage().contains("blocks[1].span"), e.getMessage());
    assertTrue(e.getMessage().startsWith("002.txt: "), e.getMessage());
  }

  @Test
  void fromJson_wrongSchema_isRefused() {
    String json = DocumentJson.toJson(sample()).replace("lede.document/1", "lede.document/9");
    LedeException e = assertThrows(LedeException.class, () -> DocumentJson.fromJson(json));
    assertTrue(e.getMessage().contains("schema"), e.getMessage());
  }

  @Test
  void fromJson_invalidPartialDate_namesThePath() {
    String json = DocumentJson.toJson(sample()).replace("\"2024-07\"", "\"2024-13\"");
    LedeException e = assertThrows(LedeException.class, () -> DocumentJson.fromJson(json));
    assertTrue(e.getMessage().contains("dates[0].value"), e.getMessage());
  }

  @Test
  void fromJson_notJson_isALedeException() {
    LedeException e = assertThrows(LedeException.class, () -> DocumentJson.fromJson("{oops"));
    assertTrue(e.getMessage().startsWith("json: not JSON"), e.getMessage());
  }

  @Test
  void fromJson_confidenceOverOne_isANamedError() {
    String json = DocumentJson.toJson(sample()).replace("0.97", "1.5");
    LedeException e = assertThrows(LedeException.class, () -> DocumentJson.fromJson(json));
    assertTrue(e.getMessage().contains("layout"), e.getMessage());
  }
}
