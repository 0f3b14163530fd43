package dev.lede.statements;

import dev.lede.model.BlockKind;
import dev.lede.model.Snippet;
import dev.lede.model.Statement;
import dev.lede.persons.PersonAnalysis;
import dev.lede.persons.PersonMention;
import dev.lede.spi.Skeleton;
import dev.lede.statements.BlockText.Token;
import dev.lede.statements.QuoteScanner.Quote;
import dev.lede.text.AnalyzedBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quotes and reported clauses and resolves their speakers to persons. Thread-safe: it keeps
 * no state between calls.
 *
 * <p>Each content block (title, lead, paragraph) is cut into sentences and tokens; rules find
 * quotations with a cue verb or a speaker next to them, reported clauses after a cue and {@code
 * that}/{@code что}, and marks-less direct speech; quotations no rule claims continue the
 * previous speaker or, inside a sentence, belong to the sentence's subject when that is a person.
 * Speakers are then resolved in text order: names to persons, pronouns to the most salient person
 * of matching gender, role phrases to the person carrying the role. Titles and names in marks
 * (after a title noun, or all capitalized) and the author's own first-person text are never
 * statements.
 */
public final class StatementExtractor {

  /**
   * @param blocks the document's blocks with their normalized texts
   * @param language {@code en}, {@code ru} or {@code und}
   * @param persons the persons of the document and their mentions
   * @param skeleton the layout's findings (title, authors of a first-person article)
   */
  public StatementAnalysis extract(List<AnalyzedBlock> blocks, String language,
      PersonAnalysis persons, Skeleton skeleton) {
    return extract(blocks, language, persons, skeleton, null);
  }

  /**
   * As {@link #extract(List, String, PersonAnalysis, Skeleton)}, reading the source text too: its
   * own quotation marks (normalization makes every double mark straight, so {@code "…“…”…"}
   * nests only when the source tells {@code “} from {@code "}) and the line breaks that separate
   * paragraphs inside one block (a plain text with one paragraph per line).
   *
   * @param source the source text the blocks' spans point into, or null
   */
  public StatementAnalysis extract(List<AnalyzedBlock> blocks, String language,
      PersonAnalysis persons, Skeleton skeleton, String source) {
    Speakers speakers = new Speakers(persons, blocks);
    SourceMarks sourceMarks = source == null ? null : new SourceMarks(source);
    List<Statement> statements = new ArrayList<>();
    List<PersonMention> extra = new ArrayList<>();
    Candidate previousDirect = null;
    List<Pending> pending = new ArrayList<>();
    for (AnalyzedBlock ab : blocks) {
      BlockKind kind = ab.block().kind();
      if (!kind.isContent() || ab.text().isEmpty()) {
        continue;
      }
      BlockText bt = new BlockText(ab.text(), marks(ab, source, sourceMarks));
      BlockRules rules = new BlockRules(bt, ab.index(), kind == BlockKind.TITLE);
      rules.run();
      List<Candidate> found = new ArrayList<>(rules.found);
      List<Candidate> open = new ArrayList<>();
      addUnattributed(ab.index(), bt, rules, found, previousDirect, open);
      resolve(ab, bt, found, speakers);
      // a quote left open in earlier paragraphs is the speaker's whose attribution ends it here
      Candidate opening = null;
      for (Candidate c : found) {
        if (c.direct && c.begin <= 2 && !c.rejected && c.speaker != null && !c.anchor) {
          opening = c;
        }
        break;
      }
      if (opening != null) {
        for (Pending p : pending) {
          p.candidate.speaker = opening.speaker;
          statements.add(p.statement(opening.speaker));
        }
      }
      if (!open.isEmpty() && (found.isEmpty() || opening != null)) {
        if (opening == null && !pending.isEmpty() && bt.text.charAt(0) != '"'
            && bt.text.charAt(0) != '«') {
          pending.clear();
        }
        for (Candidate c : open) {
          pending.add(new Pending(ab, bt.text, c));
        }
      } else {
        pending.clear();
      }
      Candidate lastDirect = null;
      Candidate anchor = null;
      for (Candidate c : found) {
        if (c.anchor && !c.rejected && c.speaker != null) {
          anchor = c;
        }
      }
      found.removeIf(c -> c.anchor || c.rejected || (c.speaker == null && c.needsStrong));
      for (Candidate c : withoutOverlaps(found)) {
        Snippet quote = new Snippet(bt.text.substring(c.begin, c.end),
            ab.norm().toSource(c.begin, c.end));
        Snippet cue = c.cueBegin < 0 ? null : new Snippet(bt.text.substring(c.cueBegin, c.cueEnd),
            ab.norm().toSource(c.cueBegin, c.cueEnd));
        statements.add(new Statement(quote, c.direct, c.speaker, cue, ab.index()));
        if (c.extra != null) {
          extra.add(c.extra);
        }
        if (c.direct && c.speaker != null) {
          lastDirect = c;
        }
      }
      previousDirect = anchor != null ? anchor
          : lastDirect != null && kind != BlockKind.TITLE ? lastDirect : null;
    }
    statements.sort(java.util.Comparator.comparing((Statement st) -> st.quote().span()));
    return new StatementAnalysis(statements, extra);
  }

  /** A line longer than this is a paragraph, not a wrapped line of one. */
  private static final int PARAGRAPH_LINE = 100;

  /**
   * The block's text with the source's own double marks and {@code \n} for each space that
   * stands for a paragraph break: a blank line, or any line break when a line of the block is
   * longer than a wrapped line ever is. Without a source the text itself.
   */
  static String marks(AnalyzedBlock ab, String source, SourceMarks sourceMarks) {
    String text = ab.text();
    if (source == null || text.isEmpty()) {
      return text;
    }
    dev.lede.model.Span whole = ab.norm().toSource(0, text.length());
    if (whole.begin() < 0 || whole.end() > source.length()) {
      return text;
    }
    // whether the block's source has a line break or a curly double mark at all (the normalizer
    // maps characters in order, so every character's source lies in this range), and whether a
    // line is longer than a wrapped line
    if (!sourceMarks.marked(whole.begin(), whole.end())) {
      return text;
    }
    boolean longLines = sourceMarks.longLine(whole.begin(), whole.end(), PARAGRAPH_LINE);
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c != '"' && c != ' ') {
        continue;
      }
      dev.lede.model.Span sp = ab.norm().toSource(i, i + 1);
      if (c == '"') {
        if (sp.end() - sp.begin() == 1) {
          char sc = source.charAt(sp.begin());
          if (sc == '“' || sc == '”' || sc == '„') {
            out[i] = sc;
          }
        }
        continue;
      }
      int newlines = 0;
      for (int k = sp.begin(); k < sp.end() && newlines < 2; k++) {
        if (source.charAt(k) == '\n') {
          newlines++;
        }
      }
      if (newlines >= 2 || (newlines == 1 && longLines)) {
        out[i] = '\n';
      }
    }
    return new String(out);
  }

  /** An open quotation waiting for the paragraph whose attribution closes it. */
  private record Pending(AnalyzedBlock block, String text, Candidate candidate) {
    Statement statement(dev.lede.model.Speaker speaker) {
      Candidate c = candidate;
      return new Statement(new Snippet(text.substring(c.begin, c.end),
          block.norm().toSource(c.begin, c.end)), true, speaker, null, block.index());
    }
  }

  /**
   * Quotations no rule attributed: one that opens its sentence continues the nearest direct
   * statement of its paragraph ({@code "…," he said. "…"}), or, opening the paragraph, the
   * previous paragraph's; one inside a sentence belongs to the sentence's subject if that is a
   * person ({@code He thanked them "for …"}).
   */
  private static void addUnattributed(int block, BlockText bt, BlockRules rules,
      List<Candidate> found, Candidate previousDirect, List<Candidate> open) {
    if (rules.unattributed.isEmpty()) {
      return;
    }
    List<Candidate> direct = new ArrayList<>();
    // any attributed statement, direct or reported: "…, Schiff said. "…"" goes on in his words
    List<Candidate> any = new ArrayList<>();
    for (Candidate c : found) {
      if (c.direct) {
        direct.add(c);
      }
      if (!c.anchor && c.npFrom >= 0) {
        any.add(c);
      }
    }
    int d = 0;
    int a = 0;
    for (int i = 0; i < rules.unattributed.size(); i++) {
      Quote q = rules.unattributed.get(i);
      int sentence = bt.sentenceAt(q.open());
      int[] r = trim(bt.text, q.innerBegin(), q.close());
      Candidate c = new Candidate(block, r[0], r[1], true, sentence);
      while (d < direct.size() && direct.get(d).begin < q.open()) {
        d++;
      }
      while (a < any.size() && any.get(a).begin < q.open()) {
        a++;
      }
      Candidate before = d > 0 ? direct.get(d - 1) : null;
      Candidate reported = a > 0 ? any.get(a - 1) : null;
      if (reported != null && (before == null || reported.begin > before.begin)
          && reported.sentence == bt.sentenceAt(q.open()) - 1) {
        before = reported;
      }
      Candidate after = d < direct.size() ? direct.get(d) : null;
      if (rules.sentenceInitial.get(i)) {
        Candidate from = before != null ? before : after;
        boolean opensBlock = q.open() == 0 || (bt.text.charAt(0) == '—' && q.open() <= 2);
        if (from == null && opensBlock) {
          from = previousDirect;
        }
        if (from == null) {
          if (!q.closed() && opensBlock && q.close() == bt.text.length()) {
            open.add(c);
          }
          continue;
        }
        c.copyFrom = from;
        c.cueBegin = -1;
      } else {
        c.useSubject = true;
        c.needsStrong = true;
      }
      found.add(c);
    }
    found.sort(Comparator.comparingInt(x -> x.begin));
  }

  private static int[] trim(String s, int b, int e) {
    while (b < e && s.charAt(b) == ' ') {
      b++;
    }
    while (e > b && s.charAt(e - 1) == ' ') {
      e--;
    }
    return new int[] {b, e};
  }

  /** Resolves speakers in sentence order, keeping salience current as the text goes on. */
  private static void resolve(AnalyzedBlock ab, BlockText bt, List<Candidate> found,
      Speakers speakers) {
    List<Candidate> order = new ArrayList<>(found);
    order.sort(Comparator.comparingInt((Candidate c) -> c.copyFrom != null ? 1 : 0)
        .thenComparingInt(c -> c.sentence).thenComparingInt(c -> c.begin));
    int next = 0;
    int firstCopy = 0;
    while (firstCopy < order.size() && order.get(firstCopy).copyFrom == null) {
      firstCopy++;
    }
    for (int s = 0; s < bt.sentenceCount(); s++) {
      while (next < firstCopy && order.get(next).sentence == s) {
        Candidate c = order.get(next++);
        Speakers.Resolved r;
        if (c.useSubject) {
          r = subject(ab, bt, s, speakers, c.cueBegin >= 0);
          if (r != null && r.entity() == null) {
            r = null;
          }
        } else {
          r = speakers.resolve(ab, bt, c.npFrom, c.npTo);
        }
        if (r == null || (c.needsStrong && !r.strong())) {
          c.rejected = true;
          continue;
        }
        c.speaker = r.speaker();
        c.extra = r.mention();
        c.entity = r.entity();
        speakers.touch(r.entity());
      }
      Speakers.Resolved subj = subject(ab, bt, s, speakers, false);
      if (subj != null) {
        speakers.touch(subj.entity());
      }
    }
    for (int i = firstCopy; i < order.size(); i++) {
      Candidate c = order.get(i);
      Candidate from = c.copyFrom;
      if (from.rejected || from.speaker == null) {
        c.rejected = true;
        continue;
      }
      c.speaker = from.speaker;
      c.entity = from.entity;
      if (c.cueBegin < 0 && from.block == c.block) {
        c.cueBegin = from.cueBegin;
        c.cueEnd = from.cueEnd;
      }
    }
  }

  /**
   * The subject of a sentence when it is a person: a pronoun opening it, or a person's name among
   * its first words (after an opening adverbial clause), not in an oblique case.
   */
  private static Speakers.Resolved subject(AnalyzedBlock ab, BlockText bt, int s,
      Speakers speakers, boolean allowNew) {
    int first = bt.firstToken[s];
    int end = bt.endToken[s];
    List<Token> toks = bt.tokens;
    int start = first;
    while (start < end && !toks.get(start).word()) {
      start++;
    }
    Speakers.Resolved r = subjectAt(ab, bt, start, end, speakers, allowNew);
    if (r != null) {
      return r;
    }
    for (int t = start; t < end && t - start < 10; t++) {
      if (toks.get(t).punct(',') && !toks.get(t).inQuote()) {
        return subjectAt(ab, bt, t + 1, end, speakers, allowNew);
      }
    }
    return null;
  }

  private static Speakers.Resolved subjectAt(AnalyzedBlock ab, BlockText bt, int p, int end,
      Speakers speakers, boolean allowNew) {
    List<Token> toks = bt.tokens;
    if (p >= end || toks.get(p).inQuote()) {
      return null;
    }
    // the class bit first: a word of no pronoun list is not made a string to be looked up
    if (toks.get(p).has(Lexicon.PRONOUN_LIKE) && Lexicon.pronoun(toks.get(p).lower()) != null) {
      return speakers.resolve(ab, bt, p, p + 1);
    }
    List<PersonMention> ms = speakers.mentions(ab.index());
    for (int t = p; t < end && t - p < 6; t++) {
      Token tok = toks.get(t);
      if (!tok.word() || tok.inQuote()) {
        return null;
      }
      if (t > p && toks.get(t - 1).has(Lexicon.PREPOSITION)) {
        continue;
      }
      int i = Speakers.firstMentionAt(ms, tok.begin());
      if (i < ms.size() && ms.get(i).normBegin() == tok.begin()
          && ms.get(i).kind() != dev.lede.model.MentionKind.PRONOUN) {
        PersonMention m = ms.get(i);
        if (!speakers.nominative(m)) {
          // skip the whole oblique mention, so none of its words is read as a subject
          t = Math.max(t, bt.tokenAt(m.normEnd()) - 1);
          continue;
        }
        return speakers.resolve(ab, bt, t, Math.max(t + 1, bt.tokenAt(m.normEnd())));
      }
      if (tok.cap()) {
        int q = t;
        // a capitalized run ends where a person mention begins ("России Владимиром Путиным")
        while (q + 1 < end && toks.get(q + 1).cap() && toks.get(q + 1).word()
            && !mentionStarts(ms, toks.get(q + 1).begin())) {
          q++;
        }
        if (tok.has(Lexicon.ADVERBIAL_OPENER)) {
          // "In July, …", "Following Monday's debate …": an adverbial, not the subject
          t = q;
          continue;
        }
        Speakers.Entity e = speakers.entityByWord(toks.get(q).lower());
        // a name opening a sentence with a cue may be new ("Brian Fallon, …, noted that")
        boolean name = allowNew && t == p && q > t && !toks.get(q).has(Lexicon.NAME_TITLE);
        if (e != null || name) {
          return speakers.resolve(ab, bt, t, q + 1);
        }
        t = q;
      }
    }
    return null;
  }

  private static boolean mentionStarts(List<PersonMention> ms, int at) {
    int i = Speakers.firstMentionAt(ms, at);
    return i < ms.size() && ms.get(i).normBegin() == at;
  }

  /** Keeps statements disjoint: a later one overlapping an earlier one is dropped. */
  private static List<Candidate> withoutOverlaps(List<Candidate> found) {
    List<Candidate> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt((Candidate c) -> c.begin).thenComparingInt(c -> -c.end));
    List<Candidate> out = new ArrayList<>();
    int end = -1;
    for (Candidate c : sorted) {
      if (c.begin >= end && c.end > c.begin) {
        out.add(c);
        end = c.end;
      }
    }
    return out;
  }
}
