package dev.lede.persons;

import dev.lede.model.MentionKind;
import dev.lede.persons.NameLexicon.GivenReading;
import dev.lede.persons.RussianMorphology.Reading;
import dev.lede.persons.Tokens.Token;
import dev.lede.persons.Tokens.Type;
import dev.lede.text.Transliteration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the name mentions of one block from general evidence: given names from the lexicon,
 * patronymics, initials, surname suffixes, role words before a name and speech or action verbs
 * after it. Capitalized words that are function words, places or institutions, and words the
 * document also writes in lowercase, are not names. Stateless apart from the document context it
 * is built with; one instance per document.
 */
final class MentionFinder {

  /** A mention as found, before its person is known. */
  static final class Raw {
    int block;
    int begin;
    int end;
    MentionKind kind;
    NameLexicon.Given given;
    /** every reading of the given name (Валентина: female nominative or male genitive) */
    List<GivenReading> givenAll = List.of();
    String givenSurface;
    int givenCases = RussianMorphology.ALL;
    String patronymic;
    Gender patronymicGender = Gender.UNKNOWN;
    int patronymicCases = RussianMorphology.ALL;
    String initials;
    String surname;
    List<Reading> readings = List.of();
    Gender verbGender = Gender.UNKNOWN;
    boolean subject;
    boolean licensed;
    /** no sign of being a name of its own: it may join a person, never start one unlicensed */
    boolean weak;
    String role;
    /** readings of an unknown given name (its nominative is found like a surname's) */
    List<Reading> givenReadings = List.of();
    boolean needsVerb;
    /** the cases the preposition before the name governs (с → instrumental or genitive) */
    int prepCases = RussianMorphology.ALL;
    /** the cases the role word before the name is in: a name agrees with its title */
    int roleCases = RussianMorphology.ALL;
    /** the role phrase ends in a place or an abbreviation (президента США Обамы) */
    boolean roleNamesPlace;
    /** a speech verb stands right before the name (— сказал Гордон): an inverted subject */
    boolean speechBefore;
    /** after имени / им.: a name in the genitive (театр имени Станиславского) */
    boolean named;
    /** how many mentions of the document its likeliest reading explains */
    int topVotes;
    /** the same for its likeliest nominative reading */
    int nomVotes;
    // resolved later
    String givenLemma;
    String lemma;
    Gender gender = Gender.UNKNOWN;

    boolean cyrillic() {
      return surname != null && NameLexicon.isCyrillic(surname);
    }
  }

  private static final Set<String> EN_CUES = Set.of("said", "says", "told", "tells", "noted",
      "notes", "stressed", "stresses", "added", "adds", "met", "meets", "spoke", "speaks", "wrote",
      "writes", "thanked", "thanks", "called", "calls", "drew", "pointed", "urged", "urges",
      "believes", "believed", "thinks", "thought", "recalled", "recalls", "announced",
      "announces", "stated", "states", "assured", "assures", "emphasized", "emphasised",
      "underlined", "reiterated", "confirmed", "congratulated", "signed", "signs", "visited",
      "visits", "held", "holds", "took", "takes", "gave", "gives", "made", "makes", "sent",
      "sends", "received", "receives", "is", "was", "has", "had", "will", "would", "can",
      "could", "also", "who", "explained", "expressed", "opened", "welcomed", "discussed");

  private static final Set<String> RU_CUES = Set.of("заявляет", "считает", "говорит",
      "сообщает", "отмечает", "подчеркивает", "подчёркивает", "пишет", "добавляет", "уверен",
      "уверена", "рассказывает", "полагает", "напоминает", "призывает", "также", "же");

  private static final Set<String> RU_BEFORE = Set.of("словам", "мнению", "заявлению",
      "слова", "словами", "оценке", "инициативе", "приглашению");

  /** Capitalized words that end a person's name rather than continue it into a thing. */
  private static final Set<String> NAME_SUFFIXES = Set.of("Sr", "Jr", "II", "III", "IV");

  private static final Set<String> ABBREVIATED_PLACES = Set.of("U.S.", "U.K.", "U.N.", "D.C.",
      "E.U.", "L.A.", "N.Y.", "U.A.E.", "S.", "N.", "W.", "E.");

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("в", "во", "на", "из", "до",
      "под", "через", "около", "возле", "близ", "из-под");

  /** Lowercase English words that may stand inside a role phrase before a name. */
  private static final Set<String> EN_BREAK = Set.of("that", "which", "who", "whom", "whose",
      "with", "from", "as", "than", "and", "but", "or", "is", "was", "were", "are", "be",
      "been", "has", "have", "had", "will", "would", "by", "to", "said", "says", "told");

  private static final Set<String> RU_BREAK = Set.of("что", "и", "а", "но", "как", "который",
      "которая", "которые", "когда", "где", "чтобы", "или", "со", "от", "у", "по", "к",
      "за", "это", "он", "она", "они", "с", "в", "во", "на", "о", "об", "при", "для", "из");

  private final NameLexicon lex;
  private final boolean russian;
  /**
   * the facts of each word form of the document, shared by its tokens: open addressing with
   * linear probing, at most half full, the hash of each form beside it
   */
  private WordFacts[] factTable = new WordFacts[256];
  private int[] factHashes = new int[256];
  private int factCount;
  /** the block text being tokenized or scanned, as chars: one buffer for all blocks */
  private char[] chars = new char[4096];
  /** which capitalized words the document also writes in lowercase */
  private final LowercaseScan lowercase = new LowercaseScan();

  /**
   * One finder per document: tokenize all its blocks with {@link #tokens}, then {@link
   * #scanLowercase} its texts, then {@link #find} the mentions of each block.
   */
  MentionFinder(NameLexicon lex, String language) {
    this.lex = lex;
    this.russian = "ru".equals(language);
  }

  /** The tokens of a block; its capitalized words are noted for {@link #scanLowercase}. */
  List<Token> tokens(String text) {
    List<Token> t = Tokens.of(text, buffer(text));
    for (Token x : t) {
      if (x.isWord() && x.capitalized()) {
        int known = factCount;
        WordFacts f = facts(x);
        if (factCount != known) {
          // the form's first occurrence in the document (until find, only capitalized words
          // enter the table): ask once per form, not once per occurrence
          lowercase.ask(f.lower);
        }
      }
    }
    return t;
  }

  /**
   * Notes which capitalized words of the document it also writes in lowercase: such a word is
   * an ordinary word, not a surname. Call with each block text once all blocks are tokenized.
   */
  void scanLowercase(String text) {
    lowercase.scan(text, buffer(text));
  }

  /** The finder's char buffer, at least as long as {@code text}. */
  private char[] buffer(String text) {
    if (chars.length < text.length()) {
      chars = new char[Math.max(text.length(), chars.length * 2)];
    }
    return chars;
  }

  /**
   * The facts of a word token, shared by every token of the same form. The table is probed with
   * the token's place in its text, so a form met again is neither copied nor hashed as a string.
   */
  private WordFacts facts(Token tok) {
    WordFacts f = tok.facts;
    if (f != null) {
      return f;
    }
    int h = tok.textHash();
    int mask = factTable.length - 1;
    int slot = (h ^ (h >>> 16)) & mask;
    for (f = factTable[slot]; f != null; f = factTable[slot]) {
      if (factHashes[slot] == h && tok.textEquals(f.text)) {
        tok.shareText(f.text, f.lower);
        tok.facts = f;
        return f;
      }
      slot = (slot + 1) & mask;
    }
    f = WordFacts.of(tok.text());
    tok.shareText(f.text, f.lower);
    factTable[slot] = f;
    factHashes[slot] = h;
    if (++factCount * 2 > factTable.length) {
      growFacts();
    }
    tok.facts = f;
    return f;
  }

  private void growFacts() {
    WordFacts[] old = factTable;
    int[] oldHashes = factHashes;
    factTable = new WordFacts[old.length * 2];
    factHashes = new int[old.length * 2];
    int mask = factTable.length - 1;
    for (int k = 0; k < old.length; k++) {
      if (old[k] != null) {
        int slot = (oldHashes[k] ^ (oldHashes[k] >>> 16)) & mask;
        while (factTable[slot] != null) {
          slot = (slot + 1) & mask;
        }
        factTable[slot] = old[k];
        factHashes[slot] = oldHashes[k];
      }
    }
  }

  /** Whether the document also writes this capitalized word in lowercase. */
  private boolean writtenLowercase(Token tok) {
    return lowercase.seen(facts(tok).lower);
  }

  private List<GivenReading> given(Token tok) {
    return facts(tok).given();
  }

  private boolean surnameShaped(Token tok) {
    return facts(tok).surnameShaped();
  }

  private boolean adjectiveShaped(Token tok) {
    return facts(tok).adjectiveShaped();
  }

  private Reading patronymicOf(Token tok) {
    return facts(tok).patronymic();
  }

  private boolean isRole(Token tok) {
    return facts(tok).isRole();
  }

  /** The mentions of one block, from its {@link #tokens}. */
  List<Raw> find(int block, String text, List<Token> t) {
    List<Raw> out = new ArrayList<>();
    boolean titleCase = titleCase(t);
    int i = 0;
    int floor = 0;
    while (i < t.size()) {
      Match m = at(t, i);
      if (m == null) {
        i++;
        continue;
      }
      Raw r = m.raw;
      r.block = block;
      r.begin = t.get(i).begin();
      r.end = t.get(m.endToken - 1).end();
      r.weak = m.weak;
      r.role = role(text, t, i, floor, r);
      if (r.role != null) {
        r.licensed = true;
      }
      after(t, m.endToken, r);
      before(text, t, i, r);
      if (titleCase && !r.cyrillic() && !r.licensed) {
        // in an English Title Case headline capitals are no evidence ("Hillary Speaks"): its
        // names may join persons found elsewhere, never found one
        r.weak = true;
      } else if (!r.cyrillic() && r.kind == MentionKind.NAME && r.given != null
          && m.endToken < t.size() && t.get(m.endToken).isWord()
          && t.get(m.endToken).begin() == r.end + 1 && text.charAt(r.end) == ' '
          && !NAME_SUFFIXES.contains(t.get(m.endToken).text())
          && t.get(m.endToken).capitalized() && !t.get(m.endToken).sentenceStart()
          && given(t.get(m.endToken)).isEmpty()) {
        // a name that runs on into another capitalized word names a thing after a person
        // (John Birch Society, Christopher Newport University): it may only join
        r.weak = true;
      }
      if (russian && r.kind == MentionKind.SURNAME && !r.cyrillic()) {
        // a Latin word alone in a Russian text is a brand or a title far more often than a name
        r.licensed = false;
      }
      if (r.needsVerb && !r.roleNamesPlace && !r.speechBefore && !r.named) {
        // a shapeless capitalized word alone (Шумахер, but as often Белград, Израиля) is a
        // name only when a fuller mention of the person says so: it may join, never found
        r.licensed = false;
      } else if (r.kind == MentionKind.SURNAME && r.cyrillic() && !r.subject && !r.named
          && !r.readings.isEmpty()
          && r.readings.get(0).paradigm() == RussianMorphology.Paradigm.ADJ) {
        // an adjectival word alone (Исламского комитета) needs a verb to be a name of its own
        r.licensed = false;
      }
      out.add(r);
      i = m.endToken;
      floor = i;
    }
    return out;
  }

  /**
   * Whether a block is an English Title Case line: no Latin word of four letters or more in
   * lowercase, and at least three such words that are no given names (a signature such as
   * {@code Toni LeAnn Williams} is no headline).
   */
  private boolean titleCase(List<Token> t) {
    int upper = 0;
    for (Token x : t) {
      if (x.isWord() && x.length() >= 4 && !x.cyrillicWord()) {
        if (!x.capitalized()) {
          return false;
        }
        if (given(x).isEmpty()) {
          upper++;
        }
      }
    }
    return upper >= 3;
  }

  /** A match at a token: the mention and the index just past it. */
  private static final class Match {
    final Raw raw = new Raw();
    int endToken;
    boolean weak;
  }

  private Match at(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.type() == Type.INITIAL) {
      return initials(t, i);
    }
    if (!nameWord(tok)) {
      return null;
    }
    List<GivenReading> given = given(tok);
    if (!given.isEmpty()) {
      Match m = givenFirst(t, i, given);
      if (m != null) {
        return m;
      }
    }
    boolean shaped = surnameShaped(tok);
    if (shaped && given.isEmpty()) {
      Match m = surnameFirst(t, i);
      if (m != null) {
        return m;
      }
    }
    // unknown given name + surname-shaped word, licensed later by a role or a verb
    if (given.isEmpty() && !shaped && i + 1 < t.size() && nameWord(t.get(i + 1))
        && !t.get(i + 1).sentenceStart() && surnameShaped(t.get(i + 1))
        && given(t.get(i + 1)).isEmpty() && !writtenLowercase(tok)
        && tok.length() > 2 && !compoundNoun(tok.text())
        && (!tok.sentenceStart() || tok.cyrillicWord() && !adjectiveShaped(tok))
        && !(patronymicOf(t.get(i + 1)) != null && i + 2 < t.size()
            && nameWord(t.get(i + 2)) && !t.get(i + 2).sentenceStart())) {
      Match m = new Match();
      m.raw.kind = MentionKind.NAME;
      m.raw.givenSurface = tok.text();
      setSurname(m.raw, t.get(i + 1));
      m.endToken = i + 2;
      boolean cyrillicPair = tok.cyrillicWord() && t.get(i + 1).cyrillicWord()
          && !adjectiveShaped(tok) && !m.raw.readings.isEmpty()
          && m.raw.readings.get(0).paradigm() != RussianMorphology.Paradigm.ADJ;
      if (tok.cyrillicWord()) {
        m.raw.givenReadings = facts(tok).surnameReadings();
      }
      // Russian capitalizes no common noun mid-sentence, so a Cyrillic pair there is a name as
      // much as the pair of two unknown words below (Алишеру Усманову); at the start of a
      // sentence only a Russian surname shape tells it (Кирсан Илюмжинов). Elsewhere (Latin
      // pairs: Hillary Clinton's shape is shared by Pacific Station) a role or verb must say so.
      m.weak = !cyrillicPair || tok.sentenceStart() && !nominativeOnly(t.get(i + 1));
      return m;
    }
    if (given.isEmpty() && tok.cyrillicWord() && !tok.sentenceStart() && i + 1 < t.size()
        && !compoundNoun(tok.text())
        && nameWord(t.get(i + 1)) && !t.get(i + 1).sentenceStart() && !adjectiveShaped(tok)
        && given(t.get(i + 1)).isEmpty() && t.get(i + 1).cyrillicWord()
        && !writtenLowercase(tok)
        && !writtenLowercase(t.get(i + 1))
        && !(adjectiveShaped(t.get(i + 1)) && !surnameShaped(t.get(i + 1)))) {
      // Russian capitalizes no adjectives of nationality and no common nouns mid-sentence: two
      // capitalized words there are a given name and a surname (Джаред Лофнер)
      boolean third = i + 2 < t.size() && nameWord(t.get(i + 2))
          && !t.get(i + 2).sentenceStart() && t.get(i + 2).cyrillicWord();
      Reading pat = third ? patronymicOf(t.get(i + 1)) : null;
      Reading second = patronymicOf(t.get(i + 1));
      if (!third && second != null && lex.isKnownPatronymic(second.lemma())) {
        // Наина Иосифовна: a given name and a patronymic, no surname
        return null;
      }
      if (third && pat == null) {
        // премьер Пакистана Беназир Бхутто: the first of three is a genitive before the name
        return null;
      }
      Match m = new Match();
      m.raw.kind = MentionKind.NAME;
      m.raw.givenSurface = tok.text();
      m.raw.givenReadings = facts(tok).surnameReadings();
      if (pat != null) {
        m.raw.patronymic = pat.lemma();
        m.raw.patronymicGender = pat.gender();
        m.raw.patronymicCases = pat.cases();
      }
      setSurname(m.raw, t.get(i + (pat != null ? 2 : 1)));
      m.endToken = i + (pat != null ? 3 : 2);
      return m;
    }
    if (!given.isEmpty()) {
      return null;
    }
    // a surname alone
    if (writtenLowercase(tok)) {
      return null;
    }
    if (i + 1 < t.size() && t.get(i + 1).isWord() && t.get(i + 1).capitalized()
        && !t.get(i + 1).sentenceStart() && !(tok.cyrillicWord() && isRole(t.get(i + 1)))) {
      // part of a longer proper noun (Tretyakov Gallery, Lomonosov Moscow State University);
      // a capitalized title after a Russian surname is a signature (Илюмжинов Президент ФИДЕ)
      return null;
    }
    if (i > 0 && t.get(i - 1).isWord() && t.get(i - 1).capitalized()
        && !t.get(i - 1).sentenceStart() && !isRole(t.get(i - 1))) {
      return null;
    }
    Match m = new Match();
    m.raw.kind = MentionKind.SURNAME;
    setSurname(m.raw, tok);
    m.endToken = i + 1;
    m.weak = true;
    if (!tok.sentenceStart() && shapeLicensed(tok)
        && (i == 0 || !PLACE_PREPOSITIONS.contains(t.get(i - 1).lower()))) {
      // a Russian -ов/-ин word capitalized mid-sentence and not after a preposition of place
      // (в Таллине) is a surname: lists of players, authors, defendants. Forms in -ой stay out
      // (Кремниевой долины); the instrumental -ым (с Путиным) is in.
      m.raw.licensed = true;
    }
    if (!shaped) {
      if (tok.cyrillicWord()) {
        if (adjectiveShaped(tok)) {
          return null;
        }
        m.raw.needsVerb = true;
      } else if (i == 0 || !t.get(i - 1).isWord() || !t.get(i - 1).capitalized()
          || !isRole(t.get(i - 1)) || t.get(i - 1).lower().endsWith("s")
          && !lex.isRoleLower(t.get(i - 1).lower() + "s")) {
        // a word of no surname shape counts only right after a title (President Trump)
        return null;
      }
    }
    return m;
  }

  /**
   * A Cyrillic word of a Russian surname shape that is no adjective: {@code -ов/-ин/-ский}
   * nouns, but not {@code Кремниевой}; the instrumental {@code -ым} (с Путиным) is in.
   */
  private boolean shapeLicensed(Token tok) {
    if (!tok.cyrillicWord() || !surnameShaped(tok)
        || adjectiveShaped(tok) && !tok.lower().endsWith("ым")) {
      return false;
    }
    List<Reading> rs = facts(tok).surnameReadings();
    return !rs.isEmpty() && rs.get(0).paradigm() != RussianMorphology.Paradigm.ADJ;
  }

  /** A hyphenated word with a lowercase part (Пресс-служба, Вице-спикер) is no given name. */
  private static boolean compoundNoun(String w) {
    int hy = w.indexOf('-');
    return hy > 0 && hy + 1 < w.length() && Character.isLowerCase(w.charAt(hy + 1));
  }

  /**
   * A surname of a Russian shape that can only be a nominative (-ов, -ин, -швили, -енко): at the
   * start of a sentence it makes the word before it a given name (Кирсан Илюмжинов), where
   * {@code Кадырова} may be a genitive after any noun (Пресс-служба Кадырова).
   */
  private boolean nominativeOnly(Token tok) {
    if (!shapeLicensed(tok)) {
      return false;
    }
    for (Reading r : facts(tok).surnameReadings()) {
      if (r.paradigm() == RussianMorphology.Paradigm.OV && r.cases() != RussianMorphology.NOM) {
        return false;
      }
    }
    return true;
  }

  private Match givenFirst(List<Token> t, int i, List<GivenReading> given) {
    int j = i + 1;
    if (j + 1 < t.size() && t.get(j).type() == Type.INITIAL && t.get(j).text().length() == 1
        && nameWord(t.get(j + 1))) {
      j++; // a middle initial: Mary J. Blige
    }
    Match m = new Match();
    Raw r = m.raw;
    r.given = given.get(0).name();
    r.givenAll = given;
    r.givenSurface = t.get(i).text();
    r.givenCases = 0;
    for (GivenReading g : given) {
      r.givenCases |= g.cases();
    }
    if (j < t.size() && nameWord(t.get(j)) && !t.get(j).sentenceStart()) {
      Reading p = patronymicOf(t.get(j));
      boolean third = j + 1 < t.size() && nameWord(t.get(j + 1)) && !t.get(j + 1).sentenceStart();
      if (p != null && !third && !lex.isKnownPatronymic(NameLexicon.isCyrillic(p.lemma())
          ? p.lemma() : Transliteration.toCyrillic(p.lemma()))) {
        p = null; // Виктор Янукович: the shape of a patronymic, but a surname
      }
      if (p != null) {
        r.patronymic = p.lemma();
        r.patronymicGender = p.gender();
        r.patronymicCases = p.cases();
        j++;
      }
    }
    if (j < t.size() && nameWord(t.get(j)) && !t.get(j).sentenceStart()
        && (given(t.get(j)).isEmpty() || surnameShaped(t.get(j)))
        && (t.get(j).cyrillicWord() || surnameShaped(t.get(j))
            || !writtenLowercase(t.get(j)))) {
      // (an English word the text also writes in lowercase is no surname: "Hillary Speaks")
      if (r.patronymic == null && j + 1 < t.size() && nameWord(t.get(j + 1))
          && !t.get(j + 1).sentenceStart() && given(t.get(j + 1)).isEmpty()
          && !writtenLowercase(t.get(j + 1))
          && !surnameShaped(t.get(j)) && !adjectiveShaped(t.get(j + 1))) {
        j++; // a middle name: the surname is the last word
      }
      setSurname(r, t.get(j));
      r.kind = MentionKind.NAME;
      m.endToken = j + 1;
      return m;
    }
    if (r.patronymic != null) {
      // given name and patronymic without a surname: joins its person later
      r.kind = MentionKind.NAME;
      m.endToken = j;
      return m;
    }
    return null;
  }

  private Match surnameFirst(List<Token> t, int i) {
    int j = i + 1;
    // Токаев К.К. / Tokayev K.
    if (j < t.size() && t.get(j).type() == Type.INITIAL) {
      int k = j;
      StringBuilder ini = new StringBuilder();
      while (k < t.size() && (t.get(k).type() == Type.INITIAL
          || (t.get(k).text().equals("-") && k + 1 < t.size()
              && t.get(k + 1).type() == Type.INITIAL))) {
        ini.append(t.get(k).text()).append(t.get(k).type() == Type.INITIAL ? "." : "");
        k++;
      }
      Match m = new Match();
      m.raw.kind = MentionKind.INITIALS;
      m.raw.initials = ini.toString();
      setSurname(m.raw, t.get(i));
      m.endToken = k;
      return m;
    }
    // Путин Владимир Владимирович
    if (j + 1 < t.size() && nameWord(t.get(j)) && !given(t.get(j)).isEmpty()
        && nameWord(t.get(j + 1)) && patronymicOf(t.get(j + 1)) != null) {
      Match m = new Match();
      Raw r = m.raw;
      List<GivenReading> g = given(t.get(j));
      r.given = g.get(0).name();
      r.givenAll = g;
      r.givenSurface = t.get(j).text();
      r.givenCases = 0;
      for (GivenReading x : g) {
        r.givenCases |= x.cases();
      }
      Reading p = patronymicOf(t.get(j + 1));
      r.patronymic = p.lemma();
      r.patronymicGender = p.gender();
      r.patronymicCases = p.cases();
      setSurname(r, t.get(i));
      r.kind = MentionKind.NAME;
      m.endToken = j + 2;
      return m;
    }
    return null;
  }

  private Match initials(List<Token> t, int i) {
    int k = i;
    StringBuilder ini = new StringBuilder();
    while (k < t.size() && (t.get(k).type() == Type.INITIAL
        || (t.get(k).text().equals("-") && k + 1 < t.size()
            && t.get(k + 1).type() == Type.INITIAL && k > i))) {
      ini.append(t.get(k).text()).append(t.get(k).type() == Type.INITIAL ? "." : "");
      k++;
    }
    if (k >= t.size() || !nameWord(t.get(k)) || !given(t.get(k)).isEmpty()
        || ABBREVIATED_PLACES.contains(ini.toString())) {
      return null;
    }
    if (k + 1 < t.size() && t.get(k + 1).isWord() && t.get(k + 1).capitalized()
        && !t.get(k + 1).sentenceStart() && !surnameShaped(t.get(k))) {
      // U.S. Supreme Court, D.C. Court of Appeals: initials of a place, not of a person
      return null;
    }
    Match m = new Match();
    m.raw.kind = MentionKind.INITIALS;
    m.raw.initials = ini.toString();
    setSurname(m.raw, t.get(k));
    m.endToken = k + 1;
    return m;
  }

  static Reading patronymicOf(String word) {
    if (NameLexicon.isCyrillic(word)) {
      return RussianMorphology.patronymic(word.toLowerCase(Locale.ROOT));
    }
    String l = word.toLowerCase(Locale.ROOT);
    if (l.endsWith("ovich") || l.endsWith("evich") || l.endsWith("yevich")
        || l.endsWith("ich") && l.length() > 6) {
      return new Reading(word, Gender.MALE, RussianMorphology.ALL, RussianMorphology.Paradigm.CONS);
    }
    if (l.endsWith("ovna") || l.endsWith("evna") || l.endsWith("ichna")) {
      return new Reading(word, Gender.FEMALE, RussianMorphology.ALL, RussianMorphology.Paradigm.A);
    }
    if (l.endsWith("uly") || l.endsWith("ogly")) {
      return new Reading(word, Gender.MALE, RussianMorphology.ALL,
          RussianMorphology.Paradigm.INDECL);
    }
    if (l.endsWith("kyzy")) {
      return new Reading(word, Gender.FEMALE, RussianMorphology.ALL,
          RussianMorphology.Paradigm.INDECL);
    }
    return null;
  }

  private void setSurname(Raw r, Token tok) {
    r.surname = tok.text();
    if (tok.cyrillicWord()) {
      r.readings = facts(tok).surnameReadings();
    }
  }

  /** A capitalized word that may be part of a name: no abbreviation, function word or place. */
  private boolean nameWord(Token tok) {
    return tok.isWord() && tok.capitalized() && facts(tok).nameWord();
  }

  private static final String[] EN_SHAPES = {"ov", "ev", "ova", "eva", "in", "yn", "ina",
      "yna", "sky", "ski", "skiy", "skaya", "skii", "enko", "uk", "yuk", "yan", "dze", "shvili",
      "uly", "kyzy", "ich", "vich", "ko", "ovs", "ovich"};

  private static final String[] RU_SHAPES = {"ов", "ев", "ёв", "ин", "ын", "ский", "цкий",
      "ская", "цкая", "енко", "ук", "юк", "ян", "янц", "дзе", "швили", "улы", "кызы", "ич", "ых",
      "их"};

  private static final String[] CONS_SHAPES = {"чук", "щук", "юк", "ович", "евич", "ян", "янц"};

  /** Whether a capitalized word looks like a surname (in any case form, for Cyrillic). */
  static boolean surnameShaped(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return surnameShaped(l, NameLexicon.isCyrillic(l) ? RussianMorphology.surname(w) : List.of());
  }

  /**
   * {@link #surnameShaped(String)} of a word given in lowercase and, when it is Cyrillic, with
   * its {@link RussianMorphology#surname} readings.
   */
  static boolean surnameShaped(String l, List<Reading> readings) {
    if (l.length() < 4) {
      return false;
    }
    if (NameLexicon.isCyrillic(l)) {
      for (Reading r : readings) {
        String lemma = r.lemma().toLowerCase(Locale.ROOT);
        if (r.paradigm() == RussianMorphology.Paradigm.A) {
          continue;
        }
        if (r.paradigm() == RussianMorphology.Paradigm.CONS) {
          // declined consonant-final surnames of a Slavic or Caucasian shape (Ковальчук,
          // Янукович, Пашинян); other consonant-final words are as often places or things
          for (String s : CONS_SHAPES) {
            if (lemma.endsWith(s) && lemma.length() > s.length() + 2) {
              return true;
            }
          }
          continue;
        }
        for (String s : RU_SHAPES) {
          if (lemma.endsWith(s) && lemma.length() > s.length() + 1) {
            return true;
          }
        }
        String fem = lemma.endsWith("а") ? lemma.substring(0, lemma.length() - 1) : lemma;
        for (String s : new String[] {"ов", "ев", "ёв", "ин", "ын"}) {
          if (fem.endsWith(s) && fem.length() > s.length() + 1) {
            return true;
          }
        }
      }
      return false;
    }
    if (l.endsWith("ain") || l.endsWith("ein") || l.endsWith("oin") || l.endsWith("uin")
        || l.endsWith("ian") || l.endsWith("ing")) {
      return false;
    }
    for (String s : EN_SHAPES) {
      if (l.endsWith(s) && l.length() > s.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** Evidence after a mention: a speech or action verb (and its gender in Russian). */
  private void after(List<Token> t, int j, Raw r) {
    int k = j;
    if (k < t.size() && t.get(k).text().equals(",")) {
      return;
    }
    if (k >= t.size() || !t.get(k).isWord() || t.get(k).capitalized()) {
      return;
    }
    String l = t.get(k).lower();
    if (NameLexicon.isCyrillic(l)) {
      if (l.length() >= 4 && (l.endsWith("л") || l.endsWith("лся"))) {
        r.verbGender = Gender.MALE;
        r.subject = true;
      } else if (l.length() >= 4 && (l.endsWith("ла") || l.endsWith("лась"))) {
        r.verbGender = Gender.FEMALE;
        r.subject = true;
      } else if (RU_CUES.contains(l)) {
        r.subject = true;
      }
    } else if (EN_CUES.contains(l) || (l.endsWith("ed") && l.length() > 4)) {
      r.subject = true;
    }
    if (r.subject) {
      r.licensed = true;
    }
  }

  /** Evidence before a mention: по словам Токаева; the case a preposition governs. */
  private void before(String text, List<Token> t, int i, Raw r) {
    if (i > 0 && t.get(i - 1).isWord()) {
      Token prev = t.get(i - 1);
      String l = prev.lower();
      if (RU_BEFORE.contains(l)) {
        r.licensed = true;
      }
      if (l.equals("имени") || l.equals("им") && prev.end() < text.length()
          && text.charAt(prev.end()) == '.') {
        // театр имени Станиславского, им. Йозефа Бойса: a person's name in the genitive
        r.named = true;
        r.licensed = true;
        r.prepCases = RussianMorphology.GEN;
        return;
      }
      Gender g = speechVerb(l);
      if (g != null && !prev.capitalized() && !obliqueEnding(t.get(i).lower())) {
        // «…», — сказал Гордон: a speech verb before a name makes it the subject (verbs
        // that news agencies are the subject of, сообщил and пишет, are left out)
        r.speechBefore = true;
        r.subject = true;
        r.licensed = true;
        if (r.verbGender == Gender.UNKNOWN) {
          r.verbGender = g;
        }
      }
      Integer cases = PREPOSITION_CASES.get(l);
      if (cases != null) {
        r.prepCases = cases;
      }
    }
  }

  private static final Set<String> SPEECH_STEMS = Set.of("сказа", "заяви", "отмети", "добави",
      "подчеркну", "поясни", "рассказа", "уточни", "напомни", "призна", "ответи",
      "заключи", "объясни", "предупреди", "констатирова", "резюмирова", "говори", "заявля",
      "отмеча", "добавля", "подчеркива", "поясня", "рассказыва", "счита", "утвержда", "полага", "указа", "указыва", "замети", "признава", "уверя");

  private static final Set<String> SPEECH_PRESENT = Set.of("говорит", "заявляет", "отмечает",
      "добавляет", "подчеркивает", "подчёркивает", "поясняет", "рассказывает",
      "считает", "утверждает", "полагает", "указывает", "признает", "признаёт",
      "уверяет", "уточняет", "напоминает", "объясняет");

  /**
   * The gender a Russian speech verb shows ({@code сказал} male, {@code сказала} female,
   * {@code говорит} unknown), or null when the word is no speech verb.
   */
  private static final String[] OBLIQUE_ENDINGS = {"у", "ю", "ом", "ем", "ой", "ам", "ям", "ах",
      "ях", "ым", "им", "ого", "его", "ами", "ями"};

  /** Ends like a dative, instrumental or plural form (рассказал Викиновостям, сказал Путину). */
  private static boolean obliqueEnding(String l) {
    for (String e : OBLIQUE_ENDINGS) {
      if (l.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  static Gender speechVerb(String l) {
    if (SPEECH_PRESENT.contains(l)) {
      return Gender.UNKNOWN;
    }
    if (l.endsWith("л") && SPEECH_STEMS.contains(l.substring(0, l.length() - 1))) {
      return Gender.MALE;
    }
    if (l.endsWith("ла") && SPEECH_STEMS.contains(l.substring(0, l.length() - 2))) {
      return Gender.FEMALE;
    }
    return null;
  }

  private static final Map<String, Integer> PREPOSITION_CASES = Map.ofEntries(
      Map.entry("о", RussianMorphology.PREP),
      Map.entry("об", RussianMorphology.PREP),
      Map.entry("обо", RussianMorphology.PREP),
      Map.entry("при", RussianMorphology.PREP),
      Map.entry("к", RussianMorphology.DAT),
      Map.entry("ко", RussianMorphology.DAT),
      Map.entry("по", RussianMorphology.DAT | RussianMorphology.PREP),
      Map.entry("с", RussianMorphology.INS | RussianMorphology.GEN),
      Map.entry("со", RussianMorphology.INS | RussianMorphology.GEN),
      Map.entry("у", RussianMorphology.GEN),
      Map.entry("от", RussianMorphology.GEN),
      Map.entry("до", RussianMorphology.GEN),
      Map.entry("из", RussianMorphology.GEN),
      Map.entry("без", RussianMorphology.GEN),
      Map.entry("для", RussianMorphology.GEN),
      Map.entry("после", RussianMorphology.GEN),
      Map.entry("против", RussianMorphology.GEN),
      Map.entry("про", RussianMorphology.ACC),
      Map.entry("через", RussianMorphology.ACC),
      Map.entry("на", RussianMorphology.ACC | RussianMorphology.PREP),
      Map.entry("в", RussianMorphology.ACC | RussianMorphology.PREP),
      Map.entry("за", RussianMorphology.ACC | RussianMorphology.INS),
      Map.entry("над", RussianMorphology.INS),
      Map.entry("под", RussianMorphology.INS | RussianMorphology.ACC),
      Map.entry("перед", RussianMorphology.INS),
      Map.entry("между", RussianMorphology.INS));

  /**
   * The role phrase right before a name: from the farthest role word to the name, over words
   * that may stand inside such a phrase, extended left over capitalized words ({@code Russian
   * Prime Minister}, {@code Majilis Speaker}, {@code a member of the State Duma Committee on
   * International Affairs}, {@code Президент Казахстана}).
   */
  private String role(String text, List<Token> t, int i, int floor, Raw r) {
    int head = -1;
    int k = i - 1;
    int steps = 0;
    while (k >= floor && steps < 12) {
      Token x = t.get(k);
      if (x.type() == Type.PUNCT) {
        if (!x.text().equals("-")) {
          break;
        }
      } else if (x.isWord()) {
        String l = x.lower();
        if (isRole(x)) {
          head = k;
        } else if (!x.capitalized()) {
          boolean cyr = NameLexicon.isCyrillic(l);
          if (cyr ? RU_BREAK.contains(l) || looksLikeVerb(l)
              : EN_BREAK.contains(l) || EN_CUES.contains(l) || l.endsWith("ed")
                  || l.endsWith("ing")) {
            break;
          }
        }
        if (x.sentenceStart()) {
          break;
        }
      } else {
        break;
      }
      k--;
      steps++;
    }
    if (head < 0) {
      return null;
    }
    int start = head;
    while (start - 1 >= floor && t.get(start - 1).isWord() && t.get(start - 1).capitalized()
        && !EN_BREAK.contains(t.get(start - 1).lower())
        && !t.get(start - 1).lower().equals("the")) {
      start--;
      if (t.get(start).sentenceStart()) {
        break;
      }
    }
    String role = text.substring(t.get(start).begin(), t.get(i - 1).end()).strip();
    if (start == i) {
      return null;
    }
    r.roleCases = lex.roleCases(t.get(head).text());
    Token last = t.get(i - 1);
    r.roleNamesPlace = head < i - 1 && last.isWord() && last.capitalized()
        && (last.allCaps() || facts(last).isStop());
    return role.isEmpty() ? null : role;
  }

  private static final String[] ADJ_ENDINGS = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые",
      "ие", "ого", "его", "ому", "ему", "ых", "их", "ым", "им", "ую", "юю"};

  /** Ends like a Russian adjective (Нижний, Южной, Государственной). */
  static boolean adjectiveShaped(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (l.length() < 4) {
      return false;
    }
    for (String e : ADJ_ENDINGS) {
      if (l.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeVerb(String l) {
    return l.length() > 3 && (l.endsWith("л") || l.endsWith("ла") || l.endsWith("ли")
        || l.endsWith("ет") || l.endsWith("ит") || l.endsWith("лся") || l.endsWith("лась"));
  }
}
