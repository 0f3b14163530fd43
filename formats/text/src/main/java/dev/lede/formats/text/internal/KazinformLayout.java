package dev.lede.formats.text.internal;

import dev.lede.model.BlockKind;
import dev.lede.model.Outlet;
import dev.lede.spi.LayoutParser;
import dev.lede.spi.Skeleton;
import dev.lede.spi.SourceText;
import java.util.Arrays;
import java.util.List;

/**
 * Stories of a Kazakh news agency: {@code " date YYYY-MM-DD "} and the lead at once on the first
 * line (no title line, so the title stays null), paragraphs, and photo credits
 * ({@code Photo: …}, also {@code Photo: Photo: …}) as captions. The outlet is the name before
 * {@code News Agency reports} or {@code correspondent reports}. The date stamp becomes a
 * {@code boilerplate} block.
 */
public final class KazinformLayout implements LayoutParser {

  public static final String ID = "kazinform";

  /** How an agency names itself at the end of a lead, after its own name. */
  private static final List<String> CUES = List.of(" News Agency reports",
      " news agency reports", " News Agency informs", " Agency reports", " correspondent reports",
      " correspondent informs", " correspondent writes");
  /** The agency names itself in the lead or soon after. */
  private static final int OUTLET_WITHIN = 3;
  /** A lead is a sentence, longer than a headline. */
  private static final int MIN_LEAD = 60;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public double detect(SourceText source) {
    String text = source.text();
    double score = 0;
    DatePrefix prefix = DatePrefix.read(text);
    int bodyStart = prefix == null ? 0 : prefix.prefix().end();
    List<Piece> paragraphs = TextSplitter.paragraphs(text, bodyStart);
    if (prefix != null) {
      score += 0.3;
      if (!paragraphs.isEmpty() && isLead(text, paragraphs.get(0))) {
        score += 0.2;
      }
    }
    if (outlet(text, paragraphs) != null) {
      score += 0.3;
    }
    if (score > 0 && paragraphs.stream().anyMatch(p -> Captions.isCaption(text, p))) {
      score += 0.15;
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
    for (int k = 0; k < paragraphs.size(); k++) {
      Piece p = paragraphs.get(k);
      BlockKind kind = Captions.isCaption(text, p) ? BlockKind.CAPTION
          : k == 0 ? BlockKind.LEAD : BlockKind.PARAGRAPH;
      out.block(p.block(text, kind));
    }
    Piece name = outlet(text, paragraphs);
    if (name != null) {
      out.outlet(new Outlet(name.of(text), name.span()));
    }
    return out.build();
  }

  private static boolean isLead(String text, Piece p) {
    return p.end() - p.begin() >= MIN_LEAD && Titles.endsSentence(text, p);
  }

  /** The agency's name before the first cue in the first paragraphs, or null. */
  static Piece outlet(String text, List<Piece> paragraphs) {
    int to = Math.min(paragraphs.size(), OUTLET_WITHIN);
    int[] first = new int[CUES.size()];
    for (int k = 0; k < to; k++) {
      Piece p = paragraphs.get(k);
      firstOccurrences(text, p, first);
      // the cues in their order of preference, each at its first place in the paragraph
      for (int c = 0; c < first.length; c++) {
        if (first[c] >= 0) {
          Piece name = wordBefore(text, p.begin(), first[c]);
          if (name != null) {
            return name;
          }
        }
      }
    }
    return null;
  }

  /**
   * Where each cue first stands wholly inside {@code p}, or -1: one pass over the paragraph, as
   * every cue begins with a space, instead of one search per cue.
   */
  private static void firstOccurrences(String text, Piece p, int[] first) {
    Arrays.fill(first, -1);
    int found = 0;
    for (int i = p.begin(); i < p.end() && found < first.length; i++) {
      if (text.charAt(i) != ' ') {
        continue;
      }
      for (int c = 0; c < first.length; c++) {
        String cue = CUES.get(c);
        if (first[c] < 0 && i + cue.length() <= p.end() && text.startsWith(cue, i)) {
          first[c] = i;
          found++;
        }
      }
    }
  }

  /** The capitalized word that ends at {@code end}, without a possessive {@code 's}. */
  private static Piece wordBefore(String text, int floor, int end) {
    int e = end;
    if (e - 2 >= floor && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')
        && text.charAt(e - 1) == 's') {
      e -= 2;
    }
    int b = e;
    while (b > floor && isNameChar(text.charAt(b - 1))) {
      b--;
    }
    return b < e && Character.isUpperCase(text.charAt(b)) ? new Piece(b, e) : null;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '-';
  }
}
