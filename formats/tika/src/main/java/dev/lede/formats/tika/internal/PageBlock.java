package dev.lede.formats.tika.internal;

/**
 * One block-level piece of a page's body as the handler saw it, with the signals the selector
 * scores: where it sits (nearest container ids, innermost first), whether a boilerplate or an
 * article container encloses it, how much of it is link text.
 */
record PageBlock(String text, String tag, int heading, int linkChars, boolean boilerplate,
    boolean article, boolean listItem, int[] ancestors) {

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  boolean under(int container) {
    for (int a : ancestors) {
      if (a == container) {
        return true;
      }
    }
    return false;
  }
}
