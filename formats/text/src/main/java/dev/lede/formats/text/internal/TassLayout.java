package dev.lede.formats.text.internal;

import dev.lede.model.BlockKind;
import dev.lede.model.Dateline;
import dev.lede.model.Outlet;
import dev.lede.model.PartialDate;
import dev.lede.model.Published;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import dev.lede.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Wire stories of the TASS site: an {@code All news} navigation line, the title, the lead, then
 * the body opening with the dateline {@code MOSCOW, March 4. /TASS/.}. The dateline gives the
 * place, a month-day publication date and the outlet.
 */
public final class TassLayout implements LayoutParser {

  public static final String ID = "tass";

  private static final Set<String> NAVIGATION =
      Set.of("all news", "все новости", "news", "новости", "back to news", "к списку новостей");
  private static final Set<String> OWN_AGENCY = Set.of("tass", "тасс", "itar-tass", "итар-тасс");
  /** The dateline opens the body, after navigation, title, lead and perhaps a caption. */
  private static final int DATELINE_WITHIN = 6;

  private static final Normalizer NORMALIZER = new Normalizer();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public double detect(SourceText source) {
    String text = source.text();
    List<Piece> paragraphs = TextSplitter.paragraphs(text);
    if (paragraphs.isEmpty()) {
      return 0;
    }
    double score = 0;
    int k = 0;
    if (isNavigation(text, paragraphs.get(0))) {
      score += 0.2;
      k = 1;
    }
    int d = datelineIndex(text, paragraphs, k);
    if (d >= 0) {
      score += 0.55;
      WireDateline dl = WireDateline.read(text, paragraphs.get(d));
      if (OWN_AGENCY.contains(dl.agency().of(text).toLowerCase(Locale.ROOT))) {
        score += 0.15;
      }
      if (d > k && Titles.looksLikeTitle(text, paragraphs.get(k))) {
        score += 0.1;
      }
    }
    return Math.min(score, 0.97);
  }

  @Override
  public Skeleton parse(SourceText source) {
    String text = source.text();
    Skeleton.Builder out = Skeleton.builder();
    List<Piece> paragraphs = TextSplitter.paragraphs(text);
    int k = 0;
    if (!paragraphs.isEmpty() && isNavigation(text, paragraphs.get(0))) {
      out.block(paragraphs.get(0).block(text, BlockKind.NAVIGATION));
      k = 1;
    }
    int d = datelineIndex(text, paragraphs, k);
    if (k < paragraphs.size() && k != d && paragraphs.size() > k + 1
        && Titles.looksLikeTitle(text, paragraphs.get(k))) {
      Piece title = paragraphs.get(k);
      out.title(title.snippet(text));
      out.block(title.block(text, BlockKind.TITLE));
      k++;
    }
    // what stands between the title and the dateline is the lead
    for (; k < d; k++) {
      out.block(paragraphs.get(k).block(text, BlockKind.LEAD));
    }
    for (; k < paragraphs.size(); k++) {
      out.block(paragraphs.get(k).block(text, BlockKind.PARAGRAPH));
    }
    if (d >= 0) {
      dateline(text, WireDateline.read(text, paragraphs.get(d)), out);
    }
    return out.build();
  }

  private static void dateline(String text, WireDateline dl, Skeleton.Builder out) {
    String dateText = dl.date().of(text);
    out.dateline(new Dateline(dl.place().of(text), dateText,
        NORMALIZER.normalize(dl.whole().of(text)), dl.whole().span()));
    Optional<PartialDate> date = Dates.parse(dateText);
    date.ifPresent(v -> out.published(new Published(v, dateText, dl.date().span(), "dateline")));
    out.outlet(new Outlet(dl.agency().of(text), dl.agency().span()));
  }

  /** The index of the first paragraph from {@code from} that opens with a dateline, or -1. */
  private static int datelineIndex(String text, List<Piece> paragraphs, int from) {
    int to = Math.min(paragraphs.size(), from + DATELINE_WITHIN);
    for (int k = from; k < to; k++) {
      if (WireDateline.read(text, paragraphs.get(k)) != null) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isNavigation(String text, Piece p) {
    return p.end() - p.begin() <= 30
        && NAVIGATION.contains(p.of(text).toLowerCase(Locale.ROOT).strip());
  }
}
