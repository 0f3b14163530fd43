package dev.lede.formats.text.internal;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lede.formats.text.TextLayouts;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.SourceText;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Detection and parsing stay linear on long texts built from the layouts' own signals. */
class HostileInputTest {

  private static final int REPEAT = 20_000;

  @ParameterizedTest
  @ValueSource(strings = {"сообщает «", "передает Press.", " » ", "MOSCOW, /", "/// ",
      " date 2024-11-27 ", "by The The ", "Photo: ", "K.K.", "\r\n\r\n", "* * *\n",
      " News Agency reports", "«»«", "a\n"})
  void detectAndParse_longRepetitiveText_finishQuickly(String unit) {
    String text = unit.repeat(REPEAT);
    SourceText source = SourceText.of("hostile", text);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (LayoutParser p : TextLayouts.all()) {
        p.detect(source);
        Skeletons.checkBlocks(text, p.parse(source));
      }
    });
  }
}
