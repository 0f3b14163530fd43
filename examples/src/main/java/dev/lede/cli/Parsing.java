package dev.lede.cli;

import dev.lede.LedeException;
import dev.lede.LedeParser;

/**
 * Parses one input, turning anything that goes wrong inside it into that input's failure: a
 * {@link LedeException}, a bug in a plug-in ({@link RuntimeException}), even a
 * {@link StackOverflowError} or {@link OutOfMemoryError}. The run goes on with the next input.
 */
final class Parsing {

  private final LedeParser parser;

  Parsing(LedeParser parser) {
    this.parser = parser;
  }

  Outcome parse(Input input) {
    String label = input.label();
    try {
      if (input instanceof Input.File f) {
        return Outcome.parsed(label, parser.parse(f.path()));
      }
      if (input instanceof Input.Record r) {
        if (r.item().failed()) {
          return Outcome.failed(label, r.item().error().reason(), r.item().error());
        }
        return Outcome.parsed(label, parser.parse(r.item().source()));
      }
      Input.Failed failed = (Input.Failed) input;
      return Outcome.failed(label, failed.reason(), failed.cause());
    } catch (LedeException e) {
      return Outcome.failed(label, e.reason(), e);
    } catch (RuntimeException e) {
      return Outcome.failed(label, "internal error: " + e, e);
    } catch (StackOverflowError e) {
      return Outcome.failed(label, "stack overflow while parsing", e);
    } catch (OutOfMemoryError e) {
      return Outcome.failed(label, "out of memory while parsing", e);
    }
  }
}
