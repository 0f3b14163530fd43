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
   * The role a noun phrase names, or null. The phrase must be a role phrase, not a name: it must
   * begin with a determiner or a lower-case or role word, which the caller checks.
   */
  static Role match(String phraseLower) {
    String p = " " + phraseLower.toLowerCase(Locale.ROOT).replace('ё', 'е') + " ";
    for (Role r : ROLES) {
      for (String stem : r.stems()) {
        if (containsWordPrefix(p, stem)) {
          return r;
        }
      }
    }
    return null;
  }

  /** The role ids a free text (a person's role string, or words before a name) mentions. */
  static List<Role> all(String textLower) {
    String p = " " + textLower.toLowerCase(Locale.ROOT).replace('ё', 'е') + " ";
    java.util.ArrayList<Role> out = new java.util.ArrayList<>();
    for (Role r : ROLES) {
      for (String stem : r.stems()) {
        if (containsWordPrefix(p, stem)) {
          out.add(r);
          break;
        }
      }
    }
    return out;
  }

  /** The nationality qualifiers of a phrase, as stems. */
  static List<String> qualifiers(String textLower) {
    // padded once, not once per qualifier
    String p = " " + textLower.toLowerCase(Locale.ROOT) + " ";
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (String q : QUALIFIERS) {
      if (containsWordPrefix(p, q)) {
        out.add(q);
      }
    }
    return out;
  }

  /** Whether {@code stem} occurs in {@code padded} at the start of a word. */
  private static boolean containsWordPrefix(String padded, String stem) {
    int from = 0;
    while (true) {
      int at = padded.indexOf(stem, from);
      if (at < 0) {
        return false;
      }
      char before = at == 0 ? ' ' : padded.charAt(at - 1);
      if (!Character.isLetterOrDigit(before)) {
        // a short stem (pm, глава) must end at a word boundary too, or it would match "pmt"
        int end = at + stem.length();
        if (stem.length() > 4 || end >= padded.length()
            || !Character.isLetterOrDigit(padded.charAt(end))) {
          return true;
        }
      }
      from = at + 1;
    }
  }
}
