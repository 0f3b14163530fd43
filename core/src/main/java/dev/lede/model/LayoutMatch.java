package dev.lede.model;

/** The layout plug-in that parsed a document and how sure its detection was, in [0, 1]. */
public record LayoutMatch(String id, double confidence) {

  public LayoutMatch {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("layout id is blank");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence not in [0, 1]: " + confidence);
    }
  }
}
