package dev.lede.formats.tika.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks a page's article blocks. Prose-like blocks (long, few links, outside site chrome) vote
 * for their enclosing containers, nearer ones more, article-marked ones more; the best-voted
 * container is the article, and its blocks that are not chrome or link lists are kept. A page
 * with no prose keeps every block that is not chrome.
 */
final class BlockSelector {

  private static final int PROSE_MIN = 40;
  private static final double MAX_LINK_DENSITY = 0.5;

  private BlockSelector() {}

  static List<PageBlock> select(List<PageBlock> blocks, java.util.function.IntUnaryOperator parentOf) {
    Map<Integer, Double> votes = new HashMap<>();
    for (PageBlock b : blocks) {
      if (!isProse(b)) {
        continue;
      }
      double score = 1 + Math.min(b.text().length() / 100.0, 3) + commas(b.text());
      if (b.article()) {
        score *= 1.5;
      }
      int[] anc = b.ancestors();
      for (int i = 0; i < anc.length; i++) {
        votes.merge(anc[i], score / (i + 1), Double::sum);
      }
    }
    List<PageBlock> out = new ArrayList<>();
    if (votes.isEmpty()) {
      for (PageBlock b : blocks) {
        if (!b.boilerplate() && b.linkDensity() <= MAX_LINK_DENSITY) {
          out.add(b);
        }
      }
      return out;
    }
    int best = 0;
    double bestVotes = -1;
    for (Map.Entry<Integer, Double> e : votes.entrySet()) {
      if (e.getValue() > bestVotes || (e.getValue() == bestVotes && e.getKey() < best)) {
        best = e.getKey();
        bestVotes = e.getValue();
      }
    }
    // prose beside the winning container (a lead above the body text) belongs to the article
    int outer = parentOf.applyAsInt(best);
    for (PageBlock b : blocks) {
      boolean inside = b.under(best) && !b.boilerplate() && keepInArticle(b);
      boolean beside = outer != 0 && !b.under(best) && b.ancestors().length > 0
          && b.ancestors()[0] == outer && isProse(b);
      if (inside || beside) {
        out.add(b);
      }
    }
    return out;
  }

  /** A block that reads like article prose. */
  static boolean isProse(PageBlock b) {
    return !b.boilerplate() && b.heading() == 0 && b.text().length() >= PROSE_MIN
        && b.linkDensity() <= MAX_LINK_DENSITY && !(b.listItem() && b.linkDensity() > 0.2);
  }

  /** Inside the article: drop link lists ("read also") and stray link-only lines. */
  private static boolean keepInArticle(PageBlock b) {
    if (b.linkDensity() > MAX_LINK_DENSITY) {
      return false;
    }
    return !(b.listItem() && b.linkDensity() > 0.2);
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && n < 10; i++) {
      if (s.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }
}
