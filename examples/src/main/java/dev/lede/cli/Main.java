package dev.lede.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.Lede;
import dev.lede.LedeParser;
import dev.lede.formats.json.DocumentJson;
import dev.lede.formats.json.PersonClusterJson;
import dev.lede.model.Document;
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
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;

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
        new FileOutputStream(FileDescriptor.err), Terminal.stderrIsTerminal());
    System.exit(status);
  }

  /**
   * Runs the program in-process, as if standard error were not a terminal: no progress bar and
   * no summary unless asked for with {@code --progress} or {@code --summary}.
   *
   * @param args the command line
   * @param stdout where the JSON goes (written as UTF-8, flushed, not closed)
   * @param stderr where errors and usage go (UTF-8, flushed, not closed)
   * @return the exit status
   */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    return run(args, stdout, stderr, false);
  }

  static int run(String[] args, OutputStream stdout, OutputStream stderr,
      boolean stderrIsTerminal) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8));
    Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8),
        64 * 1024);
    Arguments a;
    try {
      a = Arguments.parse(Arrays.asList(args));
    } catch (Arguments.UsageException e) {
      new Errors(err, false).usage(e.reason());
      return USAGE;
    }
    Errors errors = new Errors(err, a.debug());
    Progress progress = progress(a, err, stderrIsTerminal);
    errors.beforeMessage(progress::clear);
    try {
      switch (a.command()) {
        case HELP -> {
          out.write(Arguments.USAGE);
          out.flush();
        }
        case LAYOUTS -> withParser(errors, p -> layouts(p, out));
        case PARSE -> withParser(errors, p -> parse(a, p, out, errors, progress));
        case PERSONS -> withParser(errors, p -> persons(a, p, out, errors, progress));
      }
    } catch (IOException | OutputFailure e) {
      errors.fatal("cannot write the output: " + e.getMessage(), e);
    } finally {
      progress.finish();
    }
    return errors.failures() == 0 ? OK : FAILED;
  }

  /**
   * The bar when asked for, or by default when standard error is a terminal; the summary line
   * with {@code --summary} or when standard error is a terminal. Pipelines and tests, whose
   * standard error is a file or a pipe, see neither unless they ask.
   */
  private static Progress progress(Arguments a, PrintWriter err, boolean terminal) {
    boolean counts = a.command() == Arguments.Command.PARSE
        || a.command() == Arguments.Command.PERSONS;
    if (!counts) {
      return Progress.silent(err);
    }
    boolean bar = a.progress() == Arguments.Progress.ON
        || (a.progress() == Arguments.Progress.AUTO && terminal);
    Progress p = new Progress(err, bar, a.summary() || terminal, System::nanoTime);
    if (bar) {
      // sizes are summed beside the run: a folder of a million files must not delay the first
      // document
      Thread t = new Thread(() -> p.total(Inputs.totalBytes(a.inputs())), "lede-sizes");
      t.setDaemon(true);
      t.start();
    }
    return p;
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

  private static void parse(Arguments a, LedeParser parser, Writer out, Errors errors,
      Progress progress) throws IOException {
    DocumentOutput output = a.jsonl() ? new DocumentOutput.JsonLines(out)
        : Inputs.isSingleDocument(a.inputs()) ? new DocumentOutput.Single(out)
        : new DocumentOutput.Array(out);
    output.begin();
    each(a, parser, errors, progress, output::render, done -> {
      try {
        output.write(done.rendered());
      } catch (IOException e) {
        throw new OutputFailure(e);
      }
    }, () -> {
      try {
        output.flush();
      } catch (IOException e) {
        throw new OutputFailure(e);
      }
    });
    output.end();
  }

  private static void persons(Arguments a, LedeParser parser, Writer out, Errors errors,
      Progress progress) throws IOException {
    PersonIndex index = new PersonIndex();
    // the index is filled on this thread in input order, so clusters and ids do not depend on
    // --threads
    each(a, parser, errors, progress, null, done -> index.add(done.outcome().document()), () -> {});
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

  /** An input with its size in bytes (for the in-flight window and the progress bar). */
  private record Sized(Input input, long bytes) {}

  /** An input parsed (and rendered, when the output renders), on a parsing thread. */
  private record Done(Outcome outcome, String rendered, long bytes) {}

  /**
   * Parses every input on {@code --threads} threads and hands each document to {@code use} on
   * this thread, in input order; a failure, in parsing, rendering or in {@code use}, is that
   * input's failure and the run goes on. Output failures end the run.
   *
   * @param render turns a document into its output text on the parsing thread, or null
   * @param idle called when the run waits for a document (the moment to flush)
   */
  private static void each(Arguments a, LedeParser parser, Errors errors, Progress progress,
      Function<Document, String> render, Consumer<Done> use, Runnable idle) {
    Parsing parsing = new Parsing(parser);
    Ordered<Sized, Done> ordered = Ordered.forThreads(a.threads());
    try (Inputs inputs = new Inputs(a.inputs())) {
      Iterator<Sized> sized = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return inputs.hasNext();
        }

        @Override
        public Sized next() {
          Input in = inputs.next();
          return new Sized(in, sizeOf(in));
        }
      };
      ordered.run(sized, Sized::bytes, s -> parseAndRender(parsing, s, render), done -> {
        Outcome o = done.outcome();
        if (o.failed()) {
          errors.failure(o.label(), o.reason(), o.cause());
          progress.done(done.bytes(), true);
          return;
        }
        try {
          use.accept(done);
        } catch (OutputFailure e) {
          throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          errors.failure(o.label(), "cannot write its result: " + e, e);
          progress.done(done.bytes(), true);
          return;
        }
        progress.done(done.bytes(), false);
      }, idle);
    }
  }

  private static Done parseAndRender(Parsing parsing, Sized s, Function<Document, String> render) {
    Outcome o = parsing.parse(s.input());
    if (o.failed() || render == null) {
      return new Done(o, null, s.bytes());
    }
    try {
      return new Done(o, render.apply(o.document()), s.bytes());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Done(Outcome.failed(o.label(), "cannot write its result: " + e, e), null,
          s.bytes());
    }
  }

  private static long sizeOf(Input in) {
    if (in instanceof Input.File f) {
      return Inputs.sizeOrZero(f.path());
    }
    if (in instanceof Input.Record r) {
      return r.bytes();
    }
    return 0;
  }
}
