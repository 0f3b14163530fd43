package dev.lede.spi;

/**
 * Turns the bytes of one input into a {@link SourceText}: charset detection for plain text, a
 * markup or document parser for HTML, PDF, DOCX. Found with {@link java.util.ServiceLoader}.
 */
public interface InputFormat {

  /** A short stable id ({@code plain-text}, {@code tika}). */
  String id();

  /**
   * How well this format reads the input, in [0, 1], judged by its content first and its name
   * second; 0 when it cannot read it at all.
   *
   * @param name the input's name (a file name or path), may be used as a hint
   * @param head the first bytes of the input (up to a few kilobytes)
   */
  double accepts(String name, byte[] head);

  /**
   * Decodes the input.
   *
   * @throws dev.lede.LedeException when the input is unusable (binary, truncated, over a limit)
   */
  SourceText read(String name, byte[] bytes);

  /** Breaks ties between equal scores: higher wins. */
  default int priority() {
    return 0;
  }
}
