package dev.lede.model;

import java.util.Locale;

/** What a block of a document is. */
public enum BlockKind {
  NAVIGATION, BREADCRUMB, TITLE, LEAD, PARAGRAPH, CAPTION, SEPARATOR, FOOTER, BOILERPLATE;

  /** The JSON name: lower case. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BlockKind fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** Whether the block carries the article's own prose, where statements and dates are sought. */
  public boolean isContent() {
    return this == TITLE || this == LEAD || this == PARAGRAPH;
  }
}
