package dev.lede;

/**
 * The one unchecked exception of Lede: an input that cannot be used at all (binary, over a limit,
 * unreadable). Problems <em>inside</em> a usable text become {@code warnings} of its document
 * instead. The message always names the input and the reason.
 */
public class LedeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final String reason;
  private final long offset;

  public LedeException(String input, String reason) {
    this(input, reason, -1, null);
  }

  public LedeException(String input, String reason, Throwable cause) {
    this(input, reason, -1, cause);
  }

  /**
   * @param input the input's name
   * @param reason what is wrong, in words a user can act on
   * @param offset where in the input (byte or char offset), or -1 when it is the whole input
   * @param cause the underlying error, or null
   */
  public LedeException(String input, String reason, long offset, Throwable cause) {
    super(input + ": " + reason + (offset >= 0 ? " (at offset " + offset + ")" : ""), cause);
    this.input = input;
    this.reason = reason;
    this.offset = offset;
  }

  /** The name of the input that failed. */
  public String input() {
    return input;
  }

  /** Why it failed, without the input's name. */
  public String reason() {
    return reason + (offset >= 0 ? " (at offset " + offset + ")" : "");
  }

  /** The offset of the problem in the input, or -1. */
  public long offset() {
    return offset;
  }
}
