package dev.lede.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.Document;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DocumentJsonProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Provide
  Arbitrary<Document> documents() {
    return DocumentArbitraries.documents();
  }

  @Property(tries = 200)
  void toJson_anyDocument_readsBackEqual(@ForAll("documents") Document doc) {
    assertEquals(doc, DocumentJson.fromJson(DocumentJson.toJson(doc)));
  }

  @Property(tries = 100)
  void toPrettyJson_anyDocument_readsBackEqual(@ForAll("documents") Document doc) {
    assertEquals(doc, DocumentJson.fromJson(DocumentJson.toPrettyJson(doc)));
  }

  @Property(tries = 100)
  void toJson_anyDocument_isOneLineWithEveryKey(@ForAll("documents") Document doc)
      throws Exception {
    String json = DocumentJson.toJson(doc);
    assertFalse(json.contains("\n") || json.contains("\r"), "compact JSON has a line break");
    JsonNode root = MAPPER.readTree(json);
    assertEquals(DocumentArbitraries.topLevelKeys(), keys(root));
    for (int i = 0; i < doc.statements().size(); i++) {
      JsonNode speaker = root.get("statements").get(i).get("speaker");
      var expected = doc.statements().get(i).speaker();
      if (expected == null) {
        assertTrue(speaker.isNull(), "speaker should be null");
      } else {
        // the contract leaves "person" out, never null, when the speaker has no person
        assertEquals(expected.person() != null, speaker.has("person"));
        assertFalse(speaker.path("person").isNull());
      }
    }
  }

  private static List<String> keys(JsonNode root) {
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
