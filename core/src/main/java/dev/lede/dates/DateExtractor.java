package dev.lede.dates;

import dev.lede.model.BlockKind;
import dev.lede.model.DateMention;
import dev.lede.model.PartialDate;
import dev.lede.model.Published;
import dev.lede.text.AnalyzedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds dates in English and Russian text and resolves relative and year-less ones against the
 * publication date. Thread-safe.
 *
 * <p>Both languages' patterns are sought in every block, whatever the document's language, since
 * news texts quote across scripts. See {@code notes/readme-dates.md} for the patterns and the
 * resolution rules; in short, a month-day without a year takes the year nearest to the
 * publication date, relative words ({@code last year}, {@code вчера}) count from it, and what
 * cannot be resolved without a publication year is kept partial ({@code --03-04}) when it has a
 * month and day, and dropped otherwise. Navigation, breadcrumb and boilerplate blocks are page
 * chrome and are not searched.
 */
public final class DateExtractor {

  /**
   * @param blocks the document's blocks with their normalized texts
   * @param language {@code en}, {@code ru} or {@code und} (patterns of both are always sought)
   * @param published the publication date, or null when unknown
   * @return the dates in text order, with spans into the source text
   */
  public List<DateMention> extract(List<AnalyzedBlock> blocks, String language,
      Published published) {
    PartialDate pub = published == null ? null : published.value();
    List<DateMention> out = new ArrayList<>();
    for (AnalyzedBlock block : blocks) {
      if (isChrome(block.block().kind())) {
        continue;
      }
      String text = block.text();
      Tokens tokens = Tokenizer.tokenize(text);
      for (Found f : DateScanner.scan(tokens)) {
        Tense tense = needsTense(f) ? TenseCues.around(tokens, f.first(), f.last())
            : Tense.UNKNOWN;
        DateResolver.Resolved start = DateResolver.resolve(f.start(), pub, tense);
        if (start == null) {
          continue;
        }
        PartialDate end = f.end() == null ? null
            : DateResolver.resolveEnd(f.end(), start.value(), pub, tense);
        int begin = tokens.get(f.first()).begin();
        int stop = tokens.get(f.last()).end();
        out.add(new DateMention(text.substring(begin, stop), start.value(), start.relative(),
            block.norm().toSource(begin, stop), end));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Page chrome (menus, breadcrumbs, boilerplate such as a date prefix the layout already read
   * as the publication date) is not the article's text; footers and captions are.
   */
  private static boolean isChrome(BlockKind kind) {
    return kind == BlockKind.NAVIGATION || kind == BlockKind.BREADCRUMB
        || kind == BlockKind.BOILERPLATE;
  }

  private static boolean needsTense(Found f) {
    return f.start().anchor() == Expr.Anchor.INFER_YEAR;
  }

  /**
   * Reads the first written date in a short text, as layouts find them in date prefixes,
   * datelines and footers: {@code 2024-11-27}, {@code 27 November 2024}, {@code March 4},
   * {@code 4 марта}, {@code MOSCOW, March 4. /TASS/.}, {@code 27.11.2024 10:30}. Nothing is
   * resolved: a date without a year stays partial ({@code --03-04}); relative words and a month
   * alone are skipped. Raw text is fine (any white space, dash or hyphen look-alike).
   *
   * @return the date, or empty when the text holds none
   */
  public Optional<PartialDate> parseDate(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Found f : DateScanner.scan(Tokenizer.tokenize(text))) {
      DateResolver.Resolved r = DateResolver.resolve(f.start(), null, Tense.UNKNOWN);
      if (r != null) {
        return Optional.of(r.value());
      }
    }
    return Optional.empty();
  }
}
