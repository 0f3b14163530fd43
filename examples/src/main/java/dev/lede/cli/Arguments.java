package dev.lede.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parsed command line: a command, its options and its inputs. Options may stand anywhere;
 * {@code --} ends them, so a file may be called {@code --jsonl}.
 */
record Arguments(Command command, boolean jsonl, boolean debug, int threads, boolean summary,
    Progress progress, List<String> inputs) {

  /** Whether to draw a progress bar on standard error. */
  enum Progress {
    /** Only when standard error is a terminal (the default). */
    AUTO,
    ON,
    OFF
  }

  /** {@code --threads} when not given: one parsing thread per processor. */
  static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  enum Command {
    PARSE, PERSONS, LAYOUTS, HELP;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  Arguments {
    inputs = List.copyOf(inputs);
  }

  /** Thrown for a command line that cannot be run; the CLI answers with exit status 2. */
  static final class UsageException extends dev.lede.LedeException {
    private static final long serialVersionUID = 1L;

    UsageException(String reason) {
      super("usage", reason);
    }
  }

  static Arguments parse(List<String> args) {
    if (args.isEmpty()) {
      throw new UsageException("no command given");
    }
    boolean jsonl = false;
    boolean debug = false;
    boolean summary = false;
    Progress progress = Progress.AUTO;
    Integer threads = null;
    boolean threadsNext = false;
    boolean help = false;
    boolean optionsEnded = false;
    String command = null;
    List<String> inputs = new ArrayList<>();
    for (String a : args) {
      if (threadsNext) {
        threads = threads(a);
        threadsNext = false;
      } else if (!optionsEnded && a.startsWith("--threads=")) {
        threads = threads(a.substring("--threads=".length()));
      } else if (!optionsEnded && a.startsWith("-") && a.length() > 1) {
        switch (a) {
          case "--" -> optionsEnded = true;
          case "--jsonl" -> jsonl = true;
          case "--debug" -> debug = true;
          case "--summary" -> summary = true;
          case "--progress" -> progress = Progress.ON;
          case "--no-progress" -> progress = Progress.OFF;
          case "--threads" -> threadsNext = true;
          case "--help", "-h" -> help = true;
          default -> throw new UsageException("unknown option '" + a + "'");
        }
      } else if (command == null) {
        command = a;
      } else {
        inputs.add(a);
      }
    }
    if (threadsNext) {
      throw new UsageException("--threads needs a number");
    }
    int n = threads == null ? defaultThreads() : threads;
    if (help) {
      return new Arguments(Command.HELP, false, debug, n, false, Progress.OFF, List.of());
    }
    if (command == null) {
      throw new UsageException("no command given");
    }
    Command c = switch (command) {
      case "parse" -> Command.PARSE;
      case "persons" -> Command.PERSONS;
      case "layouts" -> Command.LAYOUTS;
      case "help" -> Command.HELP;
      default -> throw new UsageException("unknown command '" + command + "'");
    };
    if (jsonl && c != Command.PARSE) {
      throw new UsageException("--jsonl is an option of 'parse' only");
    }
    if ((c == Command.PARSE || c == Command.PERSONS) && inputs.isEmpty()) {
      throw new UsageException("'" + c.id() + "' needs at least one FILE or DIR");
    }
    if ((c == Command.LAYOUTS || c == Command.HELP) && !inputs.isEmpty()) {
      throw new UsageException("'" + c.id() + "' takes no inputs");
    }
    return new Arguments(c, jsonl, debug, n, summary, progress, inputs);
  }

  private static int threads(String value) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--threads needs a number, not '" + value + "'");
    }
    if (n < 1 || n > 1024) {
      throw new UsageException("--threads must be between 1 and 1024: " + n);
    }
    return n;
  }

  static final String USAGE = """
      usage: lede parse [--jsonl] [OPTIONS] FILE|DIR...
             lede persons [OPTIONS] FILE|DIR...
             lede layouts
             lede --help

      commands:
        parse     one pretty JSON document for one file, a JSON array for several;
                  with --jsonl one compact document per line
        persons   a JSON array of persons merged across the documents
        layouts   the registered layouts, one per line

      inputs: a folder stands for its regular files sorted by name (not recursive, hidden
      files skipped); a .jsonl file is a corpus, one document per record.
      options:
        --threads N     parse N inputs at once (default: the number of processors); the
                        output keeps the input order whatever N
        --summary       a summary line on standard error at the end (default: only when
                        standard error is a terminal)
        --progress, --no-progress
                        force the progress bar on standard error on or off (default: on
                        when standard error is a terminal and the run takes a while)
        --debug         print stack traces of failures
      exit status: 0 all inputs parsed, 1 one or more failed, 2 usage error.
      """;
}
