package dev.lede.formats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import dev.lede.LedeParser;
import dev.lede.model.Document;
import dev.lede.spi.LayoutParser;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextLayoutsTest {

  @Test
  void serviceLoader_classPath_findsAllSixBuiltIns() {
    Set<String> found = new HashSet<>();
    ServiceLoader.load(LayoutParser.class).forEach(p -> found.add(p.id()));
    assertTrue(found.containsAll(TextLayouts.ids()), "found " + found);
    assertEquals(6, TextLayouts.ids().size());
  }

  @Test
  void all_builtIns_haveTheListedIdsInOrder() {
    List<String> ids = TextLayouts.all().stream().map(LayoutParser::id).toList();
    assertEquals(List.of("duma-blog", "akorda", "tass", "kazinform", "press-ru", "plain"), ids);
    assertEquals(TextLayouts.ids(), ids);
  }

  @Test
  void builder_handPickedLayouts_onlyThoseAreUsed() {
    LedeParser wireOnly = Lede.builder().discoverPlugins(false)
        .layout(TextLayouts.byId("tass").orElseThrow())
        .layout(TextLayouts.byId("plain").orElseThrow()).build();
    assertEquals(List.of("tass", "plain"), wireOnly.layouts());
    Document wire = wireOnly.parse("w.txt",
        "Title of a story\n\nLead.\n\nASTANA, May 2. /TASS/. Body.\n");
    assertEquals("tass", wire.layout().id());
    assertEquals("plain", wireOnly.parse("b.txt", " date 2024-01-02 Title\n\nText.\n")
        .layout().id());
  }

  @Test
  void byId_knownAndUnknown_findsOrNot() {
    assertEquals("tass", TextLayouts.byId("tass").orElseThrow().id());
    assertTrue(TextLayouts.byId("nope").isEmpty());
  }
}
