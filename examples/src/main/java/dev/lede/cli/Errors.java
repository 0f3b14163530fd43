package dev.lede.cli;

import java.io.PrintWriter;

/**
 * Standard error of the CLI: {@code lede: LABEL: reason} per failure, a stack trace after it only
 * with {@code --debug}. Counts failures for the exit status.
 */
final class Errors {

  private final PrintWriter err;
  private final boolean debug;
  private int failures;

  Errors(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  void failure(String label, String reason, Throwable cause) {
    failures++;
    err.println("lede: " + label + ": " + reason);
    if (debug && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  /** A failure of the whole run (no input to blame). */
  void fatal(String reason, Throwable cause) {
    failures++;
    err.println("lede: " + reason);
    if (debug && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  void usage(String reason) {
    err.println("lede: usage: " + reason);
    err.print(Arguments.USAGE);
    err.flush();
  }

  int failures() {
    return failures;
  }
}
