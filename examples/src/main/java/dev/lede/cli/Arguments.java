package dev.lede.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parsed command line: a command, its options and its inputs. Options may stand anywhere;
 * {@code --} ends them, so a file may be called {@code --jsonl}.
 */
record Arguments(Command command, boolean jsonl, boolean debug, List<String> inputs) {

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
    boolean help = false;
    boolean optionsEnded = false;
    String command = null;
    List<String> inputs = new ArrayList<>();
    for (String a : args) {
      if (!optionsEnded && a.startsWith("-") && a.length() > 1) {
        switch (a) {
          case "--" -> optionsEnded = true;
          case "--jsonl" -> jsonl = true;
          case "--debug" -> debug = true;
          case "--help", "-h" -> help = true;
          default -> throw new UsageException("unknown option '" + a + "'");
        }
      } else if (command == null) {
        command = a;
      } else {
        inputs.add(a);
      }
    }
    if (help) {
      return new Arguments(Command.HELP, false, debug, List.of());
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
    return new Arguments(c, jsonl, debug, inputs);
  }

  static final String USAGE = """
      usage: lede parse [--jsonl] [--debug] FILE|DIR...
             lede persons [--debug] FILE|DIR...
             lede layouts
             lede --help

      commands:
        parse     one pretty JSON document for one file, a JSON array for several;
                  with --jsonl one compact document per line
        persons   a JSON array of persons merged across the documents
        layouts   the registered layouts, one per line

      inputs: a folder stands for its regular files sorted by name (not recursive, hidden
      files skipped); a .jsonl file is a corpus, one document per record.
      options: --debug prints stack traces of failures.
      exit status: 0 all inputs parsed, 1 one or more failed, 2 usage error.
      """;
}
