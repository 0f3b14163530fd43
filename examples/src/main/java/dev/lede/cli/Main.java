package dev.lede.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.Lede;
import dev.lede.LedeParser;
import dev.lede.formats.json.DocumentJson;
import dev.lede.formats.json.PersonClusterJson;
import dev.lede.persons.PersonCluster;
import dev.lede.persons.PersonIndex;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The {@code lede} command-line program ({@code java -jar lede.jar}): {@code parse},
 * {@code persons}, {@code layouts}. Output is UTF-8 whatever the platform's charset.
 *
 * <p>Exit status: 0 when every input was parsed, 1 when one or more failed (each named on standard
 * error as {@code lede: FILE: reason} or {@code lede: FILE:LINE: reason}, the others still
 * printed), 2 for a usage error.
 */
public final class Main {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    // the file descriptors themselves: System.out would hide write errors and may re-encode
    int status = run(args, new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err));
    System.exit(status);
  }

  /**
   * Runs the program in-process.
   *
   * @param args the command line
   * @param stdout where the JSON goes (written as UTF-8, flushed, not closed)
   * @param stderr where errors and usage go (UTF-8, flushed, not closed)
   * @return the exit status
   */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8));
    Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    Arguments a;
    try {
      a = Arguments.parse(Arrays.asList(args));
    } catch (Arguments.UsageException e) {
      new Errors(err, false).usage(e.reason());
      return USAGE;
    }
    Errors errors = new Errors(err, a.debug());
    try {
      switch (a.command()) {
        case HELP -> {
          out.write(Arguments.USAGE);
          out.flush();
        }
        case LAYOUTS -> withParser(errors, p -> layouts(p, out));
        case PARSE -> withParser(errors, p -> parse(a, p, out, errors));
        case PERSONS -> withParser(errors, p -> persons(a, p, out, errors));
      }
    } catch (IOException | OutputFailure e) {
      errors.fatal("cannot write the output: " + e.getMessage(), e);
    }
    return errors.failures() == 0 ? OK : FAILED;
  }

  /** A write to standard output failed: the run cannot go on. */
  private static final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private interface Step {
    void run(LedeParser parser) throws IOException;
  }

  private static void withParser(Errors errors, Step step) throws IOException {
    LedeParser parser;
    try {
      parser = Lede.builder().build();
    } catch (RuntimeException e) {
      errors.fatal(e.getMessage(), e);
      return;
    }
    step.run(parser);
  }

  private static void layouts(LedeParser parser, Writer out) throws IOException {
    for (String id : parser.layouts()) {
      out.write(id);
      out.write('\n');
    }
    out.flush();
  }

  private static void parse(Arguments a, LedeParser parser, Writer out, Errors errors)
      throws IOException {
    DocumentOutput output = a.jsonl() ? new DocumentOutput.JsonLines(out)
        : Inputs.isSingleDocument(a.inputs()) ? new DocumentOutput.Single(out)
        : new DocumentOutput.Array(out);
    output.begin();
    each(a, parser, errors, outcome -> {
      try {
        output.document(outcome.document());
      } catch (IOException e) {
        throw new OutputFailure(e);
      }
    });
    output.end();
  }

  private static void persons(Arguments a, LedeParser parser, Writer out, Errors errors)
      throws IOException {
    PersonIndex index = new PersonIndex();
    each(a, parser, errors, outcome -> index.add(outcome.document()));
    try (JsonGenerator g = DocumentJson.factory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(DocumentJson.prettyPrinter());
      g.writeStartArray();
      for (PersonCluster c : index.clusters()) {
        PersonClusterJson.write(c, g);
      }
      g.writeEndArray();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Parses every input in order and hands each document to {@code use}; a failure, in parsing or
   * in {@code use}, is that input's failure and the run goes on. Output failures end the run.
   */
  private static void each(Arguments a, LedeParser parser, Errors errors,
      Consumer<Outcome> use) {
    Parsing parsing = new Parsing(parser);
    try (Inputs inputs = new Inputs(a.inputs())) {
      while (inputs.hasNext()) {
        Outcome o = parsing.parse(inputs.next());
        if (o.failed()) {
          errors.failure(o.label(), o.reason(), o.cause());
          continue;
        }
        try {
          use.accept(o);
        } catch (OutputFailure e) {
          throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          errors.failure(o.label(), "cannot write its result: " + e, e);
        }
      }
    }
  }
}
