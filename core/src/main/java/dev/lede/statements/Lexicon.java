package dev.lede.statements;

import dev.lede.persons.Gender;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the statement stage: cue verbs and phrases, role phrases, pronouns and the
 * function words that bound a speaker's noun phrase. All entries are lower case ({@link
 * Locale#ROOT}); Russian past-tense verbs are listed in the masculine form and expanded to the
 * feminine, neuter and plural forms.
 */
final class Lexicon {

  private Lexicon() {}

  /** An immutable set; duplicates in a word list are harmless. */
  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** How a cue relates its speaker and its content. */
  enum CueKind {
    /** A verb of saying: the speaker stands before it ({@code he said}) or after it ({@code said he}). */
    SPEECH,
    /** A news-agency verb ({@code reports}, {@code передает}): never attributes a marks-less paragraph. */
    REPORT,
    /** A verb of belief ({@code is convinced}, {@code уверен}): reported clauses only. */
    BELIEF,
    /** A participle or gerund ({@code adding}, {@code отметив}): the speaker is the sentence's subject. */
    PARTICIPLE,
    /** {@code according to}, {@code по словам}: the speaker follows the cue. */
    ACCORDING
  }

  /** English verbs of saying, every form that may carry a statement. */
  private static final List<String> EN_SPEECH = List.of(
      "say", "says", "said", "tell", "tells", "told", "state", "states", "stated",
      "note", "notes", "noted", "add", "adds", "added", "stress", "stresses", "stressed",
      "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised",
      "assure", "assures", "assured", "reiterate", "reiterates", "reiterated", "recall",
      "recalls", "recalled", "explain", "explains", "explained", "declare", "declares",
      "declared", "announce", "announces", "announced", "claim", "claims", "claimed", "insist",
      "insists", "insisted", "argue", "argues", "argued", "warn", "warns", "warned", "write",
      "writes", "wrote", "ask", "asks", "asked", "reply", "replies", "replied", "respond",
      "responds", "responded", "answer", "answers", "answered", "continue", "continues",
      "continued", "conclude", "concludes", "concluded", "confirm", "confirms", "confirmed",
      "remark", "remarks", "remarked", "observe", "observes", "observed", "acknowledge",
      "acknowledges", "acknowledged", "admit", "admits", "admitted", "suggest", "suggests",
      "suggested", "comment", "comments", "commented", "underline", "underlines", "underlined",
      "highlight", "highlights", "highlighted", "mention", "mentions", "mentioned", "predict",
      "predicts", "predicted", "promise", "promises", "promised", "vow", "vows", "vowed",
      "complain", "complains", "complained", "joke", "jokes", "joked", "boast", "boasts",
      "boasted", "concede", "concedes", "conceded", "counter", "counters", "countered",
      "tweeted", "sing", "sings", "sang", "shout", "shouts", "shouted", "exclaim", "exclaimed",
      "recount", "recounts", "recounted", "contend", "contends", "contended", "maintain",
      "maintains", "maintained", "allege", "alleges", "alleged", "point", "points", "pointed",
      "deny", "denies", "denied", "agree", "agrees", "agreed", "urge", "urges", "urged",
      "quip", "quipped", "muse", "mused", "testify", "testified", "report", "reported",
      "believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped",
      "fear", "fears", "feared", "expect", "expects", "expected");

  /**
   * English verbs that characterize or perform speech rather than report it: a quotation in their
   * sentence is the subject's words ({@code Obama called the holiday "a celebration of …"},
   * {@code Reid dismissed the plan as "a joke"}, {@code "…," she yells}), but they never
   * introduce a reported clause or a marks-less paragraph. Grouped by meaning: naming
   * (call, describe, label), judging (praise, blast, condemn), asking and promising (demand,
   * plead, pledge), voicing (chant, yell, scream), and writing or reading out (tweet, post,
   * read: {@code "…," the letter reads}).
   */
  private static final List<String> EN_QUOTE_ONLY_STEMS = List.of(
      // naming and characterizing
      "call", "describe", "characterize", "characterise", "label", "brand", "term", "deem",
      "liken",
      // judging
      "praise", "laud", "hail", "tout", "applaud", "commend", "blast", "slam", "criticize",
      "criticise", "condemn", "denounce", "decry", "dismiss", "deride", "mock", "ridicule",
      "attack", "accuse", "lambast", "rip", "chide", "scold", "rebuke", "lament", "bemoan",
      // asking, demanding, promising
      "demand", "plead", "beg", "implore", "pledge", "threaten", "request",
      // voicing
      "chant", "yell", "scream", "cry", "whisper", "mutter", "sigh", "laugh", "roar",
      // writing and reading out
      "tweet", "post", "read");

  /** The inflections of {@link #EN_QUOTE_ONLY_STEMS}: -s, -ed and -ing forms, regular or not. */
  private static final Map<String, String> EN_IRREGULAR = Map.of("cry", "cries cried crying",
      "rip", "rips ripped ripping", "slam", "slams slammed slamming",
      "label", "labels labeled labelled labeling labelling",
      "decry", "decries decried decrying", "beg", "begs begged begging",
      "read", "reads reading", "liken", "likens likened likening",
      "threaten", "threatens threatened threatening");

  private static List<String> inflect(List<String> stems) {
    List<String> out = new java.util.ArrayList<>();
    for (String w : stems) {
      out.add(w);
      String irregular = EN_IRREGULAR.get(w);
      if (irregular != null) {
        out.addAll(List.of(irregular.split(" ")));
      } else if (w.endsWith("e")) {
        out.add(w + "s");
        out.add(w + "d");
        out.add(w.substring(0, w.length() - 1) + "ing");
      } else if (w.endsWith("h") || w.endsWith("s")) {
        out.add(w + "es");
        out.add(w + "ed");
        out.add(w + "ing");
      } else {
        out.add(w + "s");
        out.add(w + "ed");
        out.add(w + "ing");
      }
    }
    return out;
  }

  /** Russian verbs of the same kind, past masculine (expanded to the other forms). */
  private static final List<String> RU_QUOTE_ONLY_PAST = List.of("назвал", "охарактеризовал",
      "раскритиковал", "осудил", "высмеял", "пригрозил", "потребовал", "похвалил",
      "прокричал", "выкрикнул", "крикнул", "воскликнул", "поблагодарил", "упрекнул");

  private static final Set<String> EN_QUOTE_ONLY = quoteOnlyWords();

  private static Set<String> quoteOnlyWords() {
    List<String> all = new java.util.ArrayList<>(inflect(EN_QUOTE_ONLY_STEMS));
    for (String w : RU_QUOTE_ONLY_PAST) {
      all.add(w);
      all.add(w + "а");
      all.add(w + "и");
      all.add(w + "о");
    }
    return Set.copyOf(all);
  }

  /** Whether {@code lower} is a verb that attributes only a quotation in its sentence. */
  static boolean quoteOnly(String lower) {
    return EN_QUOTE_ONLY.contains(lower);
  }

  /** English verbs that only attribute with {@code that} or a quote, never alone. */
  private static final Set<String> EN_THAT_ONLY = set("point", "points", "pointed",
      "believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped",
      "fear", "fears", "feared", "expect", "expects", "expected", "maintain", "maintains",
      "maintained", "agree", "agrees", "agreed", "urge", "urges", "urged", "deny", "denies",
      "denied", "continue", "continues", "continued", "confirm", "confirms", "confirmed",
      "report", "reported", "mention", "mentions", "mentioned", "promise", "promises",
      "promised", "recall", "recalls", "recalled", "state", "states", "stated",
      "announce", "announces", "announced", "suggest", "suggests", "suggested");

  private static final Set<String> EN_REPORT = set("reports", "reported");

  private static final Set<String> EN_BELIEF_ADJ = set("convinced", "sure", "confident",
      "certain");

  private static final List<String> EN_PARTICIPLE = List.of("saying", "adding", "noting",
      "stressing", "emphasizing", "emphasising", "recalling", "explaining", "declaring",
      "arguing", "warning", "insisting", "claiming", "asking", "writing", "underlining",
      "pointing", "telling", "stating", "suggesting", "reiterating", "assuring");

  /** Russian verbs of saying, past masculine (expanded) or present. */
  private static final List<String> RU_SPEECH_PAST = List.of("сказал", "заявил", "отметил",
      "подчеркнул", "сообщил", "добавил", "пояснил", "указал", "заметил", "напомнил",
      "рассказал", "уточнил", "признал", "предупредил", "констатировал", "резюмировал",
      "написал", "ответил", "объяснил", "подытожил", "акцентировал", "выразил", "обещал",
      "пообещал", "считал", "полагал", "допустил", "предположил", "убедил", "заверил",
      "посетовал", "пожаловался", "отреагировал", "прокомментировал", "спросил",
      "передал", "призвал", "продолжил", "добавлял", "говорил", "утверждал", "настаивал",
      "подчёркнул", "уверял", "высказал");

  private static final List<String> RU_SPEECH_PRESENT = List.of("говорит", "говорят",
      "говорится", "заявляет", "заявляют", "отмечает", "отмечают", "подчеркивает",
      "подчёркивает", "подчеркивают", "сообщает", "сообщают", "добавляет", "поясняет",
      "указывает", "считает", "считают", "полагает", "полагают", "уверяет", "утверждает",
      "утверждают", "пишет", "пишут", "напоминает", "уточняет", "признает", "признаёт",
      "рассказывает", "передает", "передаёт", "сообщается", "отмечается", "убежден",
      "убеждена", "убеждены", "убеждён", "уверен", "уверена", "уверены", "думает", "надеется",
      "ожидает", "предупреждает", "констатирует", "резюмирует", "объясняет", "заверяет");

  private static final Set<String> RU_REPORT = set("передает", "передаёт", "сообщает",
      "сообщают", "сообщается", "пишет", "пишут", "говорится", "отмечается");

  private static final Set<String> RU_BELIEF = set("уверен", "уверена", "уверены",
      "убежден", "убеждена", "убеждены", "убеждён", "считает", "считают", "полагает",
      "полагают", "думает", "надеется", "ожидает", "считал", "считала", "считали", "полагал",
      "полагала", "полагали");

  private static final List<String> RU_PARTICIPLE = List.of("добавив", "отметив",
      "подчеркнув", "заявив", "сказав", "напомнив", "пояснив", "указав", "заметив",
      "уточнив", "констатировав", "резюмировав", "выразив", "признав");

  private static final Map<String, CueKind> CUES = new HashMap<>();

  static {
    for (String w : EN_SPEECH) {
      CUES.put(w, EN_REPORT.contains(w) ? CueKind.REPORT : CueKind.SPEECH);
    }
    for (String w : EN_PARTICIPLE) {
      CUES.put(w, CueKind.PARTICIPLE);
    }
    for (String w : EN_QUOTE_ONLY) {
      CUES.putIfAbsent(w, w.endsWith("ing") ? CueKind.PARTICIPLE : CueKind.SPEECH);
    }
    for (String w : List.of("назвав", "охарактеризовав", "раскритиковав", "потребовав",
        "пригрозив", "похвалив", "поблагодарив")) {
      CUES.putIfAbsent(w, CueKind.PARTICIPLE);
    }
    for (String w : RU_SPEECH_PAST) {
      String stem = w.endsWith("ся") ? null : w;
      CueKind kind = RU_BELIEF.contains(w) ? CueKind.BELIEF : CueKind.SPEECH;
      CUES.put(w, kind);
      if (stem != null && stem.endsWith("л")) {
        CUES.put(stem + "а", kind);
        CUES.put(stem + "и", kind);
        CUES.put(stem + "о", kind);
      }
    }
    for (String w : RU_SPEECH_PRESENT) {
      CueKind kind = RU_REPORT.contains(w) ? CueKind.REPORT
          : RU_BELIEF.contains(w) ? CueKind.BELIEF : CueKind.SPEECH;
      CUES.put(w, kind);
    }
    for (String w : RU_PARTICIPLE) {
      CUES.put(w, CueKind.PARTICIPLE);
    }
  }

  /** The kind of the single-word cue {@code lower}, or null. */
  static CueKind cue(String lower) {
    return CUES.get(lower);
  }

  /** English verbs that attribute only a {@code that} clause or a quote (not a marks-less paragraph). */
  static boolean thatOnly(String lower) {
    return EN_THAT_ONLY.contains(lower) || RU_BELIEF.contains(lower)
        || EN_QUOTE_ONLY.contains(lower);
  }

  /** {@code (is|am|are|was) convinced/sure/confident}: a belief cue when preceded by a copula. */
  static boolean beliefAdjective(String lower) {
    return EN_BELIEF_ADJ.contains(lower);
  }

  /** Present forms that are also plural nouns ("his claims"): no cue after a determiner. */
  static final Set<String> NOUN_LIKE = set("claims", "notes", "comments", "remarks", "answers",
      "reports", "points", "states", "promises", "counters", "jokes", "vows", "fears", "hopes",
      "warns", "asks", "replies", "responds", "tells", "says", "thinks", "adds", "concludes",
      "observes", "suggests", "explains", "insists", "argues", "writes", "recounts", "mentions",
      "tweets", "sings", "denies", "urges", "expects", "calls", "attacks", "demands",
      "pledges", "threats", "posts", "cries", "chants", "labels", "brands", "terms", "praises",
      "requests", "invites", "laughs", "sighs", "rips", "slams", "blasts");

  static final Set<String> COPULA = set("is", "am", "are", "was", "were", "remains",
      "remained");

  /** Words that introduce a reported clause. */
  static boolean complementizer(String lower) {
    return lower.equals("that") || lower.equals("что") || lower.equals("чтобы");
  }

  /** Passive participles of a back-reference sentence: {@code This opinion was expressed by X}. */
  static final Set<String> BACKREF_PARTICIPLES = set("expressed", "voiced", "stated",
      "said", "made", "shared", "noted", "given");

  /** Words that open a back-reference sentence. */
  static final Set<String> BACKREF_OPENERS = set("this", "that", "such", "these", "those",
      "об", "так", "такое", "такую", "такой", "это", "эти", "эту");

  private static final Map<String, Gender> PRONOUNS = Map.of("he", Gender.MALE, "she",
      Gender.FEMALE, "он", Gender.MALE, "она", Gender.FEMALE);

  /** The gender of a third-person singular pronoun, or null when {@code lower} is none. */
  static Gender pronoun(String lower) {
    return PRONOUNS.get(lower);
  }

  static final Set<String> PLURAL_PRONOUNS = set("they", "они");

  /** First-person pronouns: the author's own words, never attributed outside quotes. */
  static final Set<String> FIRST_PERSON = set("i", "we", "я", "мы");

  /** Markers of first-person speech inside marks-less content (makes it direct). */
  static final Set<String> FIRST_PERSON_MARKERS = set("i", "we", "our", "ours", "us", "my",
      "me", "i'm", "we're", "we've", "i've", "я", "мы", "наш", "наша", "наше", "наши", "нашей",
      "нашего", "нашему", "нашим", "нашими", "наших", "нашу", "нам", "нас", "нами", "мой",
      "моя", "моё", "мое", "мои", "мне", "меня", "считаю", "уверен", "полагаю", "думаю");

  /** Nouns that, right before a quote, make it a name or a title rather than a statement. */
  private static final Set<String> TITLE_NOUNS = set("article", "book", "film", "movie",
      "opera", "play", "song", "album", "newspaper", "magazine", "journal", "declaration",
      "program", "programme", "project", "forum", "festival", "party", "slogan", "motto",
      "words", "word", "term", "called", "titled", "entitled", "named", "dubbed", "so-called",
      "operation", "series", "brand", "doctrine", "concept", "strategy", "initiative", "award", "prize", "games",
      "exhibition", "ballet", "novel", "poem", "hashtag", "nickname", "label", "phrase");

  /** Russian stems for the same purpose (matched as prefixes of a lower-case word). */
  private static final List<String> RU_TITLE_STEMS = List.of("стать", "газет", "журнал",
      "фильм", "книг", "деклараци", "программ", "проект", "форум", "фестивал", "парти",
      "лозунг", "слова", "компани", "названи", "называем", "агентств", "телеканал", "канал",
      "опер", "спектакл", "песн", "операци", "акци", "движени", "фонд", "выставк", "концепци",
      "стратеги", "доктрин", "инициатив", "преми", "награ", "игр", "клуб", "завод", "холдинг",
      "банк", "оао", "ооо", "зао", "пао", "тоо", "ао", "гк", "сайт", "портал", "издани",
      "передач", "шоу", "рубрик", "центр", "общество", "объединени", "союз", "конкурс");

  static boolean titleNoun(String lower) {
    if (TITLE_NOUNS.contains(lower)) {
      return true;
    }
    for (String stem : RU_TITLE_STEMS) {
      if (lower.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Words that may stand between a speaker and the cue: {@code X also said}, {@code он также отметил}. */
  static final Set<String> ADVERBS = set("also", "has", "had", "have", "later", "again",
      "then", "further", "previously", "repeatedly", "recently", "earlier", "once", "once",
      "further", "only", "even", "just", "has also", "would", "will", "could", "reportedly",
      "never", "always", "often", "publicly", "privately", "subsequently", "immediately",
      "simply", "flatly", "firmly", "strongly", "clearly", "quickly", "bluntly", "angrily",
      "sharply", "openly", "specifically", "explicitly", "separately", "personally",
      "также", "тоже", "уже", "ранее", "вновь", "снова", "ещё", "еще", "лишь", "неоднократно",
      "особо", "отдельно", "в", "свою", "очередь", "со", "своей", "стороны", "не", "раз",
      "have", "has", "not", "did", "does", "do");

  /** A manner adverb ({@code cynically}, {@code angrily}) that may stand between speaker and cue. */
  static boolean mannerAdverb(String lower) {
    return (lower.length() > 5 && lower.endsWith("ly") && !lower.endsWith("ily")
        || lower.length() > 6 && lower.endsWith("ily")) && !LY_NOUNS.contains(lower);
  }

  /** Nouns and adjectives in {@code -ly} that may end a speaker's phrase. */
  private static final Set<String> LY_NOUNS = set("assembly", "supply", "family", "ally",
      "rally", "monopoly", "anomaly", "homily", "butterfly", "weekly", "monthly", "daily",
      "quarterly", "italy", "elderly", "lonely", "friendly", "holy", "early");

  /** Capitalized labels before a colon that name no speaker: {@code UPDATE:}, {@code NOTE:}. */
  static final Set<String> NOT_SPEAKER_LABELS = set("update", "updated", "note", "editor's",
      "correction", "clarification", "disclaimer", "watch", "read", "related", "photo",
      "video", "breaking", "source",
      "sources", "exclusive", "live", "opinion", "analysis", "warning", "ps", "p.s", "faq",
      "tl", "tldr", "tl;dr", "alert", "news", "bulletin", "transcript", "the", "a", "an",
      "обновлено", "внимание", "важно", "читайте", "смотрите", "фото", "видео", "источник");

  /** Time words that may follow a cue: {@code said Friday}, {@code said last week}. */
  static final Set<String> TIME_WORDS = set("today", "yesterday", "tonight", "earlier",
      "later", "recently", "last", "this", "next", "morning", "afternoon", "evening", "night",
      "week", "month", "year", "ago", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "again", "privately",
      "publicly", "вчера", "сегодня", "накануне", "позже", "ранее");

  /** Prepositions that open a short phrase after a cue: {@code said in a statement}. */
  static final Set<String> CUE_PP = set("in", "on", "at", "to", "during", "after", "before",
      "via", "from", "with", "while", "when", "through", "over", "outside", "inside", "into",
      "in", "в", "на", "во", "после", "перед", "журналистам", "корреспонденту");

  /** Words that open an adverbial phrase, not a name: {@code In July, …}, {@code Following …}. */
  static final Set<String> ADVERBIAL_OPENERS = set("in", "on", "at", "after", "before",
      "during", "following", "since", "until", "by", "for", "from", "with", "without", "as",
      "when", "while", "last", "this", "next", "earlier", "later", "on", "over", "under",
      "despite", "amid", "among", "about", "through", "throughout", "like", "unlike", "if",
      "although", "though", "because", "once", "speaking", "asked", "writing", "yesterday",
      "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "в", "на", "после", "до", "во", "по",
      "при", "как", "накануне", "вчера", "сегодня");

  /** Lower-case words that end a speaker's noun phrase when scanning away from a cue. */
  private static final Set<String> STOP = set("that", "which", "who", "whom", "whose",
      "when", "where", "while", "because", "as", "if", "but", "and", "or", "so", "than",
      "to", "in", "at", "with", "from", "by", "into", "about", "after", "before", "during",
      "since", "until", "against", "over", "under", "through", "is", "are", "was", "were",
      "be", "been", "being", "it", "this", "there", "here", "what", "how", "why", "not",
      "also", "has", "had", "have", "do", "does", "did", "would", "will", "could", "should",
      "can", "may", "might", "must", "him", "her", "them", "me", "us", "you", "said", "says",
      "told", "then", "now", "today", "yesterday", "on", "off", "up", "out", "once", "just",
      "что", "как", "и", "а", "но", "или", "в", "во", "на", "с", "со", "к", "ко", "от",
      "до", "из", "за", "по", "о", "об", "при", "для", "у", "не", "это", "этом", "который",
      "которая", "которые", "когда", "где", "если", "чтобы", "также", "уже", "его", "ее",
      "её", "их", "ему", "ей", "им", "было", "был", "была", "были", "будет", "есть", "the",
      "a", "an");

  /** Words a speaker's noun phrase may open with. */
  static final Set<String> DETERMINERS = set("the", "a", "an", "another", "one", "two",
      "three", "several", "many", "some", "his", "her", "its", "their", "other", "both",
      "each", "any", "most", "all", "few", "senior", "former", "top");

  /** Lower-case links inside a name or title: {@code Committee on International Affairs}. */
  static final Set<String> NAME_LINKS = set("of", "for", "on", "and", "de", "van", "von",
      "der", "da", "di", "bin", "al", "la", "le", "du", "the");

  static boolean stop(String lower) {
    return STOP.contains(lower);
  }

  /** Prepositions that mark the following name as an oblique, not a subject or speaker. */
  static final Set<String> PREPOSITIONS = set("of", "for", "to", "with", "from", "by",
      "about", "against", "at", "on", "in", "into", "toward", "towards", "than", "like",
      "в", "во", "с", "со", "к", "ко", "от", "для", "у", "о", "об", "на", "по", "за", "при",
      "до", "из", "перед", "между", "про", "через");

  /** Nouns for a human or institutional source that may speak: {@code a source}, {@code officials}. */
  private static final Set<String> SOURCE_NOUNS = set("source", "sources", "official",
      "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser",
      "advisor", "advisers", "advisors", "analyst", "analysts", "expert", "experts", "critic",
      "critics", "observer", "observers", "witness", "witnesses", "lawyer", "attorney",
      "representative", "representatives", "campaign", "spokespeople", "people", "person",
      "voter", "voters", "resident", "residents", "economist", "economists", "author",
      "authors", "researcher", "researchers", "statement", "ministry", "department",
      "service", "office", "agency", "police", "prosecutor", "prosecutors", "leader",
      "leaders", "supporter", "supporters", "member", "members", "director", "chief", "head",
      "manager", "chairman", "chairwoman", "chair", "executive", "founder", "ambassador",
      "candidate", "nominee", "democrat", "democrats", "republican", "republicans", "mother",
      "father", "wife", "husband", "son", "daughter", "friend", "colleague", "report",
      "poll", "survey", "study", "источник", "источники", "представитель", "представители",
      "эксперт", "эксперты", "аналитик", "аналитики", "пресс-служба", "пресс-секретарь",
      "сообщение", "заявление", "ведомство", "министерство", "собеседник", "руководитель",
      "директор", "глава", "председатель", "посол", "член", "члены", "участник", "участники",
      "жители", "житель", "политолог", "политологи", "экономист", "экономисты", "автор");

  static boolean sourceNoun(String lower) {
    return SOURCE_NOUNS.contains(lower);
  }

  /** Abbreviations whose period does not end a sentence. */
  static final Set<String> ABBREVIATIONS = set("mr", "mrs", "ms", "dr", "st", "gen", "sen",
      "rep", "gov", "jr", "sr", "lt", "col", "sgt", "capt", "prof", "rev", "no", "vs", "u.s",
      "u.k", "u.n", "e.g", "i.e", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "г", "гг", "т", "ул", "им", "д",
      "млн", "млрд", "тыс", "руб", "см", "ст", "пр", "св", "mt", "ft", "p.m", "a.m");

  /** Titles that precede a name and are not part of it. */
  static final Set<String> NAME_TITLES = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
      "dr.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "president", "minister", "prime",
      "speaker", "chairman", "chairwoman", "senator", "governor", "secretary", "mayor",
      "deputy", "first", "vice", "chief", "general", "ambassador", "director", "head", "leader",
      "spokesman", "spokeswoman", "press", "foreign", "defense", "defence", "state", "former",
      "candidate", "nominee", "representative", "congressman", "congresswoman", "judge",
      "justice", "attorney", "commissioner", "chair", "co-chair", "member", "majilis",
      "duma", "senate", "house", "federal", "national", "russian", "kazakh", "american",
      "democratic", "republican", "presidential", "pm", "президент", "премьер-министр",
      "премьер", "министр", "спикер", "председатель", "глава", "депутат", "сенатор", "посол",
      "губернатор", "мэр", "аким", "пресс-секретарь", "вице-премьер", "генсек",
      "генеральный", "секретарь", "директор", "руководитель", "лидер", "россии", "казахстана",
      "рк", "рф", "сша", "государственной", "думы", "мажилиса", "сената", "первый",
      "заместитель", "the");

  static boolean nameTitle(String lower) {
    return NAME_TITLES.contains(lower);
  }

  static final Set<String> ORG_WORDS = set("post", "times", "news", "agency", "ministry",
      "party", "committee", "service", "department", "house", "office", "council", "kremlin",
      "journal", "press", "tass", "reuters", "associated", "government", "commission",
      "campaign", "network", "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "bbc", "ria",
      "interfax", "kazinform", "akorda", "foundation", "institute", "university", "center",
      "centre", "poll", "magazine", "tribune", "herald", "gazette", "daily", "review", "media",
      "group", "inc", "corp", "bureau", "administration", "police", "court", "staff",
      "министерство", "мид", "служба", "пресс-служба", "комитет", "правительство", "кремль",
      "агентство", "партия");

  // Word classes: each token carries the bits of the lists its lower-case form belongs to,
  // found with one table probe when it is made, so the rules test a bit instead of hashing it
  // into one set after another. Bit k is set exactly when the set's contains() would be true.
  static final int COPULA_WORD = 1;
  static final int BELIEF_ADJECTIVE = 1 << 1;
  static final int NOUN_LIKE_WORD = 1 << 2;
  static final int QUOTE_ONLY = 1 << 3;
  static final int DETERMINER = 1 << 4;
  static final int NAME_LINK = 1 << 5;
  static final int STOP_WORD = 1 << 6;
  /** {@code pronoun(w) != null}, a plural or first-person pronoun, or {@code it}. */
  static final int PRONOUN_LIKE = 1 << 7;
  static final int PREPOSITION = 1 << 8;
  static final int ADVERB = 1 << 9;
  static final int SOURCE_NOUN = 1 << 10;
  static final int ADVERBIAL_OPENER = 1 << 11;
  static final int NAME_TITLE = 1 << 12;
  static final int TIME_WORD = 1 << 13;
  static final int CUE_PREPOSITION = 1 << 14;
  static final int FIRST_PERSON_MARKER = 1 << 15;
  static final int ORG_WORD = 1 << 16;
  /** {@code according} and {@code по}, which open a cue ({@code according to}, {@code по словам}). */
  static final int CUE_OPENER = 1 << 17;
  /** The cue kind, as its ordinal plus one, in the bits from here on (0: no cue). */
  private static final int CUE_SHIFT = 24;

  private static final CueKind[] CUE_KINDS = CueKind.values();

  /** The cue kind stored in a token's classes, or null. */
  static CueKind cueOf(int classes) {
    int k = classes >>> CUE_SHIFT;
    return k == 0 ? null : CUE_KINDS[k - 1];
  }

  /** Every word of the lists above with its class bits. */
  static final WordTable WORDS = wordTable();

  private static WordTable wordTable() {
    Map<String, Integer> m = new HashMap<>();
    mark(m, COPULA, COPULA_WORD);
    mark(m, EN_BELIEF_ADJ, BELIEF_ADJECTIVE);
    mark(m, NOUN_LIKE, NOUN_LIKE_WORD);
    mark(m, EN_QUOTE_ONLY, QUOTE_ONLY);
    mark(m, DETERMINERS, DETERMINER);
    mark(m, NAME_LINKS, NAME_LINK);
    mark(m, STOP, STOP_WORD);
    mark(m, PRONOUNS.keySet(), PRONOUN_LIKE);
    mark(m, PLURAL_PRONOUNS, PRONOUN_LIKE);
    mark(m, FIRST_PERSON, PRONOUN_LIKE);
    mark(m, Set.of("it"), PRONOUN_LIKE);
    mark(m, PREPOSITIONS, PREPOSITION);
    mark(m, ADVERBS, ADVERB);
    mark(m, SOURCE_NOUNS, SOURCE_NOUN);
    mark(m, ADVERBIAL_OPENERS, ADVERBIAL_OPENER);
    mark(m, NAME_TITLES, NAME_TITLE);
    mark(m, TIME_WORDS, TIME_WORD);
    mark(m, CUE_PP, CUE_PREPOSITION);
    mark(m, FIRST_PERSON_MARKERS, FIRST_PERSON_MARKER);
    mark(m, ORG_WORDS, ORG_WORD);
    mark(m, Set.of("according", "по"), CUE_OPENER);
    for (Map.Entry<String, CueKind> e : CUES.entrySet()) {
      m.merge(e.getKey(), (e.getValue().ordinal() + 1) << CUE_SHIFT, (a, b) -> a | b);
    }
    return new WordTable(m);
  }

  private static void mark(Map<String, Integer> m, Set<String> words, int bit) {
    for (String w : words) {
      m.merge(w, bit, (a, b) -> a | b);
    }
  }

  /** The class bits of a lower-case word. */
  static int classes(String lower) {
    int slot = WORDS.find(lower);
    return slot < 0 ? 0 : WORDS.value(slot);
  }
}
