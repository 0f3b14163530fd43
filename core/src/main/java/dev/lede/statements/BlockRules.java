package dev.lede.statements;

import dev.lede.statements.BlockText.Token;
import dev.lede.statements.Lexicon.CueKind;
import dev.lede.statements.QuoteScanner.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules that find statements in one block: quotations with a cue after, before or around
 * them, a speaker and a colon (headlines), back-references ({@code This opinion was expressed by
 * X}), reported clauses ({@code X said that …}, {@code по словам X, …}) and marks-less direct
 * speech ({@code …, said X.}, {@code …, — отметил он.}). Every scan looks a bounded number of tokens
 * away from a quotation or a cue, so a block costs time linear in its length.
 */
final class BlockRules {

  /** The longest speaker phrase, in tokens. */
  private static final int MAX_NP = 14;

  private final BlockText bt;
  private final List<Token> toks;
  private final int block;
  private final boolean title;
  final List<Candidate> found = new ArrayList<>();
  /** Quotations no rule attributed, for the continuation and subject rules. */
  final List<Quote> unattributed = new ArrayList<>();
  /** For each unattributed quotation, whether it opens its sentence. */
  final List<Boolean> sentenceInitial = new ArrayList<>();

  BlockRules(BlockText bt, int block, boolean title) {
    this.bt = bt;
    this.toks = bt.tokens;
    this.block = block;
    this.title = title;
  }

  /** A cue at a token: its kind and token range. */
  record Cue(CueKind kind, int from, int to) {}

  /** The cue starting at token {@code t}, or null. */
  Cue cueAt(int t) {
    Token tok = toks.get(t);
    if (!tok.word() || tok.inQuote()) {
      return null;
    }
    // most words are no cue at all: only a cue, a copula, "according" and "по" can start one
    if (tok.cue() == null && !tok.has(Lexicon.COPULA_WORD | Lexicon.CUE_OPENER)) {
      return null;
    }
    String w = tok.lower();
    // a capitalized verb inside a sentence is part of a name ("the United States"), except in a
    // title-cased headline or an all-capitals line
    if (tok.cap() && !title && t > bt.firstToken[tok.sentence()] && !allUpper(tok)
        && !(t > 0 && toks.get(t - 1).inQuote() != tok.inQuote())) {
      return null;
    }
    if (w.equals("according") && is(t + 1, "to")) {
      return new Cue(CueKind.ACCORDING, t, t + 2);
    }
    if (w.equals("по") && is(t + 1, "словам")) {
      return new Cue(CueKind.ACCORDING, t, t + 2);
    }
    if (w.equals("по") && is(t + 1, "мнению")) {
      return new Cue(CueKind.ACCORDING, t, t + 2);
    }
    if (tok.has(Lexicon.COPULA_WORD) && t + 1 < toks.size()
        && toks.get(t + 1).has(Lexicon.BELIEF_ADJECTIVE)) {
      return new Cue(CueKind.BELIEF, t, t + 2);
    }
    CueKind kind = tok.cue();
    if (kind == null) {
      return null;
    }
    if (t > 0 && tok.has(Lexicon.NOUN_LIKE_WORD | Lexicon.QUOTE_ONLY)) {
      String prev = toks.get(t - 1).lower();
      if (toks.get(t - 1).has(Lexicon.DETERMINER) || prev.endsWith("'s") || prev.equals("my")
          || prev.equals("our") || prev.equals("your")) {
        return null;
      }
    }
    if (t > 0) {
      String prev = toks.get(t - 1).lower();
      // a passive ("can be stated") or an infinitive ("to say") names no speaker
      if (prev.equals("be") || prev.equals("been") || prev.equals("being") || prev.equals("to")) {
        return null;
      }
    }
    if ((w.equals("pointed") || w.equals("points") || w.equals("point")) && is(t + 1, "out")) {
      return new Cue(CueKind.SPEECH, t, t + 2);
    }
    return new Cue(kind, t, t + 1);
  }

  private boolean allUpper(Token tok) {
    for (int i = tok.begin(); i < tok.end(); i++) {
      if (Character.isLowerCase(bt.text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean is(int t, String w) {
    return t >= 0 && t < toks.size() && toks.get(t).lower().equals(w);
  }

  private boolean appositionPunct(int t) {
    return punctAt(t, ',') || punctAt(t, '(') || punctAt(t, ')') || punctAt(t, '.');
  }

  private boolean punctAt(int t, char c) {
    return t >= 0 && t < toks.size() && toks.get(t).punct(c);
  }

  private static boolean verbish(Token tok) {
    if (tok.has(Lexicon.SOURCE_NOUN)) {
      return false;
    }
    String w = tok.lower();
    if (w.endsWith("ed") || w.endsWith("ing")) {
      return true;
    }
    if (Speakers.isCyrillic(w)) {
      return w.endsWith("л") || w.endsWith("ла") || w.endsWith("ли") || w.endsWith("ет")
          || w.endsWith("ит") || w.endsWith("ют") || w.endsWith("ят") || w.endsWith("ся")
          || w.endsWith("ет");
    }
    return false;
  }

  /** Whether token {@code t} may be part of a speaker's phrase. */
  private boolean npToken(int t) {
    Token tok = toks.get(t);
    if (!tok.word() || tok.inQuote()) {
      return false;
    }
    if (tok.cap() || tok.has(Lexicon.NAME_LINK | Lexicon.DETERMINER)) {
      return true;
    }
    return !tok.has(Lexicon.STOP_WORD) && !verbish(tok) && tok.cue() == null;
  }

  private static boolean pronounLike(String w) {
    return Lexicon.pronoun(w) != null || Lexicon.PLURAL_PRONOUNS.contains(w)
        || Lexicon.FIRST_PERSON.contains(w) || w.equals("it");
  }

  /**
   * The speaker phrase ending just before token {@code cue}, skipping an apposition ({@code Brian
   * Fallon, the campaign's press secretary, noted}): {@code [from, to)} or null. The phrase must
   * end in a name, a pronoun, a source noun or a role word.
   */
  int[] backwardNp(int cue, int limit) {
    int[] np = backwardNpRaw(cue, limit);
    if (np == null && cue - 1 >= limit && punctAt(cue - 1, ',')) {
      for (int k = cue - 2; k >= limit && cue - k <= 16; k--) {
        if (punctAt(k, ',')) {
          np = backwardNpRaw(k, limit);
          if (np != null && !toks.get(np[1] - 1).cap()) {
            np = null;
          }
          break;
        }
        // an apposition or a short adverbial between commas: "X, at a later briefing, said"
        if (toks.get(k).inQuote() || !(toks.get(k).word() || punctAt(k, '(')
            || punctAt(k, ')') || punctAt(k, '.') || punctAt(k, '-'))) {
          break;
        }
      }
    }
    return np;
  }

  private boolean goodHead(int t) {
    Token tok = toks.get(t);
    String w = tok.lower();
    if (w.endsWith("'s")) {
      return false;
    }
    if (tok.cap() || tok.has(Lexicon.PRONOUN_LIKE | Lexicon.SOURCE_NOUN)
        || Roles.match(w) != null) {
      return true;
    }
    // "the announcer", "a narrator in the ad": a noun after a determiner, not an adjective
    for (int k = t - 1; k >= 0 && t - k <= 6 && npToken(k); k--) {
      if (toks.get(k).has(Lexicon.DETERMINER)) {
        return w.length() > 3 && !w.endsWith("al") && !w.endsWith("ive") && !w.endsWith("ous")
            && !w.endsWith("ful") && !w.endsWith("ic") && !w.endsWith("able");
      }
    }
    return false;
  }

  private int[] backwardNpRaw(int cue, int limit) {
    int j = cue - 1;
    int skipped = 0;
    while (j >= limit && skipped < 3 && toks.get(j).word() && !toks.get(j).cap()
        && (toks.get(j).has(Lexicon.ADVERB) || Lexicon.mannerAdverb(toks.get(j).lower()))
        && !toks.get(j).has(Lexicon.PRONOUN_LIKE)) {
      j--;
      skipped++;
    }
    if (j < limit || toks.get(j).inQuote() || !(toks.get(j).word() || punctAt(j, ')'))) {
      return null;
    }
    if (toks.get(j).has(Lexicon.PRONOUN_LIKE)) {
      return new int[] {j, j + 1};
    }
    // "Rep. Gwen Moore (D-Wis.) said": a parenthesis after the name is not part of the speaker
    if (punctAt(j, ')')) {
      int k = j - 1;
      while (k >= limit && j - k <= 8 && !punctAt(k, '(')) {
        k--;
      }
      if (k < limit || !punctAt(k, '(')) {
        return null;
      }
      j = k - 1;
      if (j < limit || !toks.get(j).word()) {
        return null;
      }
    }
    if (!goodHead(j) || toks.get(j).has(Lexicon.NAME_LINK)) {
      return null;
    }
    int k = j;
    while (k >= limit && j - k < MAX_NP && npToken(k) && !toks.get(k).has(Lexicon.PRONOUN_LIKE)) {
      if (toks.get(k).has(Lexicon.DETERMINER) && !linkBefore(k, limit)
          && !possessiveBefore(k, limit)) {
        k--;
        break;
      }
      k--;
    }
    int from = k + 1;
    while (from <= j && toks.get(from).has(Lexicon.NAME_LINK)
        && !toks.get(from).has(Lexicon.DETERMINER)) {
      from++;
    }
    return from <= j ? new int[] {from, j + 1} : null;
  }

  /** Whether a name's possessive owns the phrase: {@code Obama's former campaign strategist}. */
  private boolean possessiveBefore(int k, int limit) {
    return k - 1 >= limit && toks.get(k - 1).word() && toks.get(k - 1).cap()
        && !toks.get(k - 1).inQuote() && toks.get(k - 1).lower().endsWith("'s");
  }

  /** Whether the word before a determiner links it into a longer phrase ({@code head of the …}). */
  private boolean linkBefore(int k, int limit) {
    return k - 1 >= limit && toks.get(k - 1).word() && !toks.get(k - 1).inQuote()
        && (toks.get(k - 1).lower().equals("of") || toks.get(k - 1).lower().equals("for"));
  }

  /** The speaker phrase starting at token {@code t}: {@code [from, to)} or null. */
  int[] forwardNp(int t, int limit) {
    if (t >= limit) {
      return null;
    }
    if (toks.get(t).has(Lexicon.PREPOSITION) && toks.get(t).word()) {
      // "— отметил в интервью Песков": skip a short adverbial to the name
      int k = t + 1;
      while (k < limit && k - t <= 5 && toks.get(k).word() && !toks.get(k).inQuote()
          && !toks.get(k).cap() && !toks.get(k).has(Lexicon.PRONOUN_LIKE)) {
        k++;
      }
      if (k >= limit || k - t > 5 || !toks.get(k).word() || toks.get(k).inQuote()) {
        return null;
      }
      t = k;
    }
    Token first = toks.get(t);
    if (!first.word() || first.inQuote()) {
      return null;
    }
    if (first.has(Lexicon.PRONOUN_LIKE)) {
      return new int[] {t, t + 1};
    }
    int k = t;
    while (k < limit && k - t < MAX_NP && npToken(k) && !toks.get(k).has(Lexicon.PRONOUN_LIKE)) {
      // "сказал Петров журналистам": a lower-case word after a name is no part of it
      if (k > t && !toks.get(k).cap() && toks.get(k - 1).cap()
          && Speakers.isCyrillic(toks.get(k).lower())
          && (k + 1 >= toks.size() || !toks.get(k + 1).word())) {
        break;
      }
      // "said Warren on Friday": a link before a time word ends the name
      if (k > t && toks.get(k).has(Lexicon.NAME_LINK) && k + 1 < limit
          && toks.get(k + 1).has(Lexicon.TIME_WORD)) {
        break;
      }
      k++;
    }
    while (k > t && toks.get(k - 1).has(Lexicon.NAME_LINK)) {
      k--;
    }
    return k > t ? new int[] {t, k} : null;
  }

  private int sentenceOfToken(int t) {
    return toks.get(t).sentence();
  }

  /** Runs every rule over the block. */
  void run() {
    List<Integer> labelled = title ? List.of() : transcripts();
    List<Quote> quotes = new ArrayList<>();
    int li = 0;
    for (Quote q : bt.quotes) {
      while (li < labelled.size() && labelled.get(li) < q.open()) {
        li++;
      }
      // "PENCE: …" in marks: the transcript line is the statement, not the quotation
      if (li < labelled.size() && labelled.get(li) == q.open()) {
        continue;
      }
      if (wordsIn(q) >= 2) {
        quotes.add(q);
      }
    }
    List<Candidate> quoteStatements = new ArrayList<>();
    for (Quote q : quotes) {
      if (titleLike(q)) {
        continue;
      }
      Candidate c = attributeQuote(q);
      if (c != null) {
        quoteStatements.add(c);
      } else {
        unattributed.add(q);
        int s = bt.sentenceAt(q.open());
        sentenceInitial.add(bt.starts[s] == q.open()
            || (q.open() > 0 && bt.text.charAt(bt.starts[s]) == '—'
                && q.open() - bt.starts[s] <= 2));
      }
    }
    found.addAll(quoteStatements);
    reportedClauses(quotes);
    if (!title) {
      marksLess();
    }
    colonAnchor();
    found.sort(Comparator.comparingInt(c -> c.begin));
  }

  /**
   * Interview transcripts: a paragraph (the block, or a line of it) that opens with a speaker's
   * label in capitals and a colon, {@code PENCE: Well, look, …} or {@code "CHRIS WALLACE: …},
   * is that speaker's direct statement to the end of the paragraph. Returns the positions where
   * the labelled paragraphs start, ascending.
   */
  private List<Integer> transcripts() {
    List<Integer> out = new ArrayList<>();
    int n = bt.text.length();
    for (int b = -1; b < bt.breaks.length; b++) {
      int start = b < 0 ? 0 : bt.lineStart(bt.breaks[b] + 1);
      int lineEnd = b + 1 < bt.breaks.length ? bt.breaks[b + 1] : n;
      int t = bt.tokenAt(start);
      if (t >= toks.size() || toks.get(t).begin() >= lineEnd) {
        continue;
      }
      int k = punctAt(t, '"') ? t + 1 : t;
      int from = k;
      while (k < toks.size() && k - from < 3 && toks.get(k).word() && label(toks.get(k))) {
        k++;
      }
      if (k == from || !punctAt(k, ':') || Lexicon.NOT_SPEAKER_LABELS.contains(tok(from).lower())) {
        continue;
      }
      int[] r = trim(tok(k).end(), lineEnd);
      if (r[1] > r[0] && bt.text.charAt(r[1] - 1) == '"') {
        r = trim(r[0], r[1] - 1);
      }
      if (r[1] - r[0] < 3) {
        continue;
      }
      found.add(new Candidate(block, r[0], r[1], true, sentenceOfToken(from)).np(from, k));
      out.add(toks.get(t).begin());
    }
    return out;
  }

  /** A word of a speaker's label: two letters or more, none of them lower case. */
  private boolean label(Token tok) {
    int letters = 0;
    for (int i = tok.begin(); i < tok.end(); i++) {
      char c = bt.text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * {@code He said:} / {@code The New York Times reports:} closing a paragraph: the quotation
   * that opens the next paragraph is theirs. Recorded as an empty anchor statement.
   */
  private void colonAnchor() {
    int last = toks.size() - 1;
    if (last < 1 || !punctAt(last, ':')) {
      return;
    }
    int first = bt.firstToken[bt.sentenceCount() - 1];
    for (int t = last - 1; t >= first && last - t <= 16; t--) {
      Cue cue = cueAt(t);
      if (cue == null) {
        if (toks.get(t).inQuote() || punctAt(t, '"')) {
          return;
        }
        continue;
      }
      int[] np = cue.kind() == CueKind.ACCORDING ? forwardNp(cue.to(), last)
          : backwardNp(cue.from(), first);
      if (np == null && cue.kind() != CueKind.ACCORDING) {
        np = forwardNp(cue.to(), last);
      }
      if (np != null) {
        Candidate c = new Candidate(block, bt.text.length(), bt.text.length(), true,
            bt.sentenceCount() - 1).cue(tok(cue.from()).begin(), tok(cue.to() - 1).end());
        c.np(np[0], np[1]);
        c.anchor = true;
        found.add(c);
      }
      return;
    }
  }

  private int wordsIn(Quote q) {
    int n = 0;
    int t = bt.tokenAt(q.innerBegin());
    while (t < toks.size() && toks.get(t).begin() < q.close()) {
      if (toks.get(t).word()) {
        n++;
        if (n >= 2) {
          return n;
        }
      }
      t++;
    }
    return n;
  }

  /** A name or title in marks: after a title noun, or every significant word capitalized. */
  private boolean titleLike(Quote q) {
    int t = bt.tokenAt(q.open()) - 1;
    if (t >= 0 && toks.get(t).word() && Lexicon.titleNoun(toks.get(t).lower())) {
      return true;
    }
    int words = 0;
    int caps = 0;
    int u = bt.tokenAt(q.innerBegin());
    while (u < toks.size() && toks.get(u).begin() < q.close() && words <= 12) {
      Token tok = toks.get(u++);
      if (tok.word() && tok.lowerLength() > 3 && Character.isLetter(tok.lowerFirst())) {
        words++;
        if (tok.cap()) {
          caps++;
        }
      }
    }
    // a short run of capitalized words ("Games of the Future") and no sentence punctuation, or
    // after a preposition or a possessive, where a sentence is never quoted ("on CBS's "Face
    // the Nation," Ryan said")
    boolean allCaps = words > 0 && words == caps && words <= 8;
    boolean titlePlace = t >= 0 && toks.get(t).word() && !toks.get(t).inQuote()
        && (toks.get(t).has(Lexicon.PREPOSITION) || toks.get(t).lower().endsWith("'s"));
    return allCaps && (!endsLikeSentence(q) || titlePlace && words >= 2);
  }

  private boolean endsLikeSentence(Quote q) {
    int e = q.close() - 1;
    while (e > q.open() && bt.text.charAt(e) == ' ') {
      e--;
    }
    char c = bt.text.charAt(e);
    return c == '.' || c == ',' || c == '!' || c == '?';
  }

  /** The statement of a quotation with a cue or a speaker next to it, or null. */
  private Candidate attributeQuote(Quote q) {
    int inB = q.innerBegin();
    int inE = q.close();
    int sentence = bt.sentenceAt(q.open());
    // after: "…," he said. / "…," said Koshanov. / », — сказал он.
    if (q.closed()) {
      int j = bt.tokenAt(q.close() + 1);
      boolean dashed = false;
      while (j < toks.size() && (punctAt(j, ',') || punctAt(j, '—') || punctAt(j, '-'))) {
        dashed |= !punctAt(j, ',');
        j++;
      }
      if (dashed && j < toks.size() && toks.get(j).cap() && toks.get(j).word()) {
        // “…” ― Name: a signature after a dash, to the end of its sentence
        int sEnd = bt.endToken[sentenceOfToken(j)];
        int[] np = forwardNp(j, sEnd);
        if (np != null && (np[1] == sEnd || (np[1] == sEnd - 1 && punctAt(np[1], '.')))
            && toks.get(np[1] - 1).cap() && cueAt(j) == null) {
          return quote(inB, inE, sentenceOfToken(j)).np(np[0], np[1]);
        }
      }
      if (j < toks.size()) {
        int sEnd = bt.endToken[sentenceOfToken(j)];
        Cue cue = cueAt(j);
        if (cue != null && cue.kind() != CueKind.PARTICIPLE && cue.kind() != CueKind.BELIEF) {
          int[] np = forwardNp(cue.to(), sEnd);
          if (np != null) {
            return quote(inB, inE, sentenceOfToken(j)).cue(tok(cue.from()).begin(),
                tok(cue.to() - 1).end()).np(np[0], np[1]);
          }
        }
        int commas = 0;
        int firstComma = -1;
        for (int k = j; k < toks.size() && k - j <= MAX_NP + 12
            && (npToken(k) || appositionPunct(k)); k++) {
          if (punctAt(k, ',') && ++commas == 1) {
            firstComma = k;
          }
          if (commas > 3) {
            break;
          }
          Cue c2 = k + 1 < toks.size() ? cueAt(k + 1) : null;
          // "…." Mishustin called …: a characterizing verb only attributes within its sentence
          if (c2 != null && Lexicon.quoteOnly(lowerAt(k + 1))
              && sentenceOfToken(k + 1) != sentence) {
            c2 = null;
          }
          if (c2 != null && (c2.kind() == CueKind.SPEECH || c2.kind() == CueKind.REPORT)) {
            // "…," X said / "…," X, the governor of Y, said
            int[] np = commas == 0 ? backwardNp(k + 1, j)
                : punctAt(k, ',') ? backwardNpRaw(firstComma, j) : null;
            if (np != null && np[0] == j) {
              return quote(inB, inE, sentenceOfToken(k + 1)).cue(tok(c2.from()).begin(),
                  tok(c2.to() - 1).end()).np(np[0], np[1]);
            }
            break;
          }
        }
      }
      Candidate back = backReference(q, inB, inE);
      if (back != null) {
        return back;
      }
    }
    // before: X said: "…" / According to X: "…" / X noted that relations "…"
    int open = bt.tokenAt(q.open());
    int sStart = bt.firstToken[sentence];
    for (int t = open - 1; t >= sStart && open - t <= 40; t--) {
      Cue cue = cueAt(t);
      if (cue == null) {
        continue;
      }
      Candidate c = quote(inB, inE, sentence).cue(tok(cue.from()).begin(), tok(cue.to() - 1).end());
      if (cue.kind() == CueKind.ACCORDING) {
        int[] np = forwardNp(cue.to(), open);
        if (np == null) {
          return null;
        }
        return c.np(np[0], np[1]);
      }
      if (cue.kind() == CueKind.PARTICIPLE) {
        // "…," he said, adding that "…": the speaker of the cue before the participle
        for (int k = cue.from() - 1; k >= sStart && cue.from() - k <= 12; k--) {
          Cue prev = cueAt(k);
          if (prev != null && prev.kind() == CueKind.SPEECH) {
            int[] np = backwardNp(prev.from(), sStart);
            if (np == null) {
              np = forwardNp(prev.to(), cue.from());
            }
            if (np != null) {
              return c.np(np[0], np[1]);
            }
            break;
          }
        }
        c.useSubject = true;
        return c;
      }
      int[] np = backwardNp(cue.from(), sStart);
      if (np == null) {
        c.useSubject = true;
      } else {
        c.np(np[0], np[1]);
      }
      return c;
    }
    // a partial quote in a sentence that ends ", Warren said."
    int[][] ea = endAttribution(sentence);
    if (ea != null && q.close() < tok(ea[0][0]).begin()) {
      return quote(inB, inE, sentence).cue(tok(ea[0][0]).begin(), tok(ea[0][1] - 1).end())
          .np(ea[1][0], ea[1][1]);
    }
    // a speaker and a colon: Sergey Zheleznyak: "…"
    if (open - 1 >= sStart && punctAt(open - 1, ':')) {
      int colon = open - 1;
      boolean allCaps = colon - sStart >= 1 && colon - sStart <= 6;
      for (int t = sStart; t < colon && allCaps; t++) {
        Token tok = toks.get(t);
        allCaps = tok.word() && !tok.inQuote()
            && (tok.cap() || tok.has(Lexicon.NAME_LINK));
      }
      if (allCaps && toks.get(colon - 1).cap()) {
        return quote(inB, inE, sentence).np(sStart, colon);
      }
    }
    return null;
  }

  /** {@code "…" This opinion was expressed by X.} / {@code «…» Об этом заявил X.} */
  private Candidate backReference(Quote q, int inB, int inE) {
    int t = bt.tokenAt(q.close() + 1);
    while (t < toks.size() && !toks.get(t).word()) {
      t++;
    }
    if (t >= toks.size() || !Lexicon.BACKREF_OPENERS.contains(toks.get(t).lower())) {
      return null;
    }
    int s = sentenceOfToken(t);
    if (bt.firstToken[s] != t && bt.sentenceAt(q.open()) == s) {
      return null;
    }
    int end = bt.endToken[s];
    for (int k = t + 1; k < end && k - t <= 8; k++) {
      Token tok = toks.get(k);
      if (tok.lower().equals("by") && k > 0
          && Lexicon.BACKREF_PARTICIPLES.contains(toks.get(k - 1).lower())) {
        int[] np = forwardNp(k + 1, end);
        if (np != null) {
          return quote(inB, inE, s).cue(toks.get(k - 1).begin(), tok.end()).np(np[0], np[1]);
        }
      }
      CueKind kind = tok.cue();
      if (kind == CueKind.SPEECH && Speakers.isCyrillic(tok.lower())) {
        int[] np = forwardNp(k + 1, end);
        if (np != null) {
          return quote(inB, inE, s).cue(tok.begin(), tok.end()).np(np[0], np[1]);
        }
      }
    }
    return null;
  }

  private Token tok(int t) {
    return toks.get(t);
  }

  private Candidate quote(int b, int e, int sentence) {
    int[] r = trim(b, e);
    return new Candidate(block, r[0], r[1], true, sentence);
  }

  private int[] trim(int b, int e) {
    while (b < e && bt.text.charAt(b) == ' ') {
      b++;
    }
    while (e > b && bt.text.charAt(e - 1) == ' ') {
      e--;
    }
    return new int[] {b, e};
  }

  /** {@code X said that …}, {@code Токаев подчеркнул, что …}, {@code According to X, …}. */
  private void reportedClauses(List<Quote> quotes) {
    for (int s = 0; s < bt.sentenceCount(); s++) {
      int first = bt.firstToken[s];
      int end = bt.endToken[s];
      for (int t = first; t < end; t++) {
        Cue cue = cueAt(t);
        if (cue == null) {
          continue;
        }
        if (cue.kind() == CueKind.ACCORDING) {
          according(cue, s, first, end);
          continue;
        }
        if (cue.kind() == CueKind.PARTICIPLE || toks.get(t).has(Lexicon.QUOTE_ONLY)) {
          continue;
        }
        // "как отметил X, …"
        if (t == first + 1 && (is(first, "как") || is(first, "as")) && cue.kind() != CueKind.BELIEF) {
          int[] np = forwardNp(cue.to(), end);
          if (np != null && punctAt(np[1], ',')) {
            clause(tok(np[1]).end(), sentenceEnd(s), s, cue, np, false);
          }
          continue;
        }
        int k = cue.to();
        int limit = Math.min(end, k + 8);
        while (k < limit && !Lexicon.complementizer(toks.get(k).lower())
            && !punctAt(k, '.') && !punctAt(k, ':') && !punctAt(k, '"')
            && !(punctAt(k, ',') && !Lexicon.complementizer(lowerAt(k + 1)))
            && !toks.get(k).inQuote()) {
          k++;
        }
        if (k >= limit || !Lexicon.complementizer(toks.get(k).lower())
            || toks.get(k).lower().equals("чтобы")) {
          continue;
        }
        int[] np = backwardNp(cue.from(), first);
        clause(tok(k).end(), sentenceEnd(s), s, cue, np, np == null);
        t = k;
      }
    }
  }

  private String lowerAt(int t) {
    return t >= 0 && t < toks.size() ? toks.get(t).lower() : "";
  }

  /** {@code According to X, …} at a sentence's start, or {@code …, according to X.} at its end. */
  private void according(Cue cue, int s, int first, int end) {
    boolean initial = cue.from() == first;
    if (initial) {
      int[] np = forwardNp(cue.to(), end);
      if (np != null && punctAt(np[1], ',')) {
        clause(tok(np[1]).end(), sentenceEnd(s), s, cue, np, false);
      }
      return;
    }
    if (punctAt(cue.from() - 1, ',')) {
      int[] np = forwardNp(cue.to(), end);
      if (np != null && (np[1] == end || (np[1] == end - 1 && !toks.get(end - 1).word()))) {
        clause(bt.starts[s], tok(cue.from() - 1).begin(), s, cue, np, false);
      }
    }
  }

  private int sentenceEnd(int s) {
    int e = bt.ends[s];
    while (e > bt.starts[s] && (bt.text.charAt(e - 1) == '.' || bt.text.charAt(e - 1) == ' '
        || bt.text.charAt(e - 1) == '!' || bt.text.charAt(e - 1) == '?')) {
      e--;
    }
    return e;
  }

  /** A reported clause, unless it holds a quotation (the quotation is the statement then). */
  private void clause(int b, int e, int s, Cue cue, int[] np, boolean useSubject) {
    int[] r = trim(b, e);
    if (r[1] - r[0] < 3) {
      return;
    }
    if (hasQuoteIn(r[0], r[1])) {
      return;
    }
    Candidate c = new Candidate(block, r[0], r[1], false, s)
        .cue(tok(cue.from()).begin(), tok(cue.to() - 1).end());
    if (np != null) {
      c.np(np[0], np[1]);
    }
    c.useSubject = useSubject;
    c.needsStrong = true;
    found.add(c);
  }

  /**
   * {@code …, said Koshanov.} and {@code …, — отметил он.}: a sentence with no quotation ending in
   * a comma, a cue and a speaker. The last such sentence of a paragraph speaks for the paragraph
   * back to the previous statement; the content is direct when it speaks in the first person or
   * follows the Russian dash.
   */
  private void marksLess() {
    int lastEnd = 0;
    boolean dialogue = bt.text.startsWith("—");
    // the end of the statements found so far, by sentence, so each sentence reads it in O(1)
    int[] endBySentence = new int[bt.sentenceCount()];
    for (Candidate c : found) {
      endBySentence[c.sentence] = Math.max(endBySentence[c.sentence], c.end);
    }
    for (int s = 0; s < bt.sentenceCount(); s++) {
      int first = bt.firstToken[s];
      int end = bt.endToken[s];
      if (s > 0) {
        lastEnd = Math.max(lastEnd, endBySentence[s - 1]);
      }
      if (end - first < 3 || hasQuote(s)) {
        continue;
      }
      int[][] ea = endAttribution(s);
      if (ea == null) {
        continue;
      }
      int comma = ea[2][0];
      boolean dash = ea[2][1] == 1;
      int[] np = ea[1];
      Cue cue = new Cue(CueKind.SPEECH, ea[0][0], ea[0][1]);
      int b;
      if (dialogue && s > 0 || bt.text.charAt(bt.starts[s]) == '—') {
        b = bt.starts[s] + 1;
      } else if (s == bt.sentenceCount() - 1 || nextIsDialogue(s) || lastOfLine(s)) {
        b = Math.max(lastEnd, bt.lineStart(bt.starts[s]));
      } else {
        b = bt.starts[s];
      }
      int[] r = trim(b, tok(comma).begin());
      if (r[1] - r[0] < 3) {
        continue;
      }
      boolean direct = dash || firstPerson(r[0], r[1]);
      Candidate c = new Candidate(block, r[0], r[1], direct, s)
          .cue(tok(cue.from()).begin(), tok(cue.to() - 1).end()).np(np[0], np[1]);
      found.add(c);
      lastEnd = bt.ends[s];
      // — …, — сказал он. — …: the rest of the paragraph is the same speaker's
      if (dash && nextIsDialogue(s)) {
        int[] rest = trim(bt.starts[s + 1] + 1, sentenceEnd(bt.sentenceCount() - 1));
        if (rest[1] - rest[0] >= 3 && !hasQuoteIn(rest[0], rest[1])) {
          Candidate more = new Candidate(block, rest[0], rest[1], true, s)
              .cue(c.cueBegin, c.cueEnd);
          more.copyFrom = c;
          found.add(more);
          return;
        }
      }
    }
  }

  /**
   * The attribution closing a sentence: {@code …, said X.}, {@code …, X said.}, {@code …, —
   * отметил он.} Returns {cue tokens, speaker tokens, {comma token, dash 0/1}} or null.
   */
  private int[][] endAttribution(int s) {
    int first = bt.firstToken[s];
    int end = bt.endToken[s];
    if (end - first < 3) {
      return null;
    }
    int last = end - 1;
    // a headline has no final stop: "…, Russian PM reiterates" is no marks-less quote
    if (toks.get(last).word() || !(punctAt(last, '.') || punctAt(last, '!'))) {
      return null;
    }
    last--;
    // find the comma that starts the attribution: at most MAX_NP + 3 tokens from the end
    int comma = -1;
    for (int t = last; t > first && last - t <= MAX_NP + 3; t--) {
      if (punctAt(t, ',')) {
        comma = t;
        break;
      }
    }
    if (comma < 0) {
      return null;
    }
    int a = comma + 1;
    boolean dash = punctAt(a, '—');
    if (dash) {
      a++;
    }
    Cue cue = a <= last ? cueAt(a) : null;
    int[] np = null;
    if (cue != null && cue.kind() == CueKind.SPEECH && !Lexicon.thatOnly(lowerAt(cue.from()))) {
      np = forwardNp(cue.to(), last + 1);
      if (np != null && np[1] != last + 1
          && !(trailingAdverbial(np[1], last) && nameOrPronoun(np[1] - 1))) {
        np = null;
      }
    } else if (!dash) {
      for (int k = a; k <= last; k++) {
        Cue c2 = cueAt(k);
        if (c2 != null) {
          if (c2.kind() == CueKind.SPEECH && k > a && !Lexicon.thatOnly(lowerAt(k))
              && (c2.to() == last + 1 || trailingAdverbial(c2.to(), last))) {
            np = backwardNp(k, a);
            if (np != null && np[0] != a) {
              np = null;
            }
            cue = c2;
          }
          break;
        }
        if (!npToken(k) && !pronounLike(lowerAt(k))) {
          break;
        }
      }
    }
    if (np == null || cue == null || Lexicon.FIRST_PERSON.contains(lowerAt(np[0]))
        || lowerAt(np[0]).equals("it")) {
      return null;
    }
    return new int[][] {{cue.from(), cue.to()}, np, {comma, dash ? 1 : 0}};
  }

  /** Whether sentence {@code s} ends a paragraph that a break inside the block closes. */
  private boolean lastOfLine(int s) {
    return s + 1 < bt.sentenceCount() && bt.lineStart(bt.starts[s + 1]) == bt.starts[s + 1]
        && bt.lineStart(bt.starts[s]) != bt.starts[s + 1];
  }

  /**
   * Whether tokens {@code [from, last]} are a short time phrase or prepositional phrase after a
   * cue: {@code Friday}, {@code last week}, {@code on Friday}, {@code in a statement}, {@code to
   * reporters}. At most five words, all of them words.
   */
  private boolean nameOrPronoun(int t) {
    return toks.get(t).cap() || toks.get(t).has(Lexicon.PRONOUN_LIKE);
  }

  private boolean trailingAdverbial(int from, int last) {
    if (from > last || last - from >= 5) {
      return false;
    }
    Token first = toks.get(from);
    if (!first.word() || first.inQuote()) {
      return false;
    }
    if (!first.has(Lexicon.TIME_WORD) && !first.has(Lexicon.CUE_PREPOSITION)) {
      return false;
    }
    for (int k = from; k <= last; k++) {
      Token tok = toks.get(k);
      if (!tok.word() || tok.inQuote() || tok.cue() != null
          && !tok.has(Lexicon.TIME_WORD)) {
        return false;
      }
    }
    return true;
  }

  private boolean nextIsDialogue(int s) {
    return s + 1 < bt.sentenceCount() && bt.text.charAt(bt.starts[s + 1]) == '—';
  }

  private boolean hasQuote(int s) {
    return hasQuoteIn(bt.starts[s], bt.ends[s]);
  }

  /** Whether a quotation overlaps {@code [b, e)}; quotations are disjoint and sorted. */
  private boolean hasQuoteIn(int b, int e) {
    List<Quote> qs = bt.quotes;
    int lo = 0;
    int hi = qs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (qs.get(mid).close() < b) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < qs.size() && qs.get(lo).open() < e;
  }

  private boolean firstPerson(int b, int e) {
    for (int t = bt.tokenAt(b); t < toks.size() && toks.get(t).begin() < e; t++) {
      if (toks.get(t).has(Lexicon.FIRST_PERSON_MARKER)) {
        return true;
      }
    }
    return false;
  }
}
