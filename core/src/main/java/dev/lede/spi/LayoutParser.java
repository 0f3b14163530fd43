package dev.lede.spi;

/**
 * A plug-in that knows the layout of one kind of news text (one site's plain-text dump, say).
 * Implementations are found with {@link java.util.ServiceLoader} and must be stateless and
 * thread-safe.
 *
 * <p>The contract every implementation keeps (the {@code LayoutParserContract} properties check
 * it on arbitrary strings): {@link #detect} and {@link #parse} never throw on any text; every
 * block span lies inside the text; blocks do not overlap, are in text order, and every non-blank
 * character lies in exactly one block.
 */
public interface LayoutParser {

  /** A short stable id, written to {@code layout.id}: {@code tass}, {@code plain}, … */
  String id();

  /**
   * How sure this parser is that the text has its layout, in [0, 1]. The highest confidence wins;
   * judge by general signals of the layout, never by particular words of one article.
   */
  double detect(SourceText source);

  /** Splits the text into blocks and reads the layout's signals. */
  Skeleton parse(SourceText source);

  /**
   * Breaks ties between equal confidences: higher wins. Built-ins use 0 (the {@code plain}
   * fallback less); a user plug-in may return more to outrank them.
   */
  default int priority() {
    return 0;
  }
}
