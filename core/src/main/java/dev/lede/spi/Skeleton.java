package dev.lede.spi;

import dev.lede.model.Block;
import dev.lede.model.Dateline;
import dev.lede.model.Outlet;
import dev.lede.model.Published;
import dev.lede.model.Snippet;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link LayoutParser} finds in a text: blocks with kinds, and the layout's own signals
 * (title, publication date, dateline, outlet, authors). Block texts may be left as the raw source
 * slice: the core normalizes them afterwards.
 */
public record Skeleton(List<Block> blocks, Snippet title, Published published, Dateline dateline,
    Outlet outlet, List<Snippet> authors, List<String> warnings) {

  public Skeleton {
    blocks = List.copyOf(blocks);
    authors = List.copyOf(authors);
    warnings = List.copyOf(warnings);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects a skeleton while a parser walks the text. Not thread-safe; one per parse. */
  public static final class Builder {
    private final List<Block> blocks = new ArrayList<>();
    private final List<Snippet> authors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Snippet title;
    private Published published;
    private Dateline dateline;
    private Outlet outlet;

    private Builder() {}

    public Builder block(Block block) {
      blocks.add(block);
      return this;
    }

    public Builder title(Snippet value) {
      this.title = value;
      return this;
    }

    public Builder published(Published value) {
      this.published = value;
      return this;
    }

    public Builder dateline(Dateline value) {
      this.dateline = value;
      return this;
    }

    public Builder outlet(Outlet value) {
      this.outlet = value;
      return this;
    }

    public Builder author(Snippet value) {
      authors.add(value);
      return this;
    }

    public Builder warning(String value) {
      warnings.add(value);
      return this;
    }

    public List<Block> blocks() {
      return blocks;
    }

    public Skeleton build() {
      return new Skeleton(blocks, title, published, dateline, outlet, authors, warnings);
    }
  }
}
