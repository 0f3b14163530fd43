package dev.lede.formats.tika;

import dev.lede.spi.LayoutParser;
import dev.lede.spi.LayoutParserContract;

/** The shared layout contract, for {@link DocxLayout}. */
class DocxLayoutProperties implements LayoutParserContract {
  @Override
  public LayoutParser parser() {
    return new DocxLayout();
  }
}
