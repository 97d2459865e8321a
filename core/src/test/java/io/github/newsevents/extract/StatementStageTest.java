package io.github.newsevents.extract;

import static io.github.newsevents.extract.News.actor;
import static io.github.newsevents.extract.News.article;
import static io.github.newsevents.extract.News.extract;
import static io.github.newsevents.extract.News.of;
import static io.github.newsevents.extract.News.speaker;
import static io.github.newsevents.extract.News.statement;
import static io.github.newsevents.extract.News.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 7, points 1 to 5 and 7: who said what, word for word. One test per rule. */
class StatementStageTest {
  /** A Monday: "on Friday" is 2025-04-11. */
  private static final String PUBLISHED = "2025-04-14";

  private static boolean unclosed(Extraction x) {
    return x.diagnostics().stream().anyMatch(d -> d.code().equals("quote.unclosed"));
  }

  // 2. quotation forms

  @Test
  void curlyDoubleQuotesGiveTheExactTextInsideTheMarksAndItsSpan() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CWe are ready to talk,\u201D Foreign Minister Lena Marsh said."));
    Statement s = statement(x, "We are ready to talk,");
    assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
    assertThat(of(x, s.span().orElseThrow())).isEqualTo("We are ready to talk,");
    assertThat(speaker(x, s)).contains("Lena Marsh");
  }

  @Test
  void straightDoubleQuotes() {
    Extraction x = extract(article(PUBLISHED,
        "\"We are ready to talk,\" Foreign Minister Lena Marsh said."));
    assertThat(speaker(x, statement(x, "We are ready to talk,"))).contains("Lena Marsh");
  }

  @Test
  void britishCurlySingleQuotes() {
    Extraction x = extract(article(PUBLISHED,
        "\u2018We are ready to talk,\u2019 Foreign Minister Lena Marsh said."));
    assertThat(speaker(x, statement(x, "We are ready to talk,"))).contains("Lena Marsh");
  }

  @Test
  void britishStraightSingleQuotes() {
    Extraction x = extract(article(PUBLISHED,
        "'We are ready to talk,' Foreign Minister Lena Marsh said."));
    assertThat(speaker(x, statement(x, "We are ready to talk,"))).contains("Lena Marsh");
  }

  @Test
  void apostrophesInsideABritishQuoteDoNotCloseIt() {
    Extraction x = extract(article(PUBLISHED,
        "\u2018We don\u2019t accept Vallin\u2019s terms, not in the \u201990s and not now,\u2019"
            + " Foreign Minister Lena Marsh said."));
    assertThat(texts(x)).containsExactly("We don\u2019t accept Vallin\u2019s terms, not in the \u201990s and not now,");
    assertThat(speaker(x, x.statements().get(0))).contains("Lena Marsh");
  }

  @Test
  void anApostropheHeavyParagraphHasNoQuote() {
    Extraction x = extract(article(PUBLISHED,
        "Marsh's aides didn't expect a return to the '90s, and the envoys' patience wasn't endless,"
            + " officials say."));
    assertThat(x.statements()).isEmpty();
    assertThat(unclosed(x)).isFalse();
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOneStatement() {
    Extraction x = extract(article(PUBLISHED,
        "Speaking in Moscow on Monday, Foreign Minister Lena Marsh said: \u201CWe came to Moscow to listen.",
        "\u201CNothing has been agreed yet.",
        "\u201CWe will come back with answers.\u201D"));
    assertThat(x.statements()).singleElement().satisfies(s -> {
      assertThat(s.text()).startsWith("We came to Moscow to listen.").contains("Nothing has been agreed yet.")
          .endsWith("We will come back with answers.");
      assertThat(speaker(x, s)).contains("Lena Marsh");
    });
    assertThat(unclosed(x)).isFalse();
  }

  @Test
  void aQuoteSplitByItsAttributionIsTwoStatementsOfOneSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh spoke after the talks.",
        "\u201CWe are closer than we were,\u201D Marsh said. \u201CBut nothing is agreed.\u201D"));
    assertThat(texts(x)).containsExactly("We are closer than we were,", "But nothing is agreed.");
    assertThat(speaker(x, statement(x, "We are closer than we were,"))).contains("Lena Marsh");
    assertThat(speaker(x, statement(x, "But nothing is agreed."))).contains("Lena Marsh");
  }

  @Test
  void aNestedQuoteStaysInsideItsStatement() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CThey told us \u2018no deal\u2019 twice,\u201D Foreign Minister Lena Marsh said."));
    assertThat(texts(x)).containsExactly("They told us \u2018no deal\u2019 twice,");
    assertThat(speaker(x, x.statements().get(0))).contains("Lena Marsh");
  }

  @Test
  void aQuoteIntroducedByAColon() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh said: \u201CThe door remains open.\u201D"));
    assertThat(speaker(x, statement(x, "The door remains open."))).contains("Lena Marsh");
  }

  @Test
  void aShortQuotedFragmentInsideASentence() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh described the talks as \u201Cuseful\u201D."));
    Statement s = statement(x, "useful");
    assertThat(speaker(x, s)).contains("Lena Marsh");
    assertThat(s.verb()).hasValueSatisfying(v -> assertThat(v).startsWith("described"));
  }

  @Test
  void aDoubleQuoteThatNeverClosesIsReportedAndTheRestOfTheArticleIsStillRead() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CThis quote never closes, Foreign Minister Lena Marsh said as the talks ended.",
        "Russian President Oskar Vallin replied, \u201CWe are ready.\u201D"));
    assertThat(unclosed(x)).isTrue();
    assertThat(texts(x)).noneMatch(t -> t.contains("Vallin"));
    assertThat(speaker(x, statement(x, "We are ready."))).contains("Oskar Vallin");
  }

  @Test
  void aSingleQuoteThatNeverClosesIsReportedToo() {
    Extraction x = extract(article(PUBLISHED,
        "\u2018This quote never closes, Foreign Minister Lena Marsh said as the talks ended.",
        "Russian President Oskar Vallin left without a word."));
    assertThat(unclosed(x)).isTrue();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void tenThousandQuotationMarksInARowAreNoStatement() {
    Extraction x = extract(article(PUBLISHED, "\"".repeat(10_000)));
    assertThat(x.statements()).isEmpty();
  }

  // 3. attribution

  @Test
  void speakerBeforeTheQuote() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh said, \u201CWe are ready.\u201D"));
    assertThat(speaker(x, statement(x, "We are ready."))).contains("Lena Marsh");
  }

  @Test
  void accordingToAtTheStartOfTheSentenceNamesTheSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "According to Foreign Minister Lena Marsh, \u201Cnothing is agreed yet\u201D."));
    assertThat(speaker(x, statement(x, "nothing is agreed yet"))).contains("Lena Marsh");
  }

  @Test
  void speakerAfterTheQuote() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CWe are ready,\u201D Foreign Minister Lena Marsh said."));
    assertThat(speaker(x, statement(x, "We are ready,"))).contains("Lena Marsh");
  }

  @Test
  void invertedAttributionSaidMarsh() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh of Norway arrived on Monday.",
        "\u201CWe are ready,\u201D said Marsh."));
    Statement s = statement(x, "We are ready,");
    assertThat(speaker(x, s)).contains("Lena Marsh");
    assertThat(s.verb()).contains("said");
  }

  @Test
  void speakerWithATitleIsThePersonNotTheInstitution() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CThe talks were useful,\u201D Kremlin spokesperson Ivan Dorokhov said."));
    assertThat(speaker(x, statement(x, "The talks were useful,"))).contains("Ivan Dorokhov");
  }

  @Test
  void pronounRefersToTheSubjectOfThePreviousSentenceNotTheLastNameMentioned() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh thanked Russian President Oskar Vallin for the dinner.",
        "\u201CWe are closer than ever,\u201D she said."));
    assertThat(speaker(x, statement(x, "We are closer than ever,"))).contains("Lena Marsh");
  }

  @Test
  void pronounAgreesWithTheHonorificOfItsActor() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh of Norway met Russian President Oskar Vallin in Moscow on Monday.",
        "Ms Marsh spoke first, then Mr Vallin. \u201CWe agreed on nothing,\u201D he said."));
    assertThat(speaker(x, statement(x, "We agreed on nothing,"))).contains("Oskar Vallin");
  }

  @Test
  void anOrganisationCanSpeak() {
    Extraction x = extract(article(PUBLISHED, "\u201CThe talks were useful,\u201D the Kremlin said."));
    assertThat(speaker(x, statement(x, "The talks were useful,"))).contains("Kremlin");
  }

  @Test
  void aCapitalSpeaksForItsState() {
    Extraction x = extract(article(PUBLISHED, "\u201CThe talks were useful,\u201D Moscow said."));
    assertThat(speaker(x, statement(x, "The talks were useful,"))).contains("Russia");
  }

  @Test
  void anAnonymousSourceIsAnUnnamedSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CThere will be no deal this week,\u201D a Norwegian official said."));
    Statement s = statement(x, "There will be no deal this week,");
    Actor source = x.actor(s.speaker().orElseThrow(() -> new AssertionError("no speaker for " + s))).orElseThrow();
    assertThat(source.unnamed()).isTrue();
    assertThat(source.kind()).isIn(ActorKind.PERSON, ActorKind.GROUP);
    assertThat(source.country()).contains("NOR");
  }

  private static Actor speakerOf(Extraction x, String quote) {
    Statement s = statement(x, quote);
    return x.actor(s.speaker().orElseThrow(() -> new AssertionError("no speaker for " + s))).orElseThrow();
  }

  @Test
  void aFragmentInsideAReportedAgreementIsTheReportersWords() {
    // an agreement is nobody's words: the verb of saying that reports it names the speaker
    Extraction x = extract(article(PUBLISHED,
        "Prime Minister Lena Marsh said Norway and Sweden had agreed to an \u2018immediate and lasting\u2019 truce.",
        "Officials said Foreign Minister Oskar Vallin urged the allies to show \u201Ccourage and patience\u201D."));
    assertThat(speakerOf(x, "immediate and lasting").name()).isEqualTo("Lena Marsh");
    // a verb of saying inside the report keeps its own subject
    assertThat(speakerOf(x, "courage and patience").name()).isEqualTo("Oskar Vallin");
  }

  @Test
  void aDefiniteDescriptionRefersBackToTheIndefiniteOneThatIntroducedIt() {
    Extraction x = extract(article(PUBLISHED,
        "According to a senior Norwegian official, the round will open on Monday.",
        "\u201CWe expect a long week,\u201D said the official.",
        "\u201CNothing is settled yet,\u201D the official added."));
    Actor first = speakerOf(x, "We expect a long week,");
    assertThat(first.name()).isEqualTo("senior Norwegian official");
    assertThat(first.unnamed()).isTrue();
    assertThat(first.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(first.country()).contains("NOR");
    assertThat(first.aliases()).contains("the official");
    assertThat(speakerOf(x, "Nothing is settled yet,")).isEqualTo(first);
  }

  @Test
  void aBareDefiniteDescriptionWithNoIntroductionIsAnUnnamedActorOfItsOwn() {
    Extraction x = extract(article(PUBLISHED, "\u201CWe expect a long week,\u201D the spokeswoman said."));
    Actor a = speakerOf(x, "We expect a long week,");
    assertThat(a.name()).isEqualTo("spokeswoman");
    assertThat(a.unnamed()).isTrue();
  }

  @Test
  void aFullerDefiniteDescriptionIntroducesTheBareOneToo() {
    Extraction x = extract(article(PUBLISHED,
        "The ministers will meet again in June, the Commission spokesperson said.",
        "\u201CThe mood is good,\u201D the spokesperson said."));
    assertThat(speakerOf(x, "The mood is good,").name()).isEqualTo("Commission spokesperson");
  }

  @Test
  void theMinistryRefersBackToTheMinistryNamedBefore() {
    Extraction x = extract(article(PUBLISHED,
        "Troops were \u201Cmoving back,\u201D the Defence Ministry said on Monday.",
        "\u201CThe first phase is over,\u201D the ministry said, adding that the army would now turn to \u201Cthe second phase\u201D in the east."));
    Actor ministry = actor(x, "Defence Ministry");
    assertThat(ministry.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(speakerOf(x, "The first phase is over,")).isEqualTo(ministry);
    assertThat(speakerOf(x, "the second phase")).isEqualTo(ministry);
    assertThat(x.actors()).extracting(Actor::name).doesNotContain("ministry");
  }

  @Test
  void aStatesOwnMinistryIsAnInstitutionOfThatState() {
    Extraction x = extract(article(PUBLISHED,
        "Norway's foreign ministry said it was \u201Cdeeply concerned\u201D about the shelling."));
    Actor a = speakerOf(x, "deeply concerned");
    assertThat(a.name()).isEqualTo("Norway's foreign ministry");
    assertThat(a.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(a.country()).contains("NOR");
  }

  @Test
  void anInstitutionNamedWithOfKeepsItsWholeName() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CThe crossing must reopen,\u201D the Norwegian Ministry of Foreign Affairs said."));
    assertThat(speakerOf(x, "The crossing must reopen,").name()).isEqualTo("Norwegian Ministry of Foreign Affairs");
  }

  @Test
  void aSpokesmanForAnInstitutionIsDescribedWithIt() {
    Extraction x = extract(article(PUBLISHED,
        "A spokesman for the Norwegian Ministry of Foreign Affairs said: \u201CWe stand ready to host them.\u201D"));
    Actor a = speakerOf(x, "We stand ready to host them.");
    assertThat(a.name()).isEqualTo("spokesman for the Norwegian Ministry of Foreign Affairs");
    assertThat(a.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(a.unnamed()).isTrue();
  }

  @Test
  void aDescriptionBeforeTheVerbWinsOverAnInstitutionInsideIt() {
    Extraction x = extract(article(PUBLISHED,
        "A Latvian government spokesman said he had \u201Cseen no such request\u201D from Minsk."));
    Actor a = speakerOf(x, "seen no such request");
    assertThat(a.name()).isEqualTo("Latvian government spokesman");
    assertThat(a.country()).contains("LVA");
  }

  @Test
  void aTitleWithoutANameIsAnUnnamedHolderOfIt() {
    Extraction x = extract(article(PUBLISHED,
        "Norway's foreign minister later confirmed the deal, adding that \u201Cmany capitals\u201D had helped."));
    Actor a = speakerOf(x, "many capitals");
    assertThat(a.name()).isEqualTo("Norway's foreign minister");
    assertThat(a.kind()).isEqualTo(ActorKind.PERSON);
  }

  @Test
  void theOfficeOfATitleHolderIsAnInstitution() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CThe truce must hold,\u201D the president's office said in a statement."));
    Actor a = speakerOf(x, "The truce must hold,");
    assertThat(a.name()).isEqualTo("president's office");
    assertThat(a.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(statement(x, "The truce must hold,").channel()).contains("statement");
  }

  @Test
  void plainPluralDescriptionsAreGroups() {
    Extraction x = extract(article(PUBLISHED,
        "The defence chiefs reiterated their \u201Cfirm commitment\u201D to the plan."));
    Actor a = speakerOf(x, "firm commitment");
    assertThat(a.name()).isEqualTo("defence chiefs");
    assertThat(a.kind()).isEqualTo(ActorKind.GROUP);
  }

  @Test
  void accordingToAtTheEndOfALongClauseNamesTheSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "A defence official briefed reporters on Sunday.",
        "The new command, which would take a \u201Cleading role in a crisis,\u201D will be set up by working groups over the next year, according to the official."));
    assertThat(speakerOf(x, "leading role in a crisis,").name()).isEqualTo("defence official");
  }

  @Test
  void itIsTheNearestInstitutionThatIsASubjectInItsSentence() {
    Extraction x = extract(article(PUBLISHED,
        "Kabul was quiet and Hamas fired rockets at what it called \u201Cmilitary sites\u201D near the border."));
    assertThat(speakerOf(x, "military sites").name()).isEqualTo("Hamas");
  }

  @Test
  void theNuclearWatchdogIsTheIaea() {
    Extraction x = extract(article(PUBLISHED,
        "According to the UN nuclear watchdog, both sides agreed to a local pause.",
        "\u201CRepairs can now begin,\u201D it said in a statement."));
    assertThat(speakerOf(x, "Repairs can now begin,").name()).isEqualTo("IAEA");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void thousandsOfDescribedSpeakersStayOneActorEachAndFinish() {
    String[] paragraphs = new String[4_000];
    for (int i = 0; i < paragraphs.length; i++) {
      paragraphs[i] = i % 2 == 0
          ? "\u201CPoint " + i + " stands,\u201D the ministry said."
          : "\u201CPoint " + i + " stands,\u201D said a senior official of the Norwegian Defence Ministry.";
    }
    Extraction x = extract(article(PUBLISHED, paragraphs));
    assertThat(x.statements()).hasSize(4_000).allSatisfy(s -> assertThat(s.speaker()).isPresent());
    // the first "the ministry" has nothing to refer back to; every later one is the named ministry
    assertThat(x.actors()).extracting(Actor::name).containsExactlyInAnyOrder(
        "ministry", "senior official of the Norwegian Defence Ministry", "Norwegian Defence Ministry");
    assertThat(speakerOf(x, "Point 3998 stands,").name()).isEqualTo("Norwegian Defence Ministry");
  }

  @Test
  void aParagraphThatIsOnlyAQuoteContinuesThePreviousSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CWe are ready to talk,\u201D Foreign Minister Lena Marsh said.",
        "\u201CWe will be back in Moscow next week.\u201D"));
    assertThat(speaker(x, statement(x, "We will be back in Moscow next week."))).contains("Lena Marsh");
  }

  @Test
  void noSpeakerWhenTheTextDoesNotSayWhoSpoke() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh arrived in Oslo on Monday.",
        "A banner at the airport read: \u201CPeace is near.\u201D"));
    assertThat(x.statements()).allSatisfy(s -> assertThat(s.speaker()).isEmpty());
  }

  // 1. reporting verb, channel, date

  @Test
  void reportingVerbToldReporters() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CWe are ready,\u201D Foreign Minister Lena Marsh told reporters."));
    assertThat(statement(x, "We are ready,").verb()).contains("told reporters");
  }

  @Test
  void reportingVerbAdded() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh of Norway arrived on Monday.",
        "\u201CWe are ready,\u201D Marsh added."));
    Statement s = statement(x, "We are ready,");
    assertThat(s.verb()).contains("added");
    assertThat(speaker(x, s)).contains("Lena Marsh");
  }

  @Test
  void postedOnXGivesVerbAndChannel() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin posted on X: \u201CThe talks are over.\u201D"));
    Statement s = statement(x, "The talks are over.");
    assertThat(speaker(x, s)).contains("Oskar Vallin");
    assertThat(s.verb()).contains("posted");
    assertThat(s.channel()).contains("X");
  }

  @Test
  void channelInAStatement() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CThe talks were useful,\u201D the Kremlin said in a statement."));
    assertThat(statement(x, "The talks were useful,").channel())
        .hasValueSatisfying(c -> assertThat(c).endsWith("statement"));
  }

  @Test
  void channelInALetter() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh wrote in a letter to the Kremlin: \u201CNorway is ready to host the talks.\u201D"));
    Statement s = statement(x, "Norway is ready to host the talks.");
    assertThat(speaker(x, s)).contains("Lena Marsh");
    assertThat(s.verb()).contains("wrote");
    assertThat(s.channel()).hasValueSatisfying(c -> assertThat(c).endsWith("letter"));
  }

  @Test
  void channelAtANewsConference() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CWe are ready,\u201D Foreign Minister Lena Marsh said at a news conference in Oslo."));
    assertThat(statement(x, "We are ready,").channel())
        .hasValueSatisfying(c -> assertThat(c).endsWith("news conference"));
  }

  @Test
  void dateOfTheStatementOnFriday() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CWe are ready,\u201D Foreign Minister Lena Marsh said on Friday."));
    assertThat(statement(x, "We are ready,").date().map(Object::toString)).contains("2025-04-11");
  }

  // 4. quotation marks that are no statements

  @Test
  void scareQuotesAreNoStatement() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh arrived in Oslo on Monday.",
        "The so-called \u201Cpeace plan\u201D was published on Tuesday, and critics mocked its \u2018road map\u2019."));
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void aShortQuotedTermWithNobodyToSayItIsAScareQuote() {
    // one or two quoted words, a verb nearby but no speaker: the writer marks a term
    Extraction x = extract(article(PUBLISHED,
        "The delegations agreed on a \u201Cjoint mechanism\u201D to watch the border, officials say.",
        "Diplomats say the offer opens new \u201Cchapters\u201D of the accession talks."));
    assertThat(x.statements()).isEmpty();
    // a longer fragment reported the same way is kept, with its speaker left open
    Extraction y = extract(article(PUBLISHED,
        "The ministers expressed \u201Cdeep concern over the rising number of attacks\u201D, according to the text."));
    assertThat(texts(y)).containsExactly("deep concern over the rising number of attacks");
  }

  @Test
  void theQuotedNameOfAnAgreementIsNoStatement() {
    // a determiner and plain modifiers before a quoted ceasefire or talks noun: the parties' term for the event
    Extraction x = extract(article(PUBLISHED,
        "The Northern Front on Monday declared a unilateral ten-day \u201Cquiet truce\u201D with the army.",
        "Both governments said on Tuesday they had agreed to a \u2018cessation of hostilities\u2019 in the valley.",
        "Diplomats prepared the \u201Cproximity talks\u201D for next week."));
    assertThat(x.statements()).isEmpty();
    // described as one, the term is the speaker's words
    Extraction y = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh described the pause as a \u201Cfragile truce\u201D on Monday."));
    assertThat(texts(y)).containsExactly("fragile truce");
  }

  @Test
  void theTitleOfAWorkIsNoStatement() {
    Extraction x = extract(article(PUBLISHED,
        "Lena Marsh, who wrote the novel \u201CWinter in Oslo\u201D, arrived in Moscow on Monday."));
    assertThat(x.statements()).isEmpty();
  }

  @Test
  void quotesInsideRemovedNoiseLinesAreLeftOut() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh arrived in Oslo on Monday.",
        "Also read: \u201CPeace is near,\u201D says Russian President Oskar Vallin",
        "\u201CWe are ready,\u201D Marsh said."));
    assertThat(x.article().removed()).isNotEmpty();
    assertThat(texts(x)).containsExactly("We are ready,");
  }

  @Test
  void quotationMarksAroundNoWordsAreNoStatement() {
    // issue 18, point 2: marks nested after "said", and a zero-width space between marks, say nothing
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh said \u2018\u201E\u300C\u2039\u201C\u2018",
        "\u201C\u200B\u201D, Marsh said. \u201CWe are ready,\u201D she added."));
    assertThat(texts(x)).containsExactly("We are ready,");
  }

  @Test
  void reportedSpeechOfNoWordsIsNoStatement() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh said that \u2018\u2039 \u2018."));
    assertThat(x.statements()).isEmpty();
  }

  // 5. reported speech

  @Test
  void reportedSpeechIsAnIndirectStatementWithSpeakerAndVerb() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh confirmed that talks with Russia were continuing."));
    assertThat(x.statements()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
      assertThat(speaker(x, s)).contains("Lena Marsh");
      assertThat(s.verb()).contains("confirmed");
      assertThat(s.text()).isEqualTo("talks with Russia were continuing");
    });
    assertThat(actor(x, "Lena Marsh").kind()).isEqualTo(ActorKind.PERSON);
  }

  @Test
  void reportedSpeechWithADateBetweenTheVerbAndThat() {
    Extraction x = extract(article(PUBLISHED,
        "Foreign Minister Lena Marsh said on Friday that talks with Russia were continuing."));
    assertThat(x.statements()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
      assertThat(speaker(x, s)).contains("Lena Marsh");
      assertThat(s.verb()).contains("said");
      assertThat(s.text()).isEqualTo("talks with Russia were continuing");
      assertThat(s.date().map(Object::toString)).contains("2025-04-11");
    });
  }

  @Test
  void aQuotationThatNamesAThingAfterANamingVerbIsNoStatement() {
    Extraction x = extract(article(PUBLISHED,
        "The ministry described what Moscow calls a \u201Ctechnical pause\u201D as a pretext.",
        "Foreign Minister Lena Marsh called the offer \u201Cmeaningless\u201D on Monday."));
    assertThat(texts(x)).containsExactly("meaningless");
    assertThat(speaker(x, statement(x, "meaningless"))).contains("Lena Marsh");
  }

  @Test
  void itRefersToTheInstitutionOfThePreviousSentence() {
    Extraction x = extract(article(PUBLISHED,
        "The International Atomic Energy Agency said on Friday that repairs had begun.",
        "\u201CThe work will take a week,\u201D it said in a statement."));
    assertThat(speaker(x, statement(x, "The work will take a week,"))).contains("IAEA"); // the gazetteer's name for the agency
    assertThat(statement(x, "The work will take a week,").channel()).contains("statement");
  }

  @Test
  void quotedAsSayingNamesTheSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "\u201CThe teams are safe,\u201D the statement quoted Foreign Minister Lena Marsh as saying."));
    assertThat(speaker(x, statement(x, "The teams are safe,"))).contains("Lena Marsh");
  }

  @Test
  void aNameInAppositionRightBeforeTheVerbIsTheSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin arrived late, and Norway's envoy, Lena Marsh, said the talks were"
            + " \u201Cnot yet serious\u201D."));
    assertThat(speaker(x, statement(x, "not yet serious"))).contains("Lena Marsh");
  }

  @Test
  void theAntecedentOfWhichSaidIsTheSpeaker() {
    Extraction x = extract(article(PUBLISHED,
        "Russian President Oskar Vallin was criticised by Beijing, which said the sea should not become"
            + " \u201Ca battlefield\u201D."));
    assertThat(speaker(x, statement(x, "a battlefield"))).contains("China");
  }
}
