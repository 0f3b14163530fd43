package dev.lede.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Whether the process's standard error is a terminal, without native code. */
final class Terminal {

  private Terminal() {}

  /**
   * True when file descriptor 2 is a terminal. On Linux the answer comes from
   * {@code /proc/self/fd/2}; elsewhere from {@link System#console()}, which on Java 17 also needs
   * standard input and output to be terminals, so a redirected output errs on the silent side.
   * {@code TERM=dumb} is never a terminal for drawing.
   */
  static boolean stderrIsTerminal() {
    String term = System.getenv("TERM");
    if (term != null && term.toLowerCase(Locale.ROOT).equals("dumb")) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(Path.of("/proc/self/fd"))) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
