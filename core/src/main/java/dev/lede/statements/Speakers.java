package dev.lede.statements;

import dev.lede.internal.Memo;
import dev.lede.model.MentionKind;
import dev.lede.model.Person;
import dev.lede.model.Snippet;
import dev.lede.model.Speaker;
import dev.lede.persons.Gender;
import dev.lede.persons.PersonAnalysis;
import dev.lede.persons.PersonMention;
import dev.lede.statements.BlockText.Token;
import dev.lede.text.AnalyzedBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves a speaker's words (a name, a surname, a pronoun, a role phrase) to a person of the
 * document, keeping the salience that pronouns and role phrases need: the persons most recently
 * seen as a sentence's subject or as a speaker. One instance per document; not thread-safe.
 */
final class Speakers {

  /** How far back pronouns look: the most recent persons only. */
  private static final int RECENT = 32;

  /** A person of the document, or one named only at a cue (then {@code personId} is null). */
  static final class Entity {
    final String personId;
    final String name;
    final Gender gender;
    final Set<String> roles = new HashSet<>();
    final Set<String> qualifiers = new HashSet<>();
    final boolean human;

    Entity(String personId, String name, Gender gender, boolean human) {
      this.personId = personId;
      this.name = name;
      this.gender = gender;
      this.human = human;
    }
  }

  /** A resolved speaker and, for a pronoun or role tied to a person, the mention to record. */
  record Resolved(Speaker speaker, Entity entity, PersonMention mention, boolean strong) {}

  private final PersonAnalysis analysis;
  private final Map<String, Entity> byKey = new HashMap<>();
  /**
   * {@link NameKey#ofSurname} and {@link NameKey#ofWord}, remembered across documents: both are
   * pure functions of a name's form, and a person's mentions (and a corpus's persons) repeat the
   * same few forms, each of which the key spells, simplifies and strips letter by letter.
   */
  private static final Memo<String> SURNAME_KEYS = new Memo<>(NameKey::ofSurname, 1 << 15);
  private static final Memo<String> WORD_KEYS = new Memo<>(NameKey::ofWord, 1 << 15);
  private final Map<String, Entity> byId = new HashMap<>();
  private final List<List<PersonMention>> mentionsByBlock;
  private final Entity[] recent = new Entity[RECENT];
  private int recentSize;

  Speakers(PersonAnalysis analysis, List<AnalyzedBlock> blocks) {
    this.analysis = analysis;
    mentionsByBlock = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      mentionsByBlock.add(new ArrayList<>());
    }
    for (Person p : analysis.persons()) {
      Entity e = new Entity(p.id(), p.name(), analysis.gender(p.id()), true);
      byId.put(p.id(), e);
      for (String role : p.roles()) {
        addRoles(e, role);
      }
      for (String n : new String[] {p.name(), p.latin(), p.cyrillic()}) {
        if (n != null && !n.isBlank()) {
          byKey.putIfAbsent(surnameKey(n), e);
        }
      }
    }
    for (PersonMention m : analysis.mentions()) {
      if (m.block() >= 0 && m.block() < blocks.size()) {
        mentionsByBlock.get(m.block()).add(m);
        Entity e = byId.get(m.personId());
        if (e != null && m.kind() != MentionKind.PRONOUN) {
          if (m.kind() != MentionKind.ROLE) {
            byKey.putIfAbsent(surnameKey(m.text()), e);
          }
          String text = blocks.get(m.block()).text();
          Roles.addAll(text, wordsBefore(text, m.normBegin()), m.normBegin(), e.roles,
              e.qualifiers);
        }
      }
    }
    for (List<PersonMention> list : mentionsByBlock) {
      list.sort(java.util.Comparator.comparingInt(PersonMention::normBegin));
    }
  }

  /** The person mentions of block {@code b}, in text order. */
  List<PersonMention> mentions(int b) {
    return b < mentionsByBlock.size() ? mentionsByBlock.get(b) : List.of();
  }

  private static void addRoles(Entity e, String text) {
    if (text.isEmpty()) {
      return;
    }
    for (Roles.Role r : Roles.all(text)) {
      if (!r.generic()) {
        e.roles.add(r.id());
      }
    }
    e.qualifiers.addAll(Roles.qualifiers(text));
  }

  /**
   * Where the words just before a name begin: back to the nearest punctuation, at most 60
   * characters before {@code at}.
   */
  private static int wordsBefore(String text, int at) {
    int b = at;
    while (b > 0 && at - b < 60) {
      char c = text.charAt(b - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == '«'
          || c == '»' || c == '—') {
        break;
      }
      b--;
    }
    return b;
  }

  private static String surnameKey(String name) {
    return SURNAME_KEYS.apply(name);
  }

  /** Marks an entity as just seen in a subject or speaker position. */
  void touch(Entity e) {
    if (e == null || !e.human) {
      return;
    }
    int at = -1;
    for (int i = 0; i < recentSize; i++) {
      if (recent[i] == e) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      at = Math.min(recentSize, RECENT - 1);
      if (recentSize < RECENT) {
        recentSize++;
      }
    }
    System.arraycopy(recent, 0, recent, 1, at);
    recent[0] = e;
  }

  private Entity mostSalient(Predicate<Entity> ok) {
    for (int i = 0; i < recentSize; i++) {
      if (ok.test(recent[i])) {
        return recent[i];
      }
    }
    return null;
  }

  /**
   * Resolves the noun phrase of tokens {@code [from, to)} of a block.
   *
   * @return null when the words cannot be a speaker; first person and {@code it} are weak
   */
  Resolved resolve(AnalyzedBlock block, BlockText bt, int from, int to) {
    if (from < 0 || to <= from) {
      return null;
    }
    List<Token> toks = bt.tokens;
    int nb = toks.get(from).begin();
    int ne = toks.get(to - 1).end();
    String words = bt.text.substring(nb, ne);
    Snippet mention = new Snippet(words, block.norm().toSource(nb, ne));
    String first = toks.get(from).lower();
    if (to - from == 1) {
      Gender g = Lexicon.pronoun(first);
      if (g != null) {
        Entity e = mostSalient(x -> x.gender.agreesWith(g));
        if (e == null) {
          return new Resolved(new Speaker(null, words, mention), null, null, true);
        }
        return new Resolved(new Speaker(e.personId, e.name, mention), e,
            extra(e, block, nb, ne, mention, MentionKind.PRONOUN, g), true);
      }
      if (Lexicon.FIRST_PERSON.contains(first) || first.equals("it") || first.equals("это")) {
        // the author ("I said, "…"") or an institution ("it said"): words but no person, and too
        // weak for a reported clause or a sentence's subject
        return new Resolved(new Speaker(null, words, mention), null, null, false);
      }
      if (Lexicon.PLURAL_PRONOUNS.contains(first)) {
        return new Resolved(new Speaker(null, words, mention), null, null, true);
      }
    }
    // a person the person stage found inside the phrase: the head, not a modifier ("for Clinton")
    PersonMention head = null;
    List<PersonMention> inBlock = mentions(block.index());
    for (int i = firstMentionAt(inBlock, nb); i < inBlock.size()
        && inBlock.get(i).normBegin() < ne; i++) {
      PersonMention m = inBlock.get(i);
      if (m.normEnd() <= ne && m.kind() != MentionKind.PRONOUN) {
        int t = bt.tokenAt(m.normBegin());
        boolean oblique = t > from && toks.get(t - 1).has(Lexicon.PREPOSITION);
        boolean possessive = m.normEnd() < ne && bt.text.startsWith("'s", m.normEnd());
        if (!oblique && !possessive) {
          head = m;
        }
      }
    }
    if (head != null) {
      Entity e = byId.get(head.personId());
      if (e != null) {
        return new Resolved(new Speaker(e.personId, e.name, mention), e, null, true);
      }
    }
    // a capitalized name at the end of the phrase
    int nameFrom = to;
    while (nameFrom > from && toks.get(nameFrom - 1).cap() && toks.get(nameFrom - 1).word()) {
      nameFrom--;
    }
    boolean initialDeterminer = Lexicon.DETERMINERS.contains(first);
    if (nameFrom < to && !(nameFrom == from && to - from == 1 && initialDeterminer)) {
      int start = nameFrom;
      while (start < to - 1 && toks.get(start).has(Lexicon.NAME_TITLE)) {
        start++;
      }
      // person names are two or three words; a patronymic or an initial makes three
      if (to - start > 2) {
        String mid = toks.get(to - 2).lower();
        boolean three = mid.endsWith("vich") || mid.endsWith("vna") || mid.endsWith("вич")
            || mid.endsWith("вна") || toks.get(to - 3).lower().length() <= 2;
        start = to - (three ? 3 : 2);
      }
      String name = bt.text.substring(toks.get(start).begin(), toks.get(to - 1).end());
      String key = surnameKey(name);
      Entity e = byKey.get(key);
      boolean org = false;
      for (int t = nameFrom; t < to; t++) {
        if (toks.get(t).has(Lexicon.ORG_WORD)) {
          org = true;
        }
      }
      boolean roleOnly = toks.get(to - 1).has(Lexicon.NAME_TITLE);
      if (e == null && !roleOnly && !key.isEmpty()) {
        e = new Entity(null, org ? bt.text.substring(toks.get(nameFrom).begin(), ne) : name,
            Gender.UNKNOWN, !org);
        byKey.put(key, e);
      }
      if (e != null && !roleOnly) {
        if (nameFrom > from || start > nameFrom) {
          addRoles(e, bt.text.substring(nb, toks.get(start).begin()));
        }
        return new Resolved(new Speaker(e.personId, e.name, mention), e, null, true);
      }
    }
    // a role phrase
    Roles.Role role = Roles.match(words);
    boolean definite = first.equals("the") || first.equals("this") || isCyrillic(first)
        || toks.get(from).cap();
    if (role != null && definite) {
      List<String> quals = Roles.qualifiers(words);
      Entity e = null;
      if (!role.generic()) {
        e = mostSalient(x -> x.roles.contains(role.id())
            && (quals.isEmpty() || x.qualifiers.isEmpty() || x.qualifiers.containsAll(quals)));
        if (e == null) {
          e = mostSalient(x -> x.roles.contains(role.id()));
        }
        if (e == null) {
          e = mostSalient(x -> x.roles.isEmpty());
        }
      } else {
        e = mostSalient(x -> true);
      }
      if (e != null) {
        return new Resolved(new Speaker(e.personId, e.name, mention), e,
            extra(e, block, nb, ne, mention, MentionKind.ROLE, Gender.UNKNOWN), true);
      }
      return new Resolved(new Speaker(null, words, mention), null, null, true);
    }
    boolean strong = false;
    for (int t = from; t < to; t++) {
      String w = toks.get(t).lower();
      if (Lexicon.sourceNoun(w) || (toks.get(t).cap() && !Lexicon.DETERMINERS.contains(w))) {
        strong = true;
      }
    }
    return new Resolved(new Speaker(null, words, mention), null, null, strong);
  }

  /** The index of the first mention starting at or after {@code pos} (mentions sorted by start). */
  static int firstMentionAt(List<PersonMention> ms, int pos) {
    int lo = 0;
    int hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).normBegin() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The entity a person-stage mention belongs to. */
  Entity entityOf(String personId) {
    return byId.get(personId);
  }

  /** The known entity a single capitalized word names, if any (used for subjects only). */
  Entity entityByWord(String word) {
    return byKey.get(WORD_KEYS.apply(word));
  }

  /** The person's nominative surname, to tell a Russian subject from an oblique mention. */
  boolean nominative(PersonMention m) {
    Entity e = byId.get(m.personId());
    if (e == null || !isCyrillic(m.text())) {
      return true;
    }
    String[] mw = m.text().split(" ");
    String[] nw = e.name.split(" ");
    return mw[mw.length - 1].equalsIgnoreCase(nw[nw.length - 1])
        || !isCyrillic(e.name);
  }

  private PersonMention extra(Entity e, AnalyzedBlock block, int nb, int ne, Snippet mention,
      MentionKind kind, Gender gender) {
    if (e.personId == null) {
      return null;
    }
    return new PersonMention(e.personId, block.index(), nb, ne, mention.span(), mention.text(),
        kind, gender);
  }

  static boolean isCyrillic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
