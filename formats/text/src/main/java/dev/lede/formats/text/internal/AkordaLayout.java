package dev.lede.formats.text.internal;

import dev.lede.model.BlockKind;
import dev.lede.model.Outlet;
import dev.lede.model.Published;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.List;

/**
 * Articles of the presidential site: {@code " date YYYY-MM-DD TITLE"} on the first line,
 * paragraphs, {@code * * *} separators, and the note {@code ///originally published on the
 * website Akorda.kz, 27 November 2024} glued to the last paragraph, which becomes a footer block
 * of its own. The date stamp becomes a {@code boilerplate} block, so the title block holds the
 * title alone. The author is named in the title after {@code by} and the author's offices.
 */
public final class AkordaLayout implements LayoutParser {

  public static final String ID = "akorda";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public double detect(SourceText source) {
    String text = source.text();
    double score = 0;
    DatePrefix prefix = DatePrefix.read(text);
    if (prefix != null) {
      score += 0.3;
      if (Titles.isTitleParagraph(text, TextSplitter.paragraphs(text, prefix.prefix().end()))) {
        score += 0.15;
      }
    }
    List<Piece> paragraphs = TextSplitter.paragraphs(text);
    if (!paragraphs.isEmpty()
        && PublishedNote.find(text, paragraphs.get(paragraphs.size() - 1)) != null) {
      score += 0.45;
    }
    if (score > 0 && paragraphs.stream().anyMatch(p -> Separators.isSeparator(text, p))) {
      score += 0.1;
    }
    return Math.min(score, 0.95);
  }

  @Override
  public Skeleton parse(SourceText source) {
    String text = source.text();
    Skeleton.Builder out = Skeleton.builder();
    DatePrefix prefix = DatePrefix.read(text);
    int bodyStart = DatePrefix.addTo(text, prefix, out);
    List<Piece> paragraphs = TextSplitter.paragraphs(text, bodyStart);
    int k = 0;
    if (Titles.isTitleParagraph(text, paragraphs)) {
      Piece title = paragraphs.get(0);
      out.title(title.snippet(text));
      out.block(title.block(text, BlockKind.TITLE));
      Piece author = PersonNames.nameAfterBy(text, title);
      if (author != null) {
        out.author(author.snippet(text));
      }
      k = 1;
    }
    for (; k < paragraphs.size(); k++) {
      Piece p = paragraphs.get(k);
      PublishedNote note = k == paragraphs.size() - 1 ? PublishedNote.find(text, p) : null;
      if (note != null) {
        footer(text, p, note, prefix, out);
      } else {
        out.block(p.block(text,
            Separators.isSeparator(text, p) ? BlockKind.SEPARATOR : BlockKind.PARAGRAPH));
      }
    }
    return out.build();
  }

  /** Splits the note off its paragraph and reads the site and the date in it. */
  private static void footer(String text, Piece paragraph, PublishedNote note, DatePrefix prefix,
      Skeleton.Builder out) {
    Piece before = TextSplitter.trim(text, paragraph.begin(), note.note().begin());
    if (before != null) {
      out.block(before.block(text, BlockKind.PARAGRAPH));
    }
    out.block(note.note().block(text, BlockKind.FOOTER));
    if (note.outlet() != null) {
      out.outlet(new Outlet(note.outlet().of(text), note.outlet().span()));
    }
    if (note.value() == null) {
      return;
    }
    boolean hasPrefixDate = prefix != null && prefix.value() != null;
    if (!hasPrefixDate) {
      out.published(new Published(note.value(), note.date().of(text), note.date().span(),
          "footer"));
    } else if (!prefix.value().equals(note.value())) {
      out.warning("akorda: the date stamp " + prefix.value() + " and the footer's date "
          + note.value() + " disagree; kept the date stamp");
    }
  }
}
