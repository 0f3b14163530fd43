package dev.lede.persons;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LowercaseScanTest {

  @Test
  void seen_wordWrittenInLowercase_true() {
    LowercaseScan scan = new LowercaseScan();
    scan.ask("speaks");
    scan.ask("путин");
    scan.scan("Hillary Speaks. She speaks, и путин тоже.");
    assertTrue(scan.seen("speaks"));
    assertTrue(scan.seen("путин"));
  }

  @Test
  void seen_wordOnlyCapitalizedOrInsideLongerWord_false() {
    LowercaseScan scan = new LowercaseScan();
    scan.ask("clinton");
    scan.ask("ров");
    scan.scan("Clinton said: the Clintons. Петров и Сидоров");
    assertFalse(scan.seen("clinton"));
    assertFalse(scan.seen("ров"));
  }

  @Test
  void seen_hyphenatedRun_matchesWholeRunOnly() {
    LowercaseScan scan = new LowercaseScan();
    scan.ask("из-за");
    scan.ask("из");
    scan.ask("don");
    scan.scan("из-за дождя; don't");
    assertTrue(scan.seen("из-за"));
    assertFalse(scan.seen("из"));
    // an apostrophe ends a word of the scan: don't is don and t
    assertTrue(scan.seen("don"));
  }

  @Test
  void seen_manyAskedWords_tableGrowsAndKeepsMarks() {
    LowercaseScan scan = new LowercaseScan();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      scan.ask(name(i));
      if (i % 2 == 0) {
        text.append(name(i)).append(' ');
      }
    }
    scan.scan(text.toString());
    for (int i = 0; i < 500; i++) {
      if (i % 2 == 0) {
        assertTrue(scan.seen(name(i)), name(i));
      } else {
        assertFalse(scan.seen(name(i)), name(i));
      }
    }
  }

  /** A distinct lowercase word for each number: q and its base-26 digits as letters. */
  private static String name(int i) {
    StringBuilder b = new StringBuilder("q");
    for (int k = i; k > 0; k /= 26) {
      b.append((char) ('a' + k % 26));
    }
    return b.toString();
  }
}
