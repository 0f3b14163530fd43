package dev.lede.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Span;
import dev.lede.model.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StatementExtractorProperties {

  private static final List<String> WORDS = List.of("Koval", "said", "that", "he", "she",
      "the", "plan", "will", "grow", "\"", "«", "»", "“", "”", ",", ".", "—", ":", "according",
      "to", "сказал", "отметил", "он", "что", "Петров", "по", "словам", "We", "our", "\n\n",
      "reiterated", "is", "convinced", "(", ")", "Mr.", "'s", "!", "?");

  private static final List<String> PLAIN = List.of("the", "river", "flows", "north", "Koval",
      "bridge", "was", "built", "in", "May", ",", ".", "—", "Петров", "завод", "работает", "и",
      "город", "растёт", "\n\n", "(", ")", "a", "new", "road");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMaxSize(80).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String> plainTexts() {
    return Arbitraries.of(PLAIN).list().ofMaxSize(80).map(ws -> String.join(" ", ws));
  }

  private static Fixtures doc(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\n\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add("x");
    }
    return new Fixtures(paragraphs.toArray(new String[0]));
  }

  @Property(tries = 300)
  void statementsNeverOverlap(@ForAll("texts") String text) {
    List<Statement> all = doc(text).extract("en").statements();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        assertTrue(!all.get(i).quote().span().overlaps(all.get(j).quote().span()),
            () -> "overlap in " + all);
      }
    }
  }

  @Property(tries = 300)
  void quoteSpansLieInsideTheirBlock(@ForAll("texts") String text) {
    Fixtures f = doc(text);
    for (Statement s : f.extract("en").statements()) {
      Span block = f.blocks.get(s.block()).block().span();
      assertTrue(block.contains(s.quote().span()), () -> s + " outside " + block);
      assertTrue(s.quote().span().length() > 0);
    }
  }

  @Property(tries = 200)
  void textWithoutMarksOrCuesHasNoStatements(@ForAll("plainTexts") String text) {
    assertEquals(List.of(), doc(text).extract("en").statements());
  }
}
