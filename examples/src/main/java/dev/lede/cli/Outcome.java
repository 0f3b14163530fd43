package dev.lede.cli;

import dev.lede.model.Document;

/** What became of one input: a document, or the reason it failed (and the error, for --debug). */
record Outcome(String label, Document document, String reason, Throwable cause) {

  static Outcome parsed(String label, Document document) {
    return new Outcome(label, document, null, null);
  }

  static Outcome failed(String label, String reason, Throwable cause) {
    return new Outcome(label, null, reason, cause);
  }

  boolean failed() {
    return document == null;
  }
}
