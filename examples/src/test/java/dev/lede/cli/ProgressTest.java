package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean bar, boolean summary) {
    return new Progress(new PrintWriter(err), bar, summary, now::get);
  }

  private void advanceSeconds(double s) {
    now.addAndGet((long) (s * 1e9));
  }

  @Test
  void barLine_halfDone_showsShareRateAndTimeLeft() {
    Progress p = progress(true, false);
    p.total(20_000_000);
    advanceSeconds(2);
    p.done(10_000_000, false);
    String line = p.barLine(now.get());
    assertTrue(line.startsWith(" 50% [############------------] 1 docs"), line);
    assertTrue(line.contains("10.0/20.0 MB"), line);
    assertTrue(line.contains("5.0 MB/s"), line);
    assertTrue(line.endsWith("0:00:02 left"), line);
  }

  @Test
  void barLine_totalNotYetKnown_showsNoPercentage() {
    Progress p = progress(true, false);
    advanceSeconds(1);
    p.done(3_000_000, true);
    String line = p.barLine(now.get());
    assertEquals("1 docs  3.0 MB  3.0 MB/s  1 failed", line);
  }

  @Test
  void done_shortRun_drawsNothing() {
    Progress p = progress(true, false);
    p.done(100, false);
    p.finish();
    assertEquals("", err.toString());
  }

  @Test
  void done_longRun_drawsTheBarAndFinishWipesIt() {
    Progress p = progress(true, false);
    advanceSeconds(1.5);
    p.done(2_000_000, false);
    String drawn = err.toString();
    assertTrue(drawn.startsWith("\r1 docs"), drawn);
    p.finish();
    String all = err.toString();
    assertTrue(all.endsWith("\r"), "the bar is wiped at the end: " + all);
    assertFalse(all.contains("\n"), all);
  }

  @Test
  void finish_withSummary_printsOneLine() {
    Progress p = progress(false, true);
    p.done(1_500_000, false);
    p.done(500_000, true);
    advanceSeconds(4);
    p.finish();
    assertEquals("lede: 1 documents, 2.00 MB in 4.0 s (0.50 MB/s), 1 failure\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }
}
