package dev.lede.cli;

import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;

/**
 * A test-only layout with a bug: it claims texts holding {@link #MARKER} and then overflows the
 * stack, as a runaway recursion in a plug-in would. The CLI must fail that input only.
 */
public final class ExplodingLayout implements LayoutParser {

  public static final String MARKER = "LEDE-TEST-EXPLODE";

  @Override
  public String id() {
    return "test-exploding";
  }

  @Override
  public double detect(SourceText source) {
    return source.text().contains(MARKER) ? 1 : 0;
  }

  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }

  @Override
  public Skeleton parse(SourceText source) {
    throw new StackOverflowError("simulated runaway recursion");
  }
}
