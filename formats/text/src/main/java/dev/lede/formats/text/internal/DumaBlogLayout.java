package dev.lede.formats.text.internal;

import dev.lede.model.BlockKind;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Blog pages of a parliament site: a breadcrumb {@code Home » … » NAME » TITLE}, the title line,
 * the post, and a comments footer ({@code Comments are closed}). The blog owner, the breadcrumb
 * item before the title, is the author.
 */
public final class DumaBlogLayout implements LayoutParser {

  public static final String ID = "duma-blog";

  private static final Set<String> HOME_WORDS =
      Set.of("home", "main", "main page", "homepage", "главная", "главная страница");
  private static final List<String> COMMENT_FOOTERS = List.of("comments are closed",
      "comments are off", "comments closed", "комментарии закрыты",
      "комментирование закрыто");
  private static final int MAX_FOOTER_LENGTH = 60;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public double detect(SourceText source) {
    String text = source.text();
    Breadcrumb crumbs = breadcrumb(text);
    if (crumbs == null) {
      return 0;
    }
    double score = 0.45;
    if (HOME_WORDS.contains(lower(crumbs.first().of(text)))) {
      score += 0.15;
    }
    Piece next = TextSplitter.firstLine(text, crumbs.line().end());
    if (next != null && sameText(text, crumbs.last(), next)) {
      score += 0.2;
    }
    Piece last = TextSplitter.lastLine(text);
    if (last != null && isCommentsFooter(text, last)) {
      score += 0.15;
    }
    return Math.min(score, 0.95);
  }

  @Override
  public Skeleton parse(SourceText source) {
    String text = source.text();
    Skeleton.Builder out = Skeleton.builder();
    Breadcrumb crumbs = breadcrumb(text);
    int bodyStart = 0;
    if (crumbs != null) {
      out.block(crumbs.line().block(text, BlockKind.BREADCRUMB));
      bodyStart = crumbs.line().end();
      author(text, crumbs, out);
    }
    List<Piece> paragraphs = TextSplitter.paragraphs(text, bodyStart);
    boolean titled = false;
    for (int k = 0; k < paragraphs.size(); k++) {
      Piece p = paragraphs.get(k);
      boolean isLast = k == paragraphs.size() - 1;
      if (k == 0 && isTitle(text, crumbs, p, paragraphs.size() > 1)) {
        out.title(p.snippet(text));
        out.block(p.block(text, BlockKind.TITLE));
        titled = true;
      } else if (isLast && k > 0 && isCommentsFooter(text, p)) {
        out.block(p.block(text, BlockKind.FOOTER));
      } else {
        out.block(p.block(text, BlockKind.PARAGRAPH));
      }
    }
    if (crumbs != null && !titled) {
      // the page's own title line is missing: the breadcrumb's last item names the page
      out.title(crumbs.last().snippet(text));
    }
    return out.build();
  }

  /** The breadcrumb item before the title names the blog's owner when it reads as a name. */
  private static void author(String text, Breadcrumb crumbs, Skeleton.Builder out) {
    List<Piece> items = crumbs.items();
    Piece owner = items.get(items.size() - 2); // a trail has at least three items
    if (PersonNames.looksLikePersonName(text, owner)) {
      out.author(owner.snippet(text));
    }
  }

  /** The trail on the first line, or null. */
  private static Breadcrumb breadcrumb(String text) {
    Piece first = TextSplitter.firstLine(text, 0);
    return first == null ? null : Breadcrumb.read(text, first);
  }

  private static boolean isTitle(String text, Breadcrumb crumbs, Piece p, boolean moreFollows) {
    return (crumbs != null && sameText(text, crumbs.last(), p))
        || (moreFollows && Titles.looksLikeTitle(text, p));
  }

  private static boolean isCommentsFooter(String text, Piece p) {
    if (p.end() - p.begin() > MAX_FOOTER_LENGTH) {
      return false;
    }
    String s = lower(p.of(text));
    for (String f : COMMENT_FOOTERS) {
      if (s.startsWith(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two pieces hold the same words, white space aside; a breadcrumb item cut short with
   * an ellipsis matches the start of the title.
   */
  static boolean sameText(String text, Piece crumb, Piece line) {
    String a = squeeze(crumb.of(text));
    String b = squeeze(line.of(text));
    if (a.equals(b)) {
      return true;
    }
    String cut = a.endsWith("…") ? a.substring(0, a.length() - 1)
        : a.endsWith("...") ? a.substring(0, a.length() - 3) : null;
    return cut != null && cut.length() >= 10 && b.startsWith(cut.strip());
  }

  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextSplitter.isBlank(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
