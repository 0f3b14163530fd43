package dev.lede.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.MentionKind;
import dev.lede.model.Statement;
import dev.lede.persons.Gender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {

  private static List<Statement> statements(Fixtures f, String lang) {
    return f.extract(lang).statements();
  }

  private static Statement only(List<Statement> all) {
    assertEquals(1, all.size(), () -> "statements: " + all);
    return all.get(0);
  }

  @Test
  void extract_quoteThenPronounCue_resolvesPronounToSalientPerson() {
    Fixtures f = new Fixtures("Mayor Anna Petrova opened the new bridge on Monday.",
        "“We built it in two years,” she said at the ceremony.")
        .person("p1", "Anna Petrova", Gender.FEMALE, List.of("Mayor"), "Anna Petrova");
    StatementAnalysis a = f.extract("en");
    Statement s = only(a.statements());
    assertEquals("We built it in two years,", s.quote().text());
    assertTrue(s.direct());
    assertEquals("p1", s.speaker().person());
    assertEquals("she", s.speaker().mention().text());
    assertEquals("said", s.cue().text());
    assertEquals(1, s.block());
    assertEquals(MentionKind.PRONOUN, a.speakerMentions().get(0).kind());
    assertEquals("“We built it in two years,”".length() - 2,
        s.quote().span().length());
  }

  @Test
  void extract_pronounOfOtherGender_skipsToAgreeingPerson() {
    Fixtures f = new Fixtures("Ivan Sokolov met Maria Lebedeva in the capital.",
        "Lebedeva praised the talks. \"The meeting went very well,\" he said.")
        .person("p1", "Ivan Sokolov", Gender.MALE, List.of(), "Ivan Sokolov")
        .person("p2", "Maria Lebedeva", Gender.FEMALE, List.of(), "Maria Lebedeva", "Lebedeva");
    assertEquals("p1", only(statements(f, "en")).speaker().person());
  }

  @Test
  void extract_cueBeforeQuoteWithColon_attributesRolePhraseToRoleHolder() {
    Fixtures f = new Fixtures(
        "Russian Prime Minister Oleg Ivanov met the Finance Minister Pavel Orlov.",
        "The Prime Minister noted: “Our budget will stay balanced next year.”")
        .person("p1", "Oleg Ivanov", Gender.MALE, List.of("Russian Prime Minister"), "Oleg Ivanov")
        .person("p2", "Pavel Orlov", Gender.MALE, List.of("Finance Minister"), "Pavel Orlov");
    Statement s = only(statements(f, "en"));
    assertEquals("Our budget will stay balanced next year.", s.quote().text());
    assertEquals("p1", s.speaker().person());
    assertEquals("The Prime Minister", s.speaker().mention().text());
  }

  @Test
  void extract_genericRole_resolvesToMostSalientPerson() {
    Fixtures f = new Fixtures("Deputy Nikolai Gromov spoke at the forum.",
        "According to the politician: “Cooperation will grow in every sector.”")
        .person("p1", "Nikolai Gromov", Gender.MALE, List.of(), "Nikolai Gromov");
    Statement s = only(statements(f, "en"));
    assertEquals("p1", s.speaker().person());
    assertEquals("according to", s.cue().text().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void extract_headlineWithColon_isStatementOfNamedSpeaker() {
    Fixtures f = new Fixtures(true, "Olga Kim: “Trade between our countries will double”",
        "The minister spoke in Almaty.");
    Statement s = only(statements(f, "en"));
    assertEquals("Trade between our countries will double", s.quote().text());
    assertEquals("Olga Kim", s.speaker().name());
    assertEquals(0, s.block());
  }

  @Test
  void extract_quoteAroundCue_givesTwoStatementsBySameSpeaker() {
    Fixtures f = new Fixtures(
        "\"The plan is ready,\" Gromov said. \"We start building in May.\"");
    List<Statement> all = statements(f, "en");
    assertEquals(2, all.size());
    assertEquals("Gromov", all.get(0).speaker().name());
    assertEquals("Gromov", all.get(1).speaker().name());
    assertEquals("We start building in May.", all.get(1).quote().text());
  }

  @Test
  void extract_multiParagraphQuote_eachParagraphAttributed() {
    Fixtures f = new Fixtures("\"The first part of the speech goes on here.",
        "\"And the second part ends it,\" said Gromov.");
    List<Statement> all = statements(f, "en");
    assertEquals(2, all.size());
    assertEquals("The first part of the speech goes on here.", all.get(0).quote().text());
    assertEquals("Gromov", all.get(0).speaker().name());
    assertEquals("Gromov", all.get(1).speaker().name());
  }

  @Test
  void extract_partialQuoteInReportedClause_keepsOnlyTheQuote() {
    Fixtures f = new Fixtures(
        "Gromov noted that relations \"are based on mutual respect and trust\" today.");
    Statement s = only(statements(f, "en"));
    assertEquals("are based on mutual respect and trust", s.quote().text());
    assertTrue(s.direct());
    assertEquals("noted", s.cue().text());
  }

  @Test
  void extract_marksLessSaidName_isDirectWhenFirstPerson() {
    Fixtures f = new Fixtures(
        "Our ties grow every year. We value this friendship, said Koval.");
    Statement s = only(statements(f, "en"));
    assertEquals("Our ties grow every year. We value this friendship", s.quote().text());
    assertTrue(s.direct());
    assertEquals("Koval", s.speaker().name());
  }

  @Test
  void extract_marksLessParaphrase_isIndirect() {
    Fixtures f = new Fixtures("The economy grew by two percent, Koval said.");
    assertFalse(only(statements(f, "en")).direct());
  }

  @Test
  void extract_reportedThatClause_isIndirect() {
    Fixtures f = new Fixtures("Koval said that the new plant will open in the spring.");
    Statement s = only(statements(f, "en"));
    assertEquals("the new plant will open in the spring", s.quote().text());
    assertFalse(s.direct());
    assertEquals("Koval", s.speaker().name());
  }

  @Test
  void extract_accordingToSentenceStart_isReportedClause() {
    Fixtures f = new Fixtures("According to Koval, the plant will open in May.");
    Statement s = only(statements(f, "en"));
    assertEquals("the plant will open in May", s.quote().text());
    assertEquals("Koval", s.speaker().name());
  }

  @Test
  void extract_russianDashCue_paragraphIsDirectSpeech() {
    Fixtures f = new Fixtures("Министр Петров посетил завод.",
        "Мы увеличим выпуск вдвое. Это наша главная задача, — отметил он.")
        .person("p1", "Петров", Gender.MALE, List.of("министр"), "Петров");
    Statement s = only(statements(f, "ru"));
    assertEquals("Мы увеличим выпуск вдвое. Это наша главная задача", s.quote().text());
    assertTrue(s.direct());
    assertEquals("p1", s.speaker().person());
    assertEquals("отметил", s.cue().text());
  }

  @Test
  void extract_russianDialogue_givesBothParts() {
    Fixtures f = new Fixtures("— Работа идёт по плану, — сказал Петров. — Мы успеем к осени.");
    List<Statement> all = statements(f, "ru");
    assertEquals(2, all.size());
    assertEquals("Работа идёт по плану", all.get(0).quote().text());
    assertEquals("Мы успеем к осени", all.get(1).quote().text());
    assertEquals("Петров", all.get(1).speaker().name());
  }

  @Test
  void extract_russianReportedChto_isIndirect() {
    Fixtures f = new Fixtures("Петров подчеркнул, что завод откроется весной.");
    Statement s = only(statements(f, "ru"));
    assertEquals("завод откроется весной", s.quote().text());
    assertFalse(s.direct());
  }

  @Test
  void extract_russianBeliefWithPronoun_resolvesToPerson() {
    Fixtures f = new Fixtures("Петров подвёл итоги года.", "Он уверен, что спрос вырастет.")
        .person("p1", "Петров", Gender.MALE, List.of(), "Петров");
    Statement s = only(statements(f, "ru"));
    assertEquals("спрос вырастет", s.quote().text());
    assertEquals("p1", s.speaker().person());
  }

  @Test
  void extract_russianPartialQuoteInClause_isDirectQuote() {
    Fixtures f = new Fixtures(
        "Петров подчеркнул, что страна остаётся партнёром «в этот сложный период истории».");
    Statement s = only(statements(f, "ru"));
    assertEquals("в этот сложный период истории", s.quote().text());
    assertTrue(s.direct());
  }

  @Test
  void extract_titlesInMarks_areNoStatements() {
    Fixtures f = new Fixtures(
        "Петров опубликовал статью «Новые горизонты партнёрства» в газете «Известия».",
        "The opera “Abai” was staged at the Bolshoi, and the “Games of the Future” begin soon.",
        "The Declaration “On World Unity for Just Peace” was adopted.",
        "The words “No one is forgotten, nothing is forgotten” are a slogan.");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_firstPersonAuthorText_hasNoStatements() {
    Fixtures f = new Fixtures("I am sure that the visit will bring new projects.",
        "We believe that our partnership will grow. I would like to note the results.");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_nonPersonReportedSubject_isNoStatement() {
    Fixtures f = new Fixtures("The document emphasizes that security is indivisible.");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_headlineWithoutStop_isNoMarksLessStatement() {
    Fixtures f = new Fixtures(true, "Trade will grow, Koval says", "Koval visited Astana.");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_signatureAfterDash_attributesQuote() {
    Fixtures f = new Fixtures("“I am voting for the first time this year.” ― Maria Lopez");
    assertEquals("Maria Lopez", only(statements(f, "en")).speaker().name());
  }

  @Test
  void extract_unattributedQuote_hasNoInventedSpeaker() {
    Fixtures f = new Fixtures("The crowd waited all night under a banner with “we want change"
        + " now” on it.");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_floodOfQuotationMarks_staysLinear() {
    String flood = "\"a b\" ".repeat(150_000);
    Fixtures f = new Fixtures(flood);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> f.extract("en"));
  }

  @Test
  void extract_floodOfRussianDashCues_staysLinear() {
    String flood = "Мы работаем, — отметил он. ".repeat(100_000);
    Fixtures f = new Fixtures(flood);
    StatementAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> f.extract("ru"));
    assertEquals(100_000, a.statements().size());
    assertEquals("Мы работаем", a.statements().get(99_999).quote().text());
  }

  @Test
  void extract_characterizingVerbBeforePartialQuote_attributesSubject() {
    Fixtures f = new Fixtures(
        "Senator Ruth Adler called the tariff plan “a tax on every family” on Tuesday.")
        .person("p1", "Ruth Adler", Gender.FEMALE, List.of("Senator"), "Ruth Adler");
    Statement s = only(statements(f, "en"));
    assertEquals("a tax on every family", s.quote().text());
    assertEquals("p1", s.speaker().person());
    assertEquals("called", s.cue().text());
  }

  @Test
  void extract_dismissedAsQuote_attributesSubjectWithAdverb() {
    Fixtures f = new Fixtures(
        "In May, Governor Hal Brody flatly dismissed the audit as “a partisan stunt.”")
        .person("p1", "Hal Brody", Gender.MALE, List.of("Governor"), "Hal Brody");
    Statement s = only(statements(f, "en"));
    assertEquals("a partisan stunt.", s.quote().text());
    assertEquals("p1", s.speaker().person());
  }

  @Test
  void extract_voicingVerbAfterQuote_isCue() {
    Fixtures f = new Fixtures("“Get out of the water now,” the lifeguard yelled.");
    Statement s = only(statements(f, "en"));
    assertEquals("the lifeguard", s.speaker().name());
    assertEquals("yelled", s.cue().text());
  }

  @Test
  void extract_characterizingVerbAsNoun_isNoCue() {
    Fixtures f = new Fixtures("The report followed his attacks on “the old party machine” downtown.");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_characterizingVerbWithThat_isNoReportedClause() {
    Fixtures f = new Fixtures("Mayor Lina Ortiz praised the council that approved the park.")
        .person("p1", "Lina Ortiz", Gender.FEMALE, List.of("Mayor"), "Lina Ortiz");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_curlyQuotesInsideStraightQuote_nestInTheOuterQuote() {
    Fixtures f = new Fixtures(
        "\"The board called it “a fair deal” and we signed it the same day,\" Koval said.");
    Statement s = only(statements(f, "en"));
    assertEquals("The board called it \"a fair deal\" and we signed it the same day,",
        s.quote().text());
    assertEquals("Koval", s.speaker().name());
  }

  @Test
  void extract_curlyQuotesInsideStraightQuoteWithoutSource_alternate() {
    Fixtures f = new Fixtures(
        "\"The board called it “a fair deal” and we signed it the same day,\" Koval said.");
    assertFalse(f.extractNormalizedOnly("en").statements().stream()
        .anyMatch(s -> s.quote().text().startsWith("The board called it \"a fair deal\" and")));
  }

  @Test
  void extract_lineBreaksBetweenLongLines_endQuotationsAtTheBreak() {
    String first = "Mayor Anna Petrova told the council on Monday evening that the whole plan was"
        + " finally “ready for a vote.";
    String second = "“We will start building the new bridge over the river in May,” Petrova said"
        + " after the long meeting ended.";
    Fixtures f = new Fixtures(first + "\n" + second)
        .person("p1", "Anna Petrova", Gender.FEMALE, List.of("Mayor"), "Anna Petrova", "Petrova");
    List<Statement> all = statements(f, "en");
    assertTrue(all.stream().anyMatch(s -> s.quote().text()
        .equals("We will start building the new bridge over the river in May,")
        && "p1".equals(s.speaker().person())), () -> "statements: " + all);
  }

  @Test
  void extract_lineBreaksInWrappedText_doNotEndQuotations() {
    Fixtures f = new Fixtures("“We will start building the bridge\nin May and finish it by"
        + " winter,” Koval said.");
    Statement s = only(statements(f, "en"));
    assertEquals("We will start building the bridge in May and finish it by winter,",
        s.quote().text());
  }

  @Test
  void extract_parenthesisAfterNameBeforeCue_keepsTheName() {
    Fixtures f = new Fixtures("\"The vote was never close,\" Rep. Dana Holt (D-Ore.) said in a call.");
    Statement s = only(statements(f, "en"));
    assertEquals("Rep. Dana Holt", s.speaker().mention().text());
    assertEquals("said", s.cue().text());
  }

  @Test
  void extract_possessiveBeforeRolePhrase_keepsTheWholePhrase() {
    Fixtures f = new Fixtures(
        "\"That was a mistake,\" Baker's former campaign manager said on the radio.");
    Statement s = only(statements(f, "en"));
    assertEquals("Baker's former campaign manager", s.speaker().mention().text());
  }

  @Test
  void extract_strayClosingMarkOpeningAParagraph_opensNoQuotation() {
    Fixtures f = new Fixtures("”The river rose two meters overnight and the bridge closed.”");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_capitalizedVerbInsideName_isNoCue() {
    Fixtures f = new Fixtures("He said the United States will take measures \"to stop the"
        + " tests for good.\"");
    Statement s = only(statements(f, "en"));
    assertEquals("said", s.cue().text());
    assertEquals("He", s.speaker().mention().text());
  }

  @Test
  void extract_adverbialBeforeSubjectAndMannerAdverb_findsTheSubject() {
    Fixtures f = new Fixtures(
        "In July, Gingrich cynically dismissed the treaty as “a relic of the past” on the radio.");
    Statement s = only(statements(f, "en"));
    assertEquals("Gingrich", s.speaker().name());
  }

  @Test
  void extract_adverbialBetweenCommasBeforeCue_findsTheName() {
    Fixtures f = new Fixtures("Senator Ada Voss, at a later briefing, said, “The bill will pass"
        + " this week.”");
    Statement s = only(statements(f, "en"));
    assertEquals("Ada Voss", s.speaker().name());
  }

  @Test
  void extract_quoteAfterMarksLessAttribution_continuesThatSpeaker() {
    Fixtures f = new Fixtures("The talks may stall over the budget, Koval said. \"The other"
        + " problem is the deadline in June.\"");
    List<Statement> all = statements(f, "en");
    assertTrue(all.stream().anyMatch(s -> s.quote().text().startsWith("The other problem")
        && s.speaker() != null && "Koval".equals(s.speaker().name())), () -> "statements: " + all);
  }

  @Test
  void extract_authorQuotingWithCue_keepsFirstPersonWordsWithoutPerson() {
    Fixtures f = new Fixtures("\"I never believed that story,\" I told my mother.");
    Statement s = only(statements(f, "en"));
    assertEquals("I", s.speaker().name());
    assertEquals(null, s.speaker().person());
  }

  @Test
  void extract_authorsOwnReportedClause_staysUnattributed() {
    Fixtures f = new Fixtures("I said that the bridge would open in May.");
    assertEquals(List.of(), statements(f, "en"));
  }

  @Test
  void extract_russianCharacterizingVerb_attributesGuillemetQuote() {
    Fixtures f = new Fixtures("Глава района Иван Зорин назвал решение суда «ошибкой, которую"
        + " придется исправлять».")
        .person("p1", "Иван Зорин", Gender.MALE, List.of(), "Иван Зорин");
    Statement s = only(statements(f, "ru"));
    assertEquals("ошибкой, которую придется исправлять", s.quote().text());
    assertEquals("p1", s.speaker().person());
    assertEquals("назвал", s.cue().text());
  }

  @Test
  void extract_marksLessCueFollowedByTimeWord_isStatement() {
    Fixtures f = new Fixtures("The new budget leaves no room for the bridge, Warren said Friday.");
    Statement s = only(statements(f, "en"));
    assertEquals("The new budget leaves no room for the bridge", s.quote().text());
    assertEquals("Warren", s.speaker().name());
    assertFalse(s.direct());
  }

  @Test
  void extract_cueThenNameThenTimePhrase_endsTheNameBeforeTheTime() {
    Fixtures f = new Fixtures("“The budget is ready,” said Warren on Friday.");
    assertEquals("Warren", only(statements(f, "en")).speaker().name());
  }

  @Test
  void extract_cueWithLongPrepositionalObject_isNoMarksLessStatement() {
    Fixtures f = new Fixtures("Валерий Зорин, глава суда, высказал сомнения в правильности"
        + " решения о переезде суда в Петербург.");
    assertTrue(statements(f, "ru").stream().noneMatch(s -> s.quote().text().startsWith("Валерий")));
  }

  @Test
  void extract_obliqueNameAfterCapitalizedWord_isNoSubjectForPronoun() {
    Fixtures f = new Fixtures("Иван Зорин выступил на форуме.",
        "Мы строим новые дороги. С губернатором Омска Петром Волковым мы встречаемся каждый"
            + " месяц, — отметил он.")
        .person("p1", "Иван Зорин", Gender.MALE, List.of(), "Иван Зорин")
        .person("p2", "Пётр Волков", Gender.MALE, List.of(), "Петром Волковым");
    List<Statement> all = statements(f, "ru");
    assertTrue(all.stream().allMatch(s -> "p1".equals(s.speaker().person())),
        () -> "statements: " + all);
    assertFalse(all.isEmpty());
  }

  @Test
  void extract_floodOfUnclosedCurlyQuotesOnLongLines_staysLinear() {
    String line = "Koval said the plan was ready and the council agreed with every word of it"
        + " on Monday, “a b c\n";
    Fixtures f = new Fixtures(line.repeat(30_000) + "\"x y\" ".repeat(30_000));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> f.extract("en"));
  }

  @Test
  void extract_capitalizedTitleAfterPossessive_isNoStatement() {
    Fixtures f = new Fixtures("On CBS's \"Morning Desk Report,\" Senator Ada Voss said the bill"
        + " would pass.");
    assertTrue(statements(f, "en").stream().noneMatch(s -> s.quote().text()
        .startsWith("Morning Desk")));
  }

  @Test
  void extract_documentReadsAfterQuote_isSpeaker() {
    Fixtures f = new Fixtures("“We ask the board to keep the school open,” the letter reads.");
    Statement s = only(statements(f, "en"));
    assertEquals("the letter", s.speaker().name());
    assertEquals("reads", s.cue().text());
  }

  @Test
  void extract_transcriptLabels_giveEachAnswerToItsSpeaker() {
    Fixtures f = new Fixtures("Governor Tom Reyes spoke to the host on Sunday.",
        "HOST: Will the new bridge open before the winter comes?",
        "\"REYES: We expect it to open in November, on time and on budget.")
        .person("p1", "Tom Reyes", Gender.MALE, List.of("Governor"), "Tom Reyes");
    List<Statement> all = statements(f, "en");
    assertEquals(2, all.size(), () -> "statements: " + all);
    assertEquals("Will the new bridge open before the winter comes?", all.get(0).quote().text());
    assertEquals("HOST", all.get(0).speaker().name());
    assertEquals("We expect it to open in November, on time and on budget.",
        all.get(1).quote().text());
    assertEquals("p1", all.get(1).speaker().person());
  }

  @Test
  void extract_notesInCapitals_areNoTranscript() {
    Fixtures f = new Fixtures("UPDATE: The bridge opened two days later than planned.",
        "CLARIFICATION: An earlier version gave the wrong date.");
    assertEquals(List.of(), statements(f, "en"));
  }
}
