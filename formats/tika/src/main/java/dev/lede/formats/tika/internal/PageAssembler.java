package dev.lede.formats.tika.internal;

import dev.lede.model.PartialDate;
import dev.lede.spi.SourceHints;
import java.util.List;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Turns what was read from a page into Lede's source text and hints: the title on the first line,
 * then the article's blocks, a blank line between each (the shape the text layouts expect), and
 * the page's metadata (title, publication date, author, site name, address).
 */
final class PageAssembler {

  /** Separators between a headline and the site's name in {@code <title>}, most specific first. */
  private static final String[] SEPARATORS = {" | ", " :: ", " // ", " — ", " – ", " - ", " · "};
  private static final String[] DATE_NAMES = {"article:published_time", "og:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "publication_date", "date",
      "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
      "parsely-pub-date", "mediator_published_time"};

  private PageAssembler() {}

  static Extracted assemble(Metadata md, PageHandler page, List<String> jsonLd, String charset) {
    String site = first(meta(md, "og:site_name"), jsonLdName(jsonLd, "publisher"),
        meta(md, "application-name"));
    String title = first(stripSite(meta(md, "og:title"), site, false), clean(page.h1()),
        jsonLdString(jsonLd, "headline"), stripSite(md.get(TikaCoreProperties.TITLE), site, true),
        stripSite(meta(md, "twitter:title"), site, false));
    PartialDate published = null;
    String from = null;
    String articleTime = meta(md, "article:published_time");
    String ldDate = jsonLdString(jsonLd, "datePublished");
    if (DateText.parse(articleTime) != null) {
      published = DateText.parse(articleTime);
    } else if (DateText.parse(ldDate) != null) {
      published = DateText.parse(ldDate);
    } else if (DateText.parse(page.time()) != null) {
      published = DateText.parse(page.time());
    } else {
      for (String n : DATE_NAMES) {
        if (DateText.parse(meta(md, n)) != null) {
          published = DateText.parse(meta(md, n));
          break;
        }
      }
    }
    if (published != null) {
      from = "metadata";
    }
    String author = first(notUrl(meta(md, "author")), notUrl(meta(md, "article:author")),
        jsonLdName(jsonLd, "author"));
    String url = first(meta(md, "og:url"), null);

    StringBuilder text = new StringBuilder();
    if (title != null) {
      text.append(title);
    }
    for (PageBlock b : BlockSelector.select(page.blocks(), page::parentOf)) {
      if (title != null && sameText(b.text(), title)) {
        continue; // the headline is already the first line
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(b.text());
    }
    return new Extracted(text.toString(), "text/html", charset,
        new SourceHints(title, published, from, author, site, url));
  }

  /**
   * A title without the site's name: removed when it equals the known site name, or, for
   * {@code <title>}, when a short part follows the last separator.
   */
  static String stripSite(String title, String site, boolean guess) {
    String t = clean(title);
    if (t == null) {
      return null;
    }
    for (String sep : SEPARATORS) {
      int at = t.lastIndexOf(sep);
      if (at > 0) {
        String head = t.substring(0, at).strip();
        String tail = t.substring(at + sep.length()).strip();
        boolean isSite = site != null && tail.equalsIgnoreCase(site.strip());
        if (isSite || (guess && tail.length() <= 40 && tail.length() < head.length())) {
          return head;
        }
      }
      int pre = t.indexOf(sep);
      if (pre > 0 && site != null && t.substring(0, pre).strip().equalsIgnoreCase(site.strip())) {
        return t.substring(pre + sep.length()).strip();
      }
    }
    return t;
  }

  private static boolean sameText(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  /** A metadata value by name, ignoring the case of the name; blank counts as absent. */
  private static String meta(Metadata md, String name) {
    String v = md.get(name);
    if (v == null) {
      for (String n : md.names()) {
        if (n.equalsIgnoreCase(name)) {
          v = md.get(n);
          break;
        }
      }
    }
    return clean(v);
  }

  private static String jsonLdString(List<String> jsonLd, String key) {
    for (String j : jsonLd) {
      String v = clean(JsonLd.string(j, key));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String jsonLdName(List<String> jsonLd, String key) {
    for (String j : jsonLd) {
      String v = clean(JsonLd.nameOf(j, key));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  /** Collapses white space; null for blank. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
