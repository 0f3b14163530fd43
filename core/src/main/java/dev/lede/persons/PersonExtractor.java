package dev.lede.persons;

import dev.lede.internal.Memo;
import dev.lede.model.Mention;
import dev.lede.model.MentionKind;
import dev.lede.model.Person;
import dev.lede.model.Span;
import dev.lede.persons.MentionFinder.Raw;
import dev.lede.persons.RussianMorphology.Reading;
import dev.lede.persons.Tokens.Token;
import dev.lede.spi.Skeleton;
import dev.lede.text.AnalyzedBlock;
import dev.lede.text.Transliteration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the persons of a document: name mentions in English and Russian, brought to the
 * nominative, clustered within the document, each with a cross-script key. Thread-safe.
 *
 * <p>Clustering: full names (given name and surname) found the persons, one per surname and
 * given name; initials join the person whose given name they abbreviate; a surname alone joins
 * the last person of that surname before it (any case form of it, either script), and founds a
 * person of its own only when a role word before it or a verb after it shows it is a name.
 */
public final class PersonExtractor {

  /**
   * Latin names written in Cyrillic, remembered across documents: a person is rendered in both
   * scripts each time it is named, and the same names recur ({@link Transliteration#toLatin}
   * remembers its own answers).
   */
  private static final Memo<String> CYRILLIC = new Memo<>(Transliteration::toCyrillic, 20_000);

  private final NameLexicon lex = NameLexicon.INSTANCE;

  /**
   * @param blocks the document's blocks with their normalized texts
   * @param language {@code en}, {@code ru} or {@code und}
   * @param skeleton the layout's findings (title, authors)
   */
  public PersonAnalysis extract(List<AnalyzedBlock> blocks, String language, Skeleton skeleton) {
    MentionFinder finder = new MentionFinder(lex, language);
    List<List<Token>> tokens = new ArrayList<>(blocks.size());
    for (AnalyzedBlock b : blocks) {
      tokens.add(finder.tokens(b.text()));
    }
    for (AnalyzedBlock b : blocks) {
      finder.scanLowercase(b.text());
    }
    List<Raw> raws = new ArrayList<>();
    for (int k = 0; k < blocks.size(); k++) {
      AnalyzedBlock b = blocks.get(k);
      raws.addAll(finder.find(b.index(), b.text(), tokens.get(k)));
    }
    if (raws.isEmpty()) {
      return PersonAnalysis.EMPTY;
    }
    Folds folds = new Folds();
    Map<String, Integer> votes = votes(raws, folds);
    List<Draft> drafts = cluster(raws, votes, folds);
    drafts.sort(Comparator.comparingInt((Draft d) -> d.first().block)
        .thenComparingInt(d -> d.first().begin));
    boolean cyrillicDoc = "ru".equals(language);
    List<Person> persons = new ArrayList<>();
    List<PersonMention> mentions = new ArrayList<>();
    Map<String, Gender> genders = new HashMap<>();
    int n = 0;
    for (Draft d : drafts) {
      String id = "p" + (++n);
      d.mentions.sort(Comparator.comparingInt((Raw r) -> r.block).thenComparingInt(r -> r.begin));
      List<Mention> ms = new ArrayList<>();
      Gender g = d.gender();
      for (Raw r : d.mentions) {
        AnalyzedBlock b = blocks.get(r.block);
        Span span = b.norm().toSource(r.begin, r.end);
        String text = b.text().substring(r.begin, r.end);
        ms.add(new Mention(text, r.kind, span));
        mentions.add(new PersonMention(id, r.block, r.begin, r.end, span, text, r.kind,
            r.gender));
      }
      String latin = d.render(false);
      String cyrillic = d.render(true);
      boolean useCyrillic = cyrillicDoc || ("und".equals(language) && d.best().cyrillic());
      String name = useCyrillic ? cyrillic : latin;
      persons.add(new Person(id, name, d.key(), latin, cyrillic, new ArrayList<>(d.roles), ms));
      if (g != Gender.UNKNOWN) {
        genders.put(id, g);
      }
    }
    mentions.sort(Comparator.comparingInt(PersonMention::block)
        .thenComparingInt(PersonMention::normBegin));
    return new PersonAnalysis(persons, mentions, genders);
  }

  /**
   * For each candidate nominative (folded), how many mentions of the document it explains: the
   * forms of one surname vote for the lemma they share (Обамы, Обаме, Обама → Обама).
   */
  private static Map<String, Integer> votes(List<Raw> raws, Folds folds) {
    Map<String, Integer> votes = new HashMap<>();
    for (Raw r : raws) {
      if (r.surname == null || !r.cyrillic()) {
        continue;
      }
      if (r.given != null && r.givenCases != RussianMorphology.ALL) {
        // a known given name fixes the case: its mention votes for one lemma, twice
        resolveFull(r);
        votes.merge(folds.of(r.lemma), 2, Integer::sum);
        r.lemma = null;
        r.gender = Gender.UNKNOWN;
        continue;
      }
      Set<String> lemmas = new HashSet<>();
      for (Reading rd : r.readings) {
        lemmas.add(folds.of(rd.lemma()));
      }
      for (String l : lemmas) {
        votes.merge(l, 1, Integer::sum);
      }
    }
    return votes;
  }

  /** Readings sorted by votes (stable, so the paradigm order breaks ties). */
  private static List<Reading> byVotes(List<Reading> rs, Map<String, Integer> votes,
      String surface, Folds folds) {
    // a form in -у/-ю of no -ов type is more often an indeclinable nominative (Шойгу,
    // Нетаньяху) than a dative
    String l = surface.toLowerCase(Locale.ROOT);
    boolean u = l.endsWith("у") || l.endsWith("ю");
    // each reading's sort key is worked out once, not at every comparison: votes descending,
    // then the tie-break, then the order given (a stable sort)
    int n = rs.size();
    long[] keyed = new long[n];
    for (int k = 0; k < n; k++) {
      Reading x = rs.get(k);
      long v = votes.getOrDefault(folds.of(x.lemma()), 0);
      long tie = u && x.paradigm() == RussianMorphology.Paradigm.INDECL ? 0 : 1;
      keyed[k] = (-v << 32) | (tie << 16) | k;
    }
    Arrays.sort(keyed);
    List<Reading> out = new ArrayList<>(n);
    for (long key : keyed) {
      out.add(rs.get((int) (key & 0xFFFF)));
    }
    return out;
  }

  // ---------------------------------------------------------------- clustering

  /** The persons being assembled, also by surname key so each lookup is cheap. */
  private static final class DraftIndex {
    final List<Draft> all = new ArrayList<>();
    final Map<String, List<Draft>> bySurname = new HashMap<>();

    List<Draft> of(String surnameKey) {
      return bySurname.getOrDefault(surnameKey, List.of());
    }

    void add(Draft d) {
      all.add(d);
      bySurname.computeIfAbsent(d.surnameKey, k -> new ArrayList<>()).add(d);
    }
  }

  private List<Draft> cluster(List<Raw> raws, Map<String, Integer> votes, Folds folds) {
    DraftIndex index = new DraftIndex();
    List<Draft> drafts = index.all;
    for (Raw r : raws) {
      if (r.readings.size() > 1) {
        r.readings = byVotes(r.readings, votes, r.surname, folds);
      }
      if (!r.readings.isEmpty()) {
        r.topVotes = votes.getOrDefault(folds.of(r.readings.get(0).lemma()), 0);
        for (Reading x : r.readings) {
          if ((x.cases() & RussianMorphology.NOM) != 0) {
            r.nomVotes = Math.max(r.nomVotes, votes.getOrDefault(folds.of(x.lemma()), 0));
          }
        }
      }
    }
    // 1. full names found persons
    for (Raw r : raws) {
      if (r.kind != MentionKind.NAME || r.surname == null || (r.weak && !r.licensed)) {
        continue;
      }
      resolveFull(r);
      String sk = folds.of(r.lemma);
      String gk = givenKey(r, folds);
      Draft d = find(index.of(sk), x -> x.givenKey == null || gk == null
          || x.givenKey.equals(gk));
      if (d == null) {
        d = new Draft(sk, folds);
        index.add(d);
      }
      d.add(r);
    }
    // 2. initials join the person they abbreviate, or found one
    for (Raw r : raws) {
      if (r.kind != MentionKind.INITIALS) {
        continue;
      }
      char ini = initialKey(r.initials, folds);
      Draft d = null;
      for (Reading rd : readings(r)) {
        String sk = folds.of(rd.lemma());
        d = find(index.of(sk), x -> (x.givenKey == null
            ? x.initial == 0 || x.initial == ini : x.givenKey.charAt(0) == ini));
        if (d != null) {
          r.lemma = rd.lemma();
          r.gender = rd.gender();
          break;
        }
      }
      if (d == null) {
        resolveAlone(r);
        d = new Draft(folds.of(r.lemma), folds);
        d.initial = ini;
        index.add(d);
      }
      d.add(r);
    }
    // 3. given name and patronymic alone join their person
    for (Raw r : raws) {
      if (r.kind != MentionKind.NAME || r.surname != null || r.given == null) {
        continue;
      }
      String gk = givenKey(r, folds);
      Draft d = find(drafts, x -> gk.equals(x.givenKey));
      if (d != null) {
        r.gender = r.given.gender();
        d.add(r);
      }
    }
    // 4. surnames alone (and unlicensed two-word names): join, or found a person if licensed
    for (boolean licensedPass : new boolean[] {true, false}) {
      for (Raw r : raws) {
        boolean alone = r.kind == MentionKind.SURNAME
            || (r.kind == MentionKind.NAME && r.weak && !r.licensed);
        if (!alone || r.licensed != licensedPass || r.lemma != null) {
          continue;
        }
        Draft d = null;
        for (int pass = 0; pass < 2 && d == null; pass++) {
          for (Reading rd : readings(r)) {
            if (pass == 0 && !genderAgrees(rd.gender(), r.verbGender)) {
              continue;
            }
            String sk = folds.of(rd.lemma());
            d = last(index.of(sk), r);
            if (d != null) {
              r.lemma = rd.lemma();
              r.gender = rd.gender();
              break;
            }
          }
        }
        if (d == null && r.licensed) {
          if (r.kind == MentionKind.NAME) {
            resolveFull(r);
          } else {
            resolveAlone(r);
          }
          d = new Draft(folds.of(r.lemma), folds);
          index.add(d);
        }
        if (d != null) {
          if (r.kind == MentionKind.NAME && d.givenKey != null && givenKey(r, folds) != null
              && !d.givenKey.equals(givenKey(r, folds))) {
            continue;
          }
          d.add(r);
        }
      }
    }
    drafts.removeIf(d -> d.mentions.isEmpty());
    return drafts;
  }

  private static boolean genderAgrees(Gender a, Gender b) {
    return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
  }

  private interface Test {
    boolean ok(Draft d);
  }

  private static Draft find(List<Draft> drafts, Test test) {
    for (Draft d : drafts) {
      if (test.ok(d)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Among the persons of one surname, the one mentioned last before {@code r} (else the first).
   * One candidate, the usual case, is returned at once.
   */
  private static Draft last(List<Draft> candidates, Raw r) {
    if (candidates.size() <= 1) {
      return candidates.isEmpty() ? null : candidates.get(0);
    }
    Draft best = null;
    long bestPos = Long.MIN_VALUE;
    long here = ((long) r.block << 32) + r.begin;
    for (Draft d : candidates) {
      long pos = Long.MIN_VALUE + 1;
      for (Raw m : d.mentions) {
        long p = ((long) m.block << 32) + m.begin;
        if (p < here && p > pos) {
          pos = p;
        }
      }
      if (best == null || pos > bestPos) {
        best = d;
        bestPos = pos;
      }
    }
    return best;
  }

  private static List<Reading> readings(Raw r) {
    if (r.cyrillic() && !r.readings.isEmpty()) {
      return r.readings;
    }
    return List.of(new Reading(r.surname, latinGender(r.surname), RussianMorphology.ALL,
        RussianMorphology.Paradigm.CONS));
  }

  private static Gender latinGender(String surname) {
    String l = surname.toLowerCase(Locale.ROOT);
    if (l.endsWith("ova") || l.endsWith("eva") || l.endsWith("ina") || l.endsWith("skaya")) {
      return Gender.FEMALE;
    }
    if (l.endsWith("ov") || l.endsWith("ev") || l.endsWith("in") || l.endsWith("sky")) {
      return Gender.MALE;
    }
    return Gender.UNKNOWN;
  }

  /** Nominative of a full name's surname from the given name's and patronymic's case and gender. */
  private static void resolveFull(Raw r) {
    if (r.given == null && !r.givenReadings.isEmpty() && r.cyrillic()) {
      resolvePair(r);
      return;
    }
    if (r.givenAll.size() > 1) {
      chooseGiven(r);
    }
    Gender g = r.given != null ? r.given.gender()
        : r.patronymicGender != Gender.UNKNOWN ? r.patronymicGender : r.verbGender;
    int cases = (r.given != null ? r.givenCases : RussianMorphology.ALL) & r.patronymicCases;
    if ((cases & r.prepCases) != 0) {
      cases &= r.prepCases;
    }
    if ((cases & r.roleCases) != 0) {
      cases &= r.roleCases;
    }
    if (r.subject && (cases & RussianMorphology.NOM) != 0) {
      cases = RussianMorphology.NOM;
    }
    pick(r, g, cases == 0 ? RussianMorphology.ALL : cases);
    if (r.gender == Gender.UNKNOWN) {
      r.gender = g;
    }
  }

  /**
   * A given-name form with several readings (Валентина: female nominative or male genitive):
   * the one that agrees with the verb, the patronymic and some reading of the surname; failing
   * other evidence, the reading that stands for more cases (Александра: male genitive and
   * accusative before female nominative; Валентине: female dative and prepositional first).
   */
  private static void chooseGiven(Raw r) {
    List<NameLexicon.GivenReading> order = new ArrayList<>(r.givenAll);
    order.sort(Comparator.comparingInt((NameLexicon.GivenReading g) ->
        genderAgrees(g.name().gender(), r.verbGender) ? 0 : 1)
        .thenComparingInt(g -> (g.cases() & r.prepCases) != 0 ? 0 : 1)
        .thenComparingInt(g -> genderAgrees(g.name().gender(), r.patronymicGender) ? 0 : 1)
        .thenComparingInt(g -> -Integer.bitCount(g.cases())));
    for (NameLexicon.GivenReading g : order) {
      for (Reading s : readings(r)) {
        if (genderAgrees(s.gender(), g.name().gender())
            && (s.cases() & g.cases() & r.patronymicCases & r.prepCases) != 0) {
          r.given = g.name();
          r.givenCases = g.cases();
          return;
        }
      }
    }
  }

  /**
   * An unknown given name and a surname: the pair of readings that agree in gender and case,
   * the likelier surname type first (Джареда Лофнера → Джаред Лофнер).
   */
  private static void resolvePair(Raw r) {
    // a given name that may be a nominative (Синдзи, Хорхе, Ннека) tells no case: read the
    // surname as written; only a visibly inflected one (Джареда) makes it oblique
    boolean informative = true;
    for (Reading g : r.givenReadings) {
      informative &= (g.cases() & RussianMorphology.NOM) == 0;
    }
    int context = context(r);
    int want = r.subject || !informative ? RussianMorphology.NOM : context;
    boolean decisive = !r.subject && (context & RussianMorphology.NOM) == 0;
    if (!r.subject && visiblyOblique(r)) {
      // Усманову, Жириновского: a Russian surname form that no nominative has decides the
      // case whatever the unknown given name before it (Алишеру) may be
      decisive = true;
    }
    if (decisive) {
      // the title or preposition before the name tells its case (премьер-министра Молдавии
      // Влада Филата, им. Йозефа Бойса, чемпионом Веселином Топаловым) even when the given
      // name does not; a surname that declines for that case is read so before an
      // indeclinable reading that fits any case
      want = context;
      if (resolveByContext(r, want)) {
        return;
      }
    } else if (!informative && !r.readings.isEmpty()
        && r.topVotes > Math.max(1, r.nomVotes)) {
      // …unless other mentions of the document agree on another form (Кими Райкконена)
      want = RussianMorphology.ALL;
    }
    for (int pass = 0; pass < 2; pass++) {
      for (Reading s : readings(r)) {
        for (Reading g : r.givenReadings) {
          if (genderAgrees(s.gender(), g.gender()) && genderAgrees(s.gender(), r.verbGender)
              && (s.cases() & g.cases() & want) != 0) {
            r.lemma = s.lemma();
            r.givenLemma = g.lemma();
            r.gender = s.gender() != Gender.UNKNOWN ? s.gender() : g.gender();
            return;
          }
        }
      }
      want = RussianMorphology.ALL;
    }
    resolveAlone(r);
  }

  /**
   * The surname reading the context alone decides when the given name, of no known gender or
   * case (Ахмат-Хаджи), agrees with none; the given name is kept as written.
   */
  private static boolean resolveByContext(Raw r, int want) {
    for (Reading s : readings(r)) {
      if (genderAgrees(s.gender(), r.verbGender) && (s.cases() & want) != 0
          && s.cases() != RussianMorphology.ALL) {
        r.lemma = s.lemma();
        r.gender = s.gender();
        for (Reading g : r.givenReadings) {
          if ((g.cases() & want) != 0 && genderAgrees(s.gender(), g.gender())
              && g.cases() != RussianMorphology.ALL) {
            r.givenLemma = g.lemma();
            break;
          }
        }
        if (r.givenLemma == null) {
          r.givenLemma = givenAsNoun(r.givenSurface, want, s.gender());
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a Cyrillic surname form is an {@code -ов/-ин} or adjectival form that is no
   * nominative ({@code Усманову}, {@code Жириновского}; not {@code Кадырова}, which is also a
   * woman's nominative).
   */
  private static boolean visiblyOblique(Raw r) {
    boolean russian = false;
    for (Reading s : r.readings) {
      if (s.paradigm() == RussianMorphology.Paradigm.OV
          || s.paradigm() == RussianMorphology.Paradigm.ADJ) {
        if ((s.cases() & RussianMorphology.NOM) != 0) {
          return false;
        }
        russian = true;
      }
    }
    return russian;
  }

  /**
   * The nominative of an unknown given name declined like a noun (Веселином → Веселин, Эрвина
   * → Эрвин) in one of the wanted cases, or null when no noun form fits.
   */
  static String givenAsNoun(String surface, int want, Gender gender) {
    String l = surface.toLowerCase(Locale.ROOT);
    if (!NameLexicon.isCyrillic(l) || l.length() < 4 || surface.indexOf('-') >= 0) {
      return null;
    }
    Gender g = gender == Gender.UNKNOWN ? Gender.MALE : gender;
    String one = l.substring(0, l.length() - 1);
    String two = l.substring(0, l.length() - 2);
    for (String cand : new String[] {two, one, two + "й", one + "ь", two + "ь", one + "а",
        two + "а", one + "я", two + "я"}) {
      for (RussianMorphology.Form f : RussianMorphology.nounForms(cand, g)) {
        if (f.form().equals(l) && (f.cases() & want) != 0
            && (f.cases() & RussianMorphology.NOM) == 0) {
          return surface.substring(0, 1) + cand.substring(1);
        }
      }
    }
    return null;
  }

  /** The cases the words before a name allow: its preposition and its title agree. */
  private static int context(Raw r) {
    int c = r.prepCases & r.roleCases;
    return c == 0 ? r.prepCases : c;
  }

  /** Nominative of a surname alone: the verb's gender and, for a subject, the nominative. */
  private static void resolveAlone(Raw r) {
    int cases = r.subject ? RussianMorphology.NOM : context(r);
    pick(r, r.verbGender, cases);
    if (r.gender == Gender.UNKNOWN) {
      r.gender = r.verbGender;
    }
  }

  private static void pick(Raw r, Gender g, int cases) {
    List<Reading> rs = readings(r);
    Reading chosen = null;
    if (cases != RussianMorphology.ALL) {
      // a known case first asks the declining types (Дональду Трампу), then the rest (Шойгу)
      for (Reading x : rs) {
        if (genderAgrees(x.gender(), g) && (x.cases() & cases) != 0
            && x.paradigm().ordinal() <= RussianMorphology.Paradigm.CONS.ordinal()) {
          chosen = x;
          break;
        }
      }
    }
    for (Reading x : rs) {
      if (chosen != null) {
        break;
      }
      if (genderAgrees(x.gender(), g) && (x.cases() & cases) != 0) {
        chosen = x;
        break;
      }
    }
    if (chosen == null) {
      for (Reading x : rs) {
        if (genderAgrees(x.gender(), g)) {
          chosen = x;
          break;
        }
      }
    }
    if (chosen == null) {
      chosen = rs.get(0);
    }
    r.lemma = chosen.lemma();
    r.gender = g != Gender.UNKNOWN ? g : chosen.gender();
  }

  private static String givenKey(Raw r, Folds folds) {
    if (r.given != null) {
      return folds.of(r.given.cyrillic());
    }
    if (r.givenSurface != null) {
      return folds.of(r.givenLemma != null ? r.givenLemma : r.givenSurface);
    }
    return null;
  }

  private static char initialKey(String initials, Folds folds) {
    String f = folds.of(initials.replace(".", "").replace("-", ""));
    return f.isEmpty() ? 0 : f.charAt(0);
  }

  /** One person being assembled. */
  private final class Draft {
    final String surnameKey;
    String givenKey;
    char initial;
    final List<Raw> mentions = new ArrayList<>();
    final Set<String> roles = new LinkedHashSet<>();
    private final Folds folds;

    Draft(String surnameKey, Folds folds) {
      this.surnameKey = surnameKey;
      this.folds = folds;
    }

    void add(Raw r) {
      mentions.add(r);
      if (givenKey == null) {
        givenKey = givenKey(r, folds);
      }
      if (r.role != null) {
        roles.add(r.role);
      }
    }

    Raw first() {
      Raw f = mentions.get(0);
      for (Raw r : mentions) {
        if (r.block < f.block || (r.block == f.block && r.begin < f.begin)) {
          f = r;
        }
      }
      return f;
    }

    /** The mention with the most name parts (the first such). */
    Raw best() {
      Raw b = null;
      int bs = -1;
      for (Raw r : mentions) {
        int s = (r.surname != null ? 1 : 0) * 8 + (r.given != null || r.givenSurface != null
            ? 4 : 0) + (r.patronymic != null ? 2 : 0) + (r.initials != null ? 1 : 0);
        if (s > bs) {
          b = r;
          bs = s;
        }
      }
      return b;
    }

    Gender gender() {
      for (Raw r : mentions) {
        if (r.given != null) {
          return r.given.gender();
        }
      }
      for (Raw r : mentions) {
        if (r.patronymicGender != Gender.UNKNOWN) {
          return r.patronymicGender;
        }
      }
      for (Raw r : mentions) {
        if (r.gender != Gender.UNKNOWN) {
          return r.gender;
        }
      }
      return latinGender(best().lemma == null ? best().surname : best().lemma);
    }

    String key() {
      Raw b = best();
      String given = null;
      for (Raw r : mentions) {
        if (r.given != null) {
          given = r.given.cyrillic();
          break;
        }
        if (given == null && r.givenSurface != null) {
          given = r.givenLemma != null ? r.givenLemma : r.givenSurface;
        }
      }
      String initials = null;
      for (Raw r : mentions) {
        if (r.initials != null) {
          initials = r.initials;
          break;
        }
      }
      return PersonKey.of(b.lemma, given, initials);
    }

    /** The fullest name in one script. */
    String render(boolean cyrillic) {
      Raw b = best();
      Raw withGiven = null;
      Raw withPatronymic = null;
      Raw withInitials = null;
      for (Raw r : mentions) {
        if (r.given != null || r.givenSurface != null) {
          if (withGiven == null || (r.cyrillic() == cyrillic && withGiven.cyrillic() != cyrillic)) {
            withGiven = r;
          }
        }
        if (r.patronymic != null && withPatronymic == null) {
          withPatronymic = r;
        }
        if (r.initials != null && withInitials == null) {
          withInitials = r;
        }
      }
      StringBuilder out = new StringBuilder();
      if (withGiven != null) {
        out.append(givenIn(withGiven, cyrillic)).append(' ');
        if (withPatronymic != null) {
          out.append(script(capitalize(withPatronymic.patronymic), cyrillic)).append(' ');
        }
      } else if (withInitials != null) {
        out.append(script(withInitials.initials, cyrillic)).append(' ');
      }
      out.append(surnameIn(b, cyrillic));
      return out.toString();
    }

    private String surnameIn(Raw b, boolean cyrillic) {
      // prefer a mention already in the wanted script
      String key = folds.of(b.lemma);
      for (Raw r : mentions) {
        if (r.lemma != null && r.cyrillic() == cyrillic && folds.of(r.lemma).equals(key)) {
          return r.lemma;
        }
      }
      return script(b.lemma, cyrillic);
    }

    private String givenIn(Raw r, boolean cyrillic) {
      boolean surfaceCyrillic = NameLexicon.isCyrillic(r.givenSurface);
      if (r.given != null) {
        if (cyrillic) {
          return r.given.cyrillic();
        }
        return surfaceCyrillic ? r.given.latin() : r.givenSurface;
      }
      return script(r.givenLemma != null ? r.givenLemma : r.givenSurface, cyrillic);
    }
  }

  /**
   * {@link PersonKey#fold} for one document: its clustering folds the same few lemmas over and
   * over, and a small map of them answers faster than the shared memo.
   */
  private static final class Folds {
    private final Map<String, String> folded = new HashMap<>();

    String of(String word) {
      String f = folded.get(word);
      if (f == null) {
        f = PersonKey.fold(word);
        folded.put(word, f);
      }
      return f;
    }
  }

  private static String script(String s, boolean cyrillic) {
    return cyrillic ? CYRILLIC.apply(s) : Transliteration.toLatin(s);
  }

  private static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
