package dev.lede.cli;

import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;

/** The test layout keeps the layout contract too, so the CLI tests stand on a sound plug-in. */
class ParagraphLayoutProperties implements LayoutParserContract {

  @Override
  public LayoutParser parser() {
    return new ParagraphLayout();
  }
}
