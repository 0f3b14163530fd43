package dev.lede.formats.tika.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body of a page (as Tika's HTML parser reports it through {@link PageMapper}) into
 * {@link PageBlock}s, with the signals for telling article from boilerplate: tag names
 * ({@code nav}, {@code header}, {@code footer}, {@code aside}), ARIA roles, words in
 * {@code class}/{@code id}, and link text. Also notes the first {@code <h1>} and
 * {@code <time datetime>}. Event-driven with explicit counters, so nesting depth costs no stack.
 */
final class PageHandler extends DefaultHandler {

  /** Elements that end one block and start another. */
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt",
      "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "article", "section", "main",
      "header", "footer", "nav", "aside", "table", "tr", "td", "th", "figure", "figcaption", "br",
      "hr", "form", "fieldset", "address", "center", "menu", "body", "caption", "details",
      "summary");

  /** Containers that enclose site chrome rather than the article. */
  private static final Set<String> BOILER_TAGS = Set.of("nav", "header", "footer", "aside",
      "menu");

  private static final Set<String> BOILER_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "menu", "menubar", "search", "dialog");

  /** Words of class and id values that mark site chrome, promos and lists of other stories. */
  private static final Set<String> BOILER_WORDS = Set.of("nav", "navbar", "navigation", "menu",
      "footer", "sidebar", "aside", "promo", "promotion", "related", "popular",
      "mostread", "trending", "share", "sharing", "social", "comment", "comments", "breadcrumb",
      "breadcrumbs", "banner", "ad", "ads", "advert", "adv", "advertisement", "subscribe",
      "subscription", "newsletter", "widget", "tags", "cookie", "cookies", "login", "signup",
      "copyright", "recommend", "recommended", "recommendations", "readmore", "teaser", "teasers",
      "rss", "toolbar", "masthead", "topbar", "pagination", "pager", "hidden", "modal", "popup",
      "sponsored", "outbrain", "taboola", "byline-social", "more-news", "also", "lenta",
      "informer", "footnote-nav");

  private static final Set<String> ARTICLE_WORDS = Set.of("article", "content", "story", "post",
      "entry", "text", "body", "main", "news", "material", "publication", "lead");

  private static final int ANCESTORS = 6;

  private final Guard guard;
  private final List<PageBlock> blocks = new ArrayList<>();

  /** Per open element: bit 0 boilerplate, bit 1 article, bit 2 counted as container. */
  private int[] flags = new int[64];
  private int[] ids = new int[64];
  private int[] parents = new int[64];
  private int depth;
  private int nextId = 1;

  private int boilerDepth;
  private int articleDepth;
  private int linkDepth;
  private int headDepth;
  private int listDepth;
  private int heading;

  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private boolean pendingSpace;

  private String h1;
  private String time;
  private boolean timeIsPublication;

  PageHandler(Guard guard) {
    this.guard = guard;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    guard.tick();
    String tag = local.isEmpty() ? qName.toLowerCase(Locale.ROOT) : local;
    if (tag.equals("head")) {
      headDepth++;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
    }
    int f = 0;
    if (isBoiler(tag, atts)) {
      f |= 1;
      boilerDepth++;
    }
    if (tag.equals("article") || tag.equals("main") || hasWord(atts, ARTICLE_WORDS)
        || "articleBody".equals(atts.getValue("itemprop"))) {
      f |= 2;
      articleDepth++;
    }
    int id = 0;
    if (BLOCK_TAGS.contains(tag)) {
      id = nextId++;
      noteParent(id);
    }
    push(f, id);
    switch (tag) {
      case "a" -> linkDepth++;
      case "li" -> listDepth++;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = tag.charAt(1) - '0';
      case "time" -> noteTime(atts);
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    guard.tick();
    String tag = local.isEmpty() ? qName.toLowerCase(Locale.ROOT) : local;
    if (BLOCK_TAGS.contains(tag)) {
      flush();
    }
    switch (tag) {
      case "a" -> linkDepth = Math.max(0, linkDepth - 1);
      case "li" -> listDepth = Math.max(0, listDepth - 1);
      case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = 0;
      case "head" -> headDepth = Math.max(0, headDepth - 1);
      default -> { }
    }
    if (depth > 0) {
      int f = flags[--depth];
      if ((f & 1) != 0) {
        boilerDepth--;
      }
      if ((f & 2) != 0) {
        articleDepth--;
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    guard.count(length);
    if (headDepth > 0) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = text.length() > 0;
        continue;
      }
      if (pendingSpace) {
        text.append(' ');
        if (linkDepth > 0) {
          linkChars++;
        }
        pendingSpace = false;
      }
      text.append(c);
      if (linkDepth > 0) {
        linkChars++;
      }
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() {
    flush();
  }

  private void flush() {
    pendingSpace = false;
    if (text.length() == 0) {
      return;
    }
    String t = text.toString();
    if (heading == 1 && h1 == null) {
      h1 = t;
    }
    // the containers around the block's own element, nearest first: the element itself does
    // not vote for itself, or one long paragraph would outvote the article around it
    int[] anc = new int[ANCESTORS];
    int n = 0;
    boolean own = true;
    for (int i = depth - 1; i >= 0 && n < anc.length; i--) {
      if (ids[i] != 0) {
        if (own) {
          own = false;
          continue;
        }
        anc[n++] = ids[i];
      }
    }
    anc = java.util.Arrays.copyOf(anc, n);
    blocks.add(new PageBlock(t, innermostTag(), heading, Math.min(linkChars, t.length()),
        boilerDepth > 0, articleDepth > 0, listDepth > 0, anc));
    text.setLength(0);
    linkChars = 0;
  }

  private String innermostTag() {
    return heading > 0 ? "h" + heading : listDepth > 0 ? "li" : "p";
  }

  /** Records the nearest enclosing container of a new container. */
  private void noteParent(int id) {
    int parent = 0;
    for (int i = depth - 1; i >= 0; i--) {
      if (ids[i] != 0) {
        parent = ids[i];
        break;
      }
    }
    if (id >= parents.length) {
      parents = java.util.Arrays.copyOf(parents, Math.max(id + 1, parents.length * 2));
    }
    parents[id] = parent;
  }

  /** The container enclosing a container, or 0. */
  int parentOf(int id) {
    return id > 0 && id < parents.length ? parents[id] : 0;
  }

  private void push(int f, int id) {
    if (depth == flags.length) {
      flags = java.util.Arrays.copyOf(flags, depth * 2);
      ids = java.util.Arrays.copyOf(ids, depth * 2);
    }
    flags[depth] = f;
    ids[depth] = id;
    depth++;
  }

  private boolean isBoiler(String tag, Attributes atts) {
    if (BOILER_TAGS.contains(tag)) {
      // the header of an article holds its title and date, not site chrome
      return !(tag.equals("header") && articleDepth > 0);
    }
    String role = atts.getValue("role");
    if (role != null && BOILER_ROLES.contains(role.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (atts.getValue("hidden") != null || "true".equals(atts.getValue("aria-hidden"))) {
      return true;
    }
    // "header" as a class word is site chrome outside an article, the article's own header inside
    return hasWord(atts, BOILER_WORDS) || mostRead(atts)
        || (articleDepth == 0 && hasWord(atts, Set.of("header")));
  }

  /** "most-read", "most_popular", "mostRead": two words that only together mean a list. */
  private static boolean mostRead(Attributes atts) {
    String v = (nullToEmpty(atts.getValue("class")) + " " + nullToEmpty(atts.getValue("id")))
        .toLowerCase(Locale.ROOT);
    return v.contains("most") && (v.contains("read") || v.contains("popular")
        || v.contains("viewed"));
  }

  private static boolean hasWord(Attributes atts, Set<String> words) {
    return hasWord(atts.getValue("class"), words) || hasWord(atts.getValue("id"), words);
  }

  /** Splits a class or id value at non-letters and camel-case humps; linear. */
  static boolean hasWord(String value, Set<String> words) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : ' ';
      boolean hump = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || hump) {
        if (w.length() > 0 && words.contains(w.toString())) {
          return true;
        }
        w.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      }
    }
    return false;
  }

  private void noteTime(Attributes atts) {
    String dt = atts.getValue("datetime");
    if (dt == null || dt.isBlank()) {
      return;
    }
    boolean publication = "datePublished".equals(atts.getValue("itemprop"))
        || hasWord(atts.getValue("class"), Set.of("published", "publish", "pubdate", "date"));
    if (time == null || (publication && !timeIsPublication)) {
      time = dt.strip();
      timeIsPublication = publication;
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  List<PageBlock> blocks() {
    return List.copyOf(blocks);
  }

  String h1() {
    return h1;
  }

  String time() {
    return time;
  }
}
