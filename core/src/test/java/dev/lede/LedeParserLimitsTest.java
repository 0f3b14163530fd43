package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.Block;
import dev.lede.model.BlockKind;
import dev.lede.model.Document;
import dev.lede.model.Span;
import dev.lede.spi.InputFormat;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The limits of {@link LedeParser} and its error model: every failure is one named error. */
class LedeParserLimitsTest {

  /** A layout whose parse does what the test asks: sleep, throw, recurse, return null. */
  record Scripted(Function<SourceText, Skeleton> body) implements LayoutParser {
    @Override
    public String id() {
      return "scripted";
    }

    @Override
    public double detect(SourceText source) {
      return 0.5;
    }

    @Override
    public Skeleton parse(SourceText source) {
      return body.apply(source);
    }
  }

  /** One paragraph block per line: many blocks, so the budget is checked many times. */
  private static Skeleton lines(SourceText source) {
    var b = Skeleton.builder();
    String t = source.text();
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || t.charAt(i) == '\n') {
        if (i > start) {
          b.block(new Block(BlockKind.PARAGRAPH, new Span(start, i), t.substring(start, i)));
        }
        start = i + 1;
      }
    }
    return b.build();
  }

  private static LedeParser parser(LayoutParser layout, Duration budget) {
    return Lede.builder().discoverPlugins(false).inputFormat(new dev.lede.io.PlainTextFormat())
        .layout(layout).maxParseTime(budget).build();
  }

  private static int recurse(int n) {
    return n == Integer.MAX_VALUE ? n : recurse(n + 1) + 1;
  }

  @Test
  void maxParseTime_default_isSixtySeconds() {
    var p = parser(new Scripted(LedeParserLimitsTest::lines), Duration.ofSeconds(60));
    assertEquals(Duration.ofSeconds(60), p.maxParseTime());
    assertEquals(Duration.ofSeconds(60), Lede.builder().discoverPlugins(false)
        .layout(new Scripted(LedeParserLimitsTest::lines)).build().maxParseTime());
    assertEquals(64L * 1024 * 1024, p.maxInputBytes());
    assertEquals(16 * 1024 * 1024, p.maxTextChars());
  }

  @Test
  void parse_textOverCharLimit_throwsNamedErrorWithBothNumbers() {
    var p = Lede.builder().discoverPlugins(false).inputFormat(new dev.lede.io.PlainTextFormat())
        .layout(new Scripted(LedeParserLimitsTest::lines)).maxTextChars(10).build();
    var e = assertThrows(LedeException.class, () -> p.parse("long.txt", "x".repeat(11)));
    assertEquals("text of 11 characters is over the limit of 10 characters", e.reason());
    assertEquals(10, p.parse("ten.txt", "x".repeat(10)).source().length());
    var bytes = assertThrows(LedeException.class,
        () -> p.parse("b.txt", "y".repeat(11).getBytes(StandardCharsets.UTF_8)));
    assertEquals("b.txt", bytes.input());
    assertTrue(bytes.reason().endsWith("over the limit of 10 characters"), bytes.reason());
  }

  @Test
  void builder_nonPositiveCharLimit_rejectedWithValue() {
    var e = assertThrows(IllegalArgumentException.class, () -> Lede.builder().maxTextChars(0));
    assertEquals("maxTextChars must be positive: 0", e.getMessage());
  }

  @Test
  void parse_slowLayout_throwsTookLongerThanWithName() {
    var p = parser(new Scripted(s -> {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return lines(s);
    }), Duration.ofMillis(50));
    var e = assertThrows(LedeException.class, () -> p.parse("slow.txt", "a\nb\nc"));
    assertEquals("slow.txt", e.input());
    assertTrue(e.reason().startsWith("took longer than 50 ms"), e.reason());
  }

  @Test
  void parse_budgetSpentBetweenBlocks_stopsInsideTheAnalysis() {
    // the layout itself is fast; the budget runs out while the blocks are normalized
    var p = parser(new Scripted(s -> {
      Skeleton sk = lines(s);
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return sk;
    }), Duration.ofMillis(20));
    var e = assertThrows(LedeException.class, () -> p.parse("many.txt", "x\n".repeat(10)));
    assertTrue(e.getMessage().startsWith("many.txt: took longer than 20 ms"), e.getMessage());
  }

  @Test
  void parse_interruptedThread_throwsNamedError() {
    var p = parser(new Scripted(LedeParserLimitsTest::lines), Duration.ofSeconds(60));
    Thread.currentThread().interrupt();
    try {
      var e = assertThrows(LedeException.class, () -> p.parse("i.txt", "a\nb"));
      assertEquals("interrupted while parsing", e.reason());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void parse_layoutThrows_throwsLedeExceptionWithCause() {
    var p = parser(new Scripted(s -> {
      throw new IndexOutOfBoundsException("bug");
    }), Duration.ofSeconds(60));
    var e = assertThrows(LedeException.class, () -> p.parse("bug.txt", "text"));
    assertEquals("bug.txt", e.input());
    assertTrue(e.getCause() instanceof IndexOutOfBoundsException);
  }

  @Test
  void parse_layoutOverflowsStack_throwsLedeException() {
    var p = parser(new Scripted(s -> {
      recurse(0);
      return lines(s);
    }), Duration.ofSeconds(60));
    var e = assertThrows(LedeException.class, () -> p.parse("deep.txt", "text"));
    assertTrue(e.getCause() instanceof StackOverflowError);
    assertEquals("layout 'scripted' failed: stack overflow (input nested too deeply?)",
        e.reason());
  }

  @Test
  void parse_layoutReturnsNull_throwsNamedError() {
    var p = parser(new Scripted(s -> null), Duration.ofSeconds(60));
    var e = assertThrows(LedeException.class, () -> p.parse("null.txt", "text"));
    assertEquals("layout 'scripted' returned no skeleton", e.reason());
  }

  @Test
  void parse_layoutSpanOutOfBounds_throwsNamedError() {
    var p = parser(new Scripted(s -> Skeleton.builder()
        .block(new Block(BlockKind.PARAGRAPH, new Span(0, s.length() + 5), "x")).build()),
        Duration.ofSeconds(60));
    var e = assertThrows(LedeException.class, () -> p.parse("span.txt", "text"));
    assertEquals("span.txt", e.input());
    assertTrue(e.reason().contains("outside the text"), e.reason());
  }

  @Test
  void parse_inputFormatThrows_throwsNamedErrorNamingTheFormat() {
    InputFormat broken = new InputFormat() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public double accepts(String name, byte[] head) {
        return 1;
      }

      @Override
      public SourceText read(String name, byte[] bytes) {
        throw new IllegalStateException("oops");
      }
    };
    var p = Lede.builder().discoverPlugins(false).inputFormat(broken)
        .layout(new Scripted(LedeParserLimitsTest::lines)).build();
    var e = assertThrows(LedeException.class,
        () -> p.parse("b.bin", "x".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.reason().startsWith("input format 'broken' failed"), e.reason());
  }

  @Test
  void parse_withinBudget_returnsDocument() {
    Document d = parser(new Scripted(LedeParserLimitsTest::lines), Duration.ofSeconds(60))
        .parse("ok.txt", "one\ntwo");
    assertEquals(2, d.blocks().size());
  }

  @Test
  void builder_nonPositiveTime_rejectedWithValue() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Lede.builder().maxParseTime(Duration.ZERO));
    assertTrue(e.getMessage().contains("PT0S"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Lede.builder().maxParseTime(Duration.ofSeconds(-1)));
  }
}
