package dev.lede.statements;

import java.util.List;
import java.util.Locale;

/**
 * The role lexicon: phrases that stand for a person in a speaker slot ({@code the Russian Prime
 * Minister}, {@code глава правительства}, {@code the politician}). A specific role is resolved to
 * the person of the document who carries it; a generic one to the most salient person.
 */
final class Roles {

  private Roles() {}

  /** One role: its id, the word stems that name it (matched as prefixes), and whether it is generic. */
  record Role(String id, List<String> stems, boolean generic) {}

  private static final List<Role> ROLES = List.of(
      new Role("prime-minister", List.of("prime minister", "premier", "pm", "head of the government",
          "head of government", "head of the russian government", "head of the cabinet",
          "премьер", "глава правительства", "председатель правительства", "глава кабмина"), false),
      new Role("president", List.of("president", "head of state", "head of the state",
          "президент", "глава государства", "лидер страны", "глава республики"), false),
      new Role("speaker", List.of("speaker", "chairman of the majilis", "majilis chairman",
          "спикер", "председатель мажилиса", "председатель госдумы", "председатель думы",
          "председатель сената"), false),
      new Role("foreign-minister", List.of("foreign minister", "minister of foreign affairs",
          "top diplomat", "secretary of state", "глава мид", "министр иностранных дел"), false),
      new Role("minister", List.of("minister", "министр"), false),
      new Role("spokesperson", List.of("spokesman", "spokeswoman", "spokesperson",
          "press secretary", "пресс-секретарь", "официальный представитель"), false),
      new Role("governor", List.of("governor", "губернатор", "аким", "глава региона"), false),
      new Role("mayor", List.of("mayor", "мэр", "градоначальник"), false),
      new Role("ambassador", List.of("ambassador", "посол"), false),
      new Role("chairman", List.of("chairman", "chairwoman", "chair", "председатель"), false),
      new Role("senator", List.of("senator", "сенатор"), false),
      new Role("nominee", List.of("nominee", "candidate", "кандидат"), false),
      new Role("politician", List.of("politician", "parliamentarian", "lawmaker", "legislator",
          "deputy", "official", "diplomat", "statesman", "leader", "head",
          "политик", "парламентарий", "депутат", "дипломат", "глава", "лидер",
          "чиновник", "руководитель", "министр"), true));

  /** Nationality words that qualify a role: {@code the Russian Prime Minister}. */
  private static final List<String> QUALIFIERS = List.of("russia", "росси", "kazakh", "казах",
      "american", "америк", "ukrain", "украин", "belarus", "белорус", "chin", "китай", "kyrgyz",
      "киргиз", "uzbek", "узбек", "german", "герман", "french", "франц", "british", "британ",
      "majilis", "мажилис", "duma", "дум", "senate", "сенат");

  /**
   * The role stems by first char: for a char {@code c}, {@code ROLE_STEMS[c]} holds the indices
   * (into {@link #ROLES}) of the roles with a stem starting with it, and {@code ROLE_STEM_TEXT[c]}
   * those stems, so a phrase is probed only at its word starts and only with stems that can match.
   */
  private static final int[][] ROLE_STEMS;
  private static final String[][] ROLE_STEM_TEXT;
  private static final int[][] QUALIFIER_STEMS;
  private static final String[][] QUALIFIER_STEM_TEXT;

  static {
    List<String> roleStems = new java.util.ArrayList<>();
    List<Integer> roleOf = new java.util.ArrayList<>();
    for (int r = 0; r < ROLES.size(); r++) {
      for (String stem : ROLES.get(r).stems()) {
        roleStems.add(stem);
        roleOf.add(r);
      }
    }
    int size = 0;
    for (String stem : roleStems) {
      size = Math.max(size, stem.charAt(0) + 1);
    }
    for (String q : QUALIFIERS) {
      size = Math.max(size, q.charAt(0) + 1);
    }
    ROLE_STEMS = new int[size][];
    ROLE_STEM_TEXT = new String[size][];
    index(roleStems, roleOf, ROLE_STEMS, ROLE_STEM_TEXT);
    List<Integer> qualifierOf = new java.util.ArrayList<>();
    for (int q = 0; q < QUALIFIERS.size(); q++) {
      qualifierOf.add(q);
    }
    QUALIFIER_STEMS = new int[size][];
    QUALIFIER_STEM_TEXT = new String[size][];
    index(QUALIFIERS, qualifierOf, QUALIFIER_STEMS, QUALIFIER_STEM_TEXT);
  }

  private static void index(List<String> stems, List<Integer> owners, int[][] ownerTable,
      String[][] stemTable) {
    for (int i = 0; i < stems.size(); i++) {
      char c = stems.get(i).charAt(0);
      int k = ownerTable[c] == null ? 0 : ownerTable[c].length;
      ownerTable[c] = ownerTable[c] == null ? new int[1] : java.util.Arrays.copyOf(ownerTable[c], k + 1);
      stemTable[c] = stemTable[c] == null ? new String[1] : java.util.Arrays.copyOf(stemTable[c], k + 1);
      ownerTable[c][k] = owners.get(i);
      stemTable[c][k] = stems.get(i);
    }
  }

  /**
   * The role a noun phrase names, or null. The phrase must be a role phrase, not a name: it must
   * begin with a determiner or a lower-case or role word, which the caller checks.
   */
  static Role match(String phraseLower) {
    String p = " " + phraseLower.toLowerCase(Locale.ROOT).replace('ё', 'е') + " ";
    boolean[] hit = found(p, ROLE_STEMS, ROLE_STEM_TEXT, ROLES.size());
    for (int r = 0; r < hit.length; r++) {
      if (hit[r]) {
        return ROLES.get(r);
      }
    }
    return null;
  }

  /** The role ids a free text (a person's role string, or words before a name) mentions. */
  static List<Role> all(String textLower) {
    String p = " " + textLower.toLowerCase(Locale.ROOT).replace('ё', 'е') + " ";
    boolean[] hit = found(p, ROLE_STEMS, ROLE_STEM_TEXT, ROLES.size());
    java.util.ArrayList<Role> out = new java.util.ArrayList<>();
    for (int r = 0; r < hit.length; r++) {
      if (hit[r]) {
        out.add(ROLES.get(r));
      }
    }
    return out;
  }

  /** The nationality qualifiers of a phrase, as stems. */
  static List<String> qualifiers(String textLower) {
    String p = " " + textLower.toLowerCase(Locale.ROOT) + " ";
    boolean[] hit = found(p, QUALIFIER_STEMS, QUALIFIER_STEM_TEXT, QUALIFIERS.size());
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (int q = 0; q < hit.length; q++) {
      if (hit[q]) {
        out.add(QUALIFIERS.get(q));
      }
    }
    return out;
  }

  /**
   * Adds the ids of the specific (not generic) roles and the qualifiers that {@code
   * text[begin, end)} mentions to the given sets: the same as {@link #all} and {@link
   * #qualifiers} of that substring, read from one lower-case copy of it instead of four strings.
   */
  static void addAll(String text, int begin, int end, java.util.Set<String> roleIds,
      java.util.Set<String> qualifierStems) {
    char[] padded = new char[end - begin + 2];
    padded[0] = ' ';
    padded[padded.length - 1] = ' ';
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
        // String.toLowerCase treats these apart: take the string path
        String sub = text.substring(begin, end);
        for (Role r : all(sub)) {
          if (!r.generic()) {
            roleIds.add(r.id());
          }
        }
        qualifierStems.addAll(qualifiers(sub));
        return;
      }
      padded[i - begin + 1] = Character.toLowerCase(c);
    }
    boolean[] roles = found(padded, ROLE_STEMS, ROLE_STEM_TEXT, ROLES.size(), true);
    for (int r = 0; r < roles.length; r++) {
      if (roles[r] && !ROLES.get(r).generic()) {
        roleIds.add(ROLES.get(r).id());
      }
    }
    boolean[] quals = found(padded, QUALIFIER_STEMS, QUALIFIER_STEM_TEXT, QUALIFIERS.size(), false);
    for (int q = 0; q < quals.length; q++) {
      if (quals[q]) {
        qualifierStems.add(QUALIFIERS.get(q));
      }
    }
  }

  /**
   * As {@link #found(String, int[][], String[][], int)} over a padded lower-case char array, read
   * with {@code ё} as {@code е} when {@code yo} is set (as {@link #all} replaces it).
   */
  private static boolean[] found(char[] padded, int[][] owners, String[][] stems, int count,
      boolean yo) {
    boolean[] hit = new boolean[count];
    int n = padded.length;
    for (int at = 1; at < n; at++) {
      char c = yo && padded[at] == 'ё' ? 'е' : padded[at];
      if (c >= owners.length || owners[c] == null
          || Character.isLetterOrDigit(padded[at - 1])) {
        continue;
      }
      int[] own = owners[c];
      String[] st = stems[c];
      for (int k = 0; k < own.length; k++) {
        String stem = st[k];
        if (!hit[own[k]] && startsWith(padded, at, stem, yo)) {
          int end = at + stem.length();
          if (stem.length() > 4 || end >= n || !Character.isLetterOrDigit(padded[end])) {
            hit[own[k]] = true;
          }
        }
      }
    }
    return hit;
  }

  private static boolean startsWith(char[] s, int at, String stem, boolean yo) {
    if (at + stem.length() > s.length) {
      return false;
    }
    for (int j = 0; j < stem.length(); j++) {
      char c = s[at + j];
      if (yo && c == 'ё') {
        c = 'е';
      }
      if (c != stem.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which owners (roles or qualifiers) have a stem occurring in {@code padded} at the start of a
   * word: after a char that is no letter or digit. A short stem ({@code pm}, {@code глава}) must
   * end at a word boundary too, or it would match {@code pmt}.
   */
  private static boolean[] found(String padded, int[][] owners, String[][] stems, int count) {
    boolean[] hit = new boolean[count];
    int n = padded.length();
    for (int at = 1; at < n; at++) {
      char c = padded.charAt(at);
      if (c >= owners.length || owners[c] == null
          || Character.isLetterOrDigit(padded.charAt(at - 1))) {
        continue;
      }
      int[] own = owners[c];
      String[] st = stems[c];
      for (int k = 0; k < own.length; k++) {
        String stem = st[k];
        if (!hit[own[k]] && padded.startsWith(stem, at)) {
          int end = at + stem.length();
          if (stem.length() > 4 || end >= n || !Character.isLetterOrDigit(padded.charAt(end))) {
            hit[own[k]] = true;
          }
        }
      }
    }
    return hit;
  }
}
