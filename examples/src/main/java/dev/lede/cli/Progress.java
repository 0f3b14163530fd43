package dev.lede.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a run on standard error: a one-line bar redrawn in place (documents, MB done of the
 * total, MB/s, time left) once the run has taken a second, and a summary line at the end. Both
 * are optional; with neither this prints nothing. Used from the main thread only, except
 * {@link #total}, which a background thread may set once it has summed the input sizes.
 */
final class Progress {

  /** Runs shorter than this never show a bar: it would only flicker. */
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean bar;
  private final boolean summary;
  private final LongSupplier clock;
  private final long start;
  private volatile long total = -1;
  private long bytes;
  private long documents;
  private long failures;
  private long lastDraw;
  private int drawnWidth;

  Progress(PrintWriter err, boolean bar, boolean summary, LongSupplier nanoClock) {
    this.err = err;
    this.bar = bar;
    this.summary = summary;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  /** Nothing at all: no bar, no summary. */
  static Progress silent(PrintWriter err) {
    return new Progress(err, false, false, System::nanoTime);
  }

  boolean drawsBar() {
    return bar;
  }

  /** The total input size in bytes, once known; until then the bar shows no percentage. */
  void total(long value) {
    total = value;
  }

  /** One input is done. */
  void done(long inputBytes, boolean failed) {
    bytes += Math.max(0, inputBytes);
    if (failed) {
      failures++;
    } else {
      documents++;
    }
    if (bar) {
      long now = clock.getAsLong();
      if (now - start >= SHOW_AFTER_NANOS && now - lastDraw >= REDRAW_NANOS) {
        lastDraw = now;
        draw(now);
      }
    }
  }

  /** Wipes the bar so that a message can be printed on a clean line; the next update redraws. */
  void clear() {
    if (drawnWidth > 0) {
      err.print('\r' + " ".repeat(drawnWidth) + '\r');
      err.flush();
      drawnWidth = 0;
    }
  }

  /** Ends the run: wipes the bar and prints the summary line if asked for. */
  void finish() {
    clear();
    if (summary) {
      err.println(summaryLine(clock.getAsLong()));
      err.flush();
    }
  }

  String summaryLine(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double mb = bytes / 1e6;
    return String.format(Locale.ROOT, "lede: %d documents, %.2f MB in %.1f s (%.2f MB/s), %d %s",
        documents, mb, seconds, mb / seconds, failures, failures == 1 ? "failure" : "failures");
  }

  String barLine(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = bytes / seconds;
    long all = total;
    StringBuilder line = new StringBuilder();
    if (all > 0) {
      double share = Math.min(1, bytes / (double) all);
      int filled = (int) Math.round(share * BAR_WIDTH);
      line.append(String.format(Locale.ROOT, "%3d%% [", Math.round(share * 100)))
          .append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
    }
    line.append(String.format(Locale.ROOT, "%d docs  ", documents + failures));
    if (all > 0) {
      line.append(String.format(Locale.ROOT, "%.1f/%.1f MB  ", bytes / 1e6, all / 1e6));
    } else {
      line.append(String.format(Locale.ROOT, "%.1f MB  ", bytes / 1e6));
    }
    line.append(String.format(Locale.ROOT, "%.1f MB/s", rate / 1e6));
    if (all > 0 && rate > 0) {
      long left = Math.max(0, Math.round((all - bytes) / rate));
      line.append(String.format(Locale.ROOT, "  %d:%02d:%02d left", left / 3600, left / 60 % 60,
          left % 60));
    }
    if (failures > 0) {
      line.append(String.format(Locale.ROOT, "  %d failed", failures));
    }
    return line.toString();
  }

  private void draw(long now) {
    String line = barLine(now);
    // pad over the remains of a longer previous line
    int pad = Math.max(0, drawnWidth - line.length());
    err.print('\r' + line + " ".repeat(pad));
    err.flush();
    drawnWidth = line.length();
  }
}
