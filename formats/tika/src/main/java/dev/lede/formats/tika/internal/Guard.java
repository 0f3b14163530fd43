package dev.lede.formats.tika.internal;

import org.xml.sax.SAXException;

/**
 * The per-input limits a content handler enforces as text arrives: a deadline and a maximum
 * amount of text. Checked on every SAX event, so a parser that keeps emitting is stopped soon
 * after a limit is crossed. One per parse; not thread-safe (the flag set by {@link #cancel()} is).
 */
final class Guard {

  private final long deadlineNanos;
  private final long maxChars;
  private long chars;
  private volatile boolean cancelled;

  Guard(long timeoutMillis, long maxChars) {
    this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
    this.maxChars = maxChars;
  }

  /** Asks the parse to stop at its next event (called by the waiting thread on timeout). */
  void cancel() {
    cancelled = true;
  }

  void tick() throws SAXException {
    if (cancelled || System.nanoTime() - deadlineNanos > 0) {
      throw new LimitException("time");
    }
  }

  void count(int length) throws SAXException {
    chars += length;
    if (chars > maxChars) {
      throw new LimitException("characters");
    }
    tick();
  }

  /** A limit was crossed; {@link #getMessage()} names which. */
  static final class LimitException extends SAXException {
    private static final long serialVersionUID = 1L;
    private final String limit;

    LimitException(String limit) {
      super("limit crossed: " + limit);
      this.limit = limit;
    }

    String limit() {
      return limit;
    }
  }
}
