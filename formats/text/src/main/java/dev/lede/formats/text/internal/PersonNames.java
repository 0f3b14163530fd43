package dev.lede.formats.text.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a person's name where layouts name an author: a blog owner in a breadcrumb, or the name
 * after {@code by} and the author's titles in a headline ({@code Article by the President of …
 * K.K.Tokayev published in …}).
 */
final class PersonNames {

  /** Words that stand before a name as titles or offices; they are not part of the name. */
  private static final Set<String> ROLE_WORDS = Set.of("president", "prime", "minister",
      "premier", "chairman", "chairwoman", "chair", "head", "secretary", "general", "deputy",
      "vice", "speaker", "senator", "ambassador", "director", "governor", "mayor", "king", "queen",
      "chancellor", "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "foreign", "defence",
      "defense", "first", "state", "adviser", "advisor", "spokesman", "spokeswoman", "editor",
      "correspondent", "columnist", "member", "leader", "founder", "ceo", "academician");

  /** Lower-case words that may sit inside a title phrase before the name. */
  private static final Set<String> LINKING_WORDS = Set.of("the", "of", "and", "a", "an");

  /** Words that name sections of a site, never a person (breadcrumb items). */
  private static final Set<String> SECTION_WORDS = Set.of("home", "news", "blog", "blogs",
      "members", "member", "about", "committee", "press", "releases", "events", "articles",
      "opinion", "opinions", "columns", "archive", "media", "main", "page", "category", "tags",
      "главная", "новости", "блоги", "блог", "статьи", "мнения", "архив", "комитет");

  private static final int MAX_NAME_WORDS = 4;

  private PersonNames() {}

  /** Whether {@code text[p]} reads as a person's name: 2-4 capitalized words, no section word. */
  static boolean looksLikePersonName(String text, Piece p) {
    List<Piece> words = Tokens.words(text, p.begin(), p.end());
    if (words.size() < 2 || words.size() > MAX_NAME_WORDS
        || words.get(0).begin() != p.begin() || words.get(words.size() - 1).end() != p.end()) {
      return false;
    }
    for (Piece w : words) {
      if (!isNameWord(text, w) || SECTION_WORDS.contains(lower(w.of(text)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name after the word {@code by} in {@code title}: initials and surname
   * ({@code K.K.Tokayev}, {@code K. K. Tokayev}) or given names and surname after any titles and
   * offices; null when there is none.
   */
  static Piece nameAfterBy(String text, Piece title) {
    List<Piece> words = Tokens.words(text, title.begin(), title.end());
    int by = -1;
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).of(text).equalsIgnoreCase("by")) {
        by = k;
        break;
      }
    }
    if (by < 0) {
      return null;
    }
    // the phrase after "by" ends at the first lower-case word that links nothing ("published")
    int end = by + 1;
    while (end < words.size()) {
      Piece w = words.get(end);
      if (!Tokens.startsUpper(text, w) && !LINKING_WORDS.contains(lower(w.of(text)))) {
        break;
      }
      end++;
    }
    Piece initials = initialsAndSurname(text, words, by + 1, end);
    if (initials != null) {
      return initials;
    }
    // the first run of capitalized words that still holds a name once offices are dropped:
    // "the President of Russia Vladimir Vladimirovich Putin": [President], [Russia … Putin]
    int k = by + 1;
    while (k < end) {
      int start = k;
      while (k < end && isNameWord(text, words.get(k))) {
        k++;
      }
      Piece name = nameInRun(text, words, start, k);
      if (name != null) {
        return name;
      }
      k = Math.max(k, start + 1);
    }
    return null;
  }

  /** The name in a run of capitalized words {@code words[start, end)}, or null. */
  private static Piece nameInRun(String text, List<Piece> words, int start, int end) {
    boolean afterRole = false;
    while (start < end && ROLE_WORDS.contains(lower(words.get(start).of(text)))) {
      start++;
      afterRole = true;
    }
    int n = end - start;
    if (n <= 0 || (n == 1 && !afterRole)) {
      return null;
    }
    if (n >= 3 && !isPatronymic(words.get(end - 2).of(text))) {
      start = end - 2; // "Kazakhstan Kassym-Jomart Tokayev": a place before a two-word name
    } else if (n > 3) {
      start = end - 3;
    }
    return new Piece(words.get(start).begin(), words.get(end - 1).end());
  }

  /** {@code K.K.Tokayev}, or {@code K. K. Tokayev}, inside words[from, to). */
  private static Piece initialsAndSurname(String text, List<Piece> words, int from, int to) {
    for (int k = from; k < to; k++) {
      Piece w = words.get(k);
      if (isGluedInitialsName(text, w)) {
        return w;
      }
      int j = k;
      while (j < to && Tokens.isInitial(text, words.get(j).begin(), words.get(j).end())) {
        j++;
      }
      if (j > k && j < to && isNameWord(text, words.get(j))
          && !Tokens.isInitial(text, words.get(j).begin(), words.get(j).end())) {
        return new Piece(w.begin(), words.get(j).end());
      }
    }
    return null;
  }

  /** {@code K.K.Tokayev}: one to three initials glued to a capitalized surname. */
  private static boolean isGluedInitialsName(String text, Piece w) {
    int i = w.begin();
    int initials = 0;
    while (i + 1 < w.end() && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.') {
      i += 2;
      initials++;
    }
    return initials >= 1 && initials <= 3 && i + 1 < w.end()
        && isNameWord(text, new Piece(i, w.end()));
  }

  /** A capitalized word of letters, hyphens, apostrophes, periods ({@code Kassym-Jomart}). */
  private static boolean isNameWord(String text, Piece w) {
    if (!Character.isUpperCase(text.charAt(w.begin()))) {
      return false;
    }
    for (int i = w.begin(); i < w.end(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Russian patronymics: {@code Vladimirovich}, {@code Ivanovna}, {@code Владимирович}. */
  private static boolean isPatronymic(String word) {
    String w = lower(word);
    return w.endsWith("ovich") || w.endsWith("evich") || w.endsWith("ovna") || w.endsWith("evna")
        || w.endsWith("ович") || w.endsWith("евич") || w.endsWith("овна") || w.endsWith("евна")
        || w.endsWith("ich") || w.endsWith("ична");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
