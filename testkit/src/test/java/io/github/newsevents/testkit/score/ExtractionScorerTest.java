package io.github.newsevents.testkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.testkit.gold.Gold;
import io.github.newsevents.testkit.gold.GoldFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matching rules of the scorer, each on a small gold file and a prediction in JSON. */
class ExtractionScorerTest {
  private static final ExtractionScorer SCORER = ExtractionScorer.standard();

  private static Gold gold(String json) {
    return GoldFormat.standard().parse(json.replace('\'', '"'));
  }

  private static ArticleScore score(Gold gold, String prediction) {
    return SCORER.scoreJson("t", gold, prediction.replace('\'', '"'), Optional.empty());
  }

  private static final Gold TWO_QUOTES = gold("{'actors': [{'name': 'Arno Keltic', 'kind': 'PERSON',"
      + " 'aliases': ['Keltic', 'Minister Keltic']}],"
      + " 'statements': [{'speaker': 'Arno Keltic', 'quote': 'We will not sign a paper we have not read.'},"
      + " {'speaker': 'Arno Keltic', 'quote': 'premature', 'fragment': true, 'optional': true}]}");

  @Test
  void quotesMatchOnSixtyPercentOfTheirDistinctWordsWithCaseAndCurlyMarksFolded() {
    ArticleScore s = score(TWO_QUOTES, "{'statements': [{'speaker': 'Keltic',"
        + " 'text': 'we will NOT sign a paper we haven\u2019t read'}]}");

    // shared: we will not sign a paper read (7) of max(8 gold, 8 predicted) distinct words
    assertThat(s.counts(Category.STATEMENTS).matched()).isEqualTo(1);
    assertThat(s.counts(Category.STATEMENTS_WITH_SPEAKER).matched()).isEqualTo(1);
    // 5 of 8 would do; 3 of 8 does not
    assertThat(score(TWO_QUOTES, "{'statements': [{'text': 'we will sign'}]}")
        .counts(Category.STATEMENTS).matched()).isZero();
  }

  @Test
  void aSpeakerMatchesByFullNameSurnameOrAliasOfTheGoldActor() {
    for (String speaker : new String[] {"Arno Keltic", "Keltic", "Minister Keltic", "Mr Keltic",
        "{'name': 'A. Keltic'}"}) {
      String ref = speaker.startsWith("{") ? speaker : "'" + speaker + "'";
      ArticleScore s = score(TWO_QUOTES, "{'statements': [{'speaker': " + ref
          + ", 'text': 'We will not sign a paper we have not read.'}]}");
      assertThat(s.counts(Category.STATEMENTS_WITH_SPEAKER).matched()).as(speaker).isEqualTo(1);
    }
    ArticleScore wrong = score(TWO_QUOTES, "{'statements': [{'speaker': 'Mira Oskan',"
        + " 'text': 'We will not sign a paper we have not read.'}]}");
    assertThat(wrong.counts(Category.STATEMENTS).matched()).isEqualTo(1);
    assertThat(wrong.counts(Category.STATEMENTS_WITH_SPEAKER).matched()).isZero();
    assertThat(wrong.counts(Category.STATEMENTS).accuracy("speaker")).contains(0.0);
    assertThat(wrong.findings(Category.STATEMENTS, Outcome.HIT).get(0).hasWrongAttribute()).isTrue();
  }

  @Test
  void optionalGoldItemsAreNeitherHitsNorMisses() {
    ArticleScore found = score(TWO_QUOTES, "{'statements': [{'text': 'premature'}]}");
    ArticleScore notFound = score(TWO_QUOTES, "{'statements': []}");

    assertThat(found.counts(Category.STATEMENTS)).satisfies(c -> {
      assertThat(c.gold()).isEqualTo(1);
      assertThat(c.predicted()).isZero();
      assertThat(c.matched()).isZero();
    });
    assertThat(found.findings(Category.STATEMENTS, Outcome.NEUTRAL)).hasSize(1);
    assertThat(notFound.counts(Category.STATEMENTS).gold()).isEqualTo(1);
    assertThat(notFound.findings(Category.STATEMENTS, Outcome.MISS)).extracting(f -> f.gold().orElseThrow().label())
        .containsExactly("Arno Keltic: We will not sign a paper we have not read.");
  }

  @Test
  void matchingIsOneToOne() {
    ArticleScore s = score(TWO_QUOTES, "{'statements': ["
        + "{'text': 'We will not sign a paper we have not read.'},"
        + "{'text': 'We will not sign a paper we have not read.'}]}");

    assertThat(s.counts(Category.STATEMENTS).matched()).isEqualTo(1);
    assertThat(s.falseAlarms()).hasSize(1);
    assertThat(s.counts(Category.STATEMENTS).precision()).isEqualTo(0.5);
  }

  private static final Gold MEETING = gold("{'actors': ["
      + "{'name': 'Arno Keltic', 'kind': 'PERSON', 'aliases': ['Keltic']},"
      + "{'name': 'Mira Oskan', 'kind': 'PERSON', 'aliases': ['Oskan']},"
      + "{'name': 'Norway', 'kind': 'STATE', 'aliases': []}],"
      + " 'meetings': [{'participants': ['Arno Keltic', 'Mira Oskan'], 'location': 'Oslo',"
      + " 'date': '2031-05-02', 'kind': 'IN_PERSON', 'status': 'HELD'}],"
      + " 'ceasefires': [{'parties': ['Norway', 'Mira Oskan'], 'scope': 'FULL', 'duration_days': 30,"
      + " 'status': 'AGREED'}]}");

  @Test
  void meetingsMatchOnSharedParticipantsAndAreJudgedOnTheirAttributes() {
    ArticleScore s = score(MEETING, "{'actors': [{'id': 'k', 'name': 'Arno Keltic', 'kind': 'PERSON'},"
        + " {'id': 'o', 'name': 'Oskan', 'kind': 'PERSON'}],"
        + " 'meetings': [{'participants': ['k', 'o'], 'location': {'name': 'OSLO'}, 'date': '2031-05',"
        + " 'kind': 'TALKS', 'status': 'held'}]}");

    Counts m = s.counts(Category.MEETINGS);
    assertThat(m.matched()).isEqualTo(1);
    assertThat(m.accuracy("status")).contains(1.0);
    assertThat(m.accuracy("location")).contains(1.0);
    assertThat(m.accuracy("date")).contains(0.0);
    assertThat(m.accuracy("kind")).contains(0.0);
    assertThat(s.counts(Category.PERSON_ACTORS).matched()).isEqualTo(2);
  }

  @Test
  void aStateGoesByItsCodeCapitalOrOfficialNameAndAPeriodCountsInDays() {
    for (String norway : new String[] {"NOR", "Oslo", "Kingdom of Norway", "norway"}) {
      ArticleScore s = score(MEETING, "{'ceasefires': [{'parties': ['" + norway + "', 'Mira Oskan'],"
          + " 'scope': 'FULL', 'duration': 'P4W2D', 'status': 'AGREED'}]}");
      assertThat(s.counts(Category.CEASEFIRES).matched()).as(norway).isEqualTo(1);
      assertThat(s.counts(Category.CEASEFIRES).accuracy("duration")).as(norway).contains(1.0);
    }
    ArticleScore oneParty = score(MEETING, "{'ceasefires': [{'parties': ['Norway'], 'status': 'AGREED'}]}");
    assertThat(oneParty.counts(Category.CEASEFIRES).matched()).as("two of two parties needed").isZero();
  }

  @Test
  void aPredictionOfTheWrongShapeIsRefusedWithItsPath() {
    assertThatThrownBy(() -> score(MEETING, "{'meetings': {}}"))
        .isInstanceOf(PredictionFormatException.class).hasMessage("t: $.meetings: expected an array");
    assertThatThrownBy(() -> score(MEETING, "{'meetings': ['x']}"))
        .hasMessage("t: $.meetings[0]: expected an object");
    assertThatThrownBy(() -> score(MEETING, "{'meetings': [")).hasMessageStartingWith("t: not JSON: ");
  }

  @Test
  void theTextLinesAreThoseOfTheCorpusTool() {
    ArticleScore s = score(MEETING, "{'meetings': [{'participants': ['Keltic', 'Oskan'], 'status': 'HELD',"
        + " 'kind': 'IN_PERSON'}]}");
    Score score = new Score.Builder().addArticle(s).build();

    assertThat(score.report().toText()).isEqualTo(String.join("\n",
        "statements               P=1.000 R=1.000 F1=1.000 (gold 0, predicted 0, matched 0) ",
        "statements_with_speaker  P=1.000 R=1.000 F1=1.000 (gold 0, predicted 0, matched 0) ",
        "person_actors            P=0.000 R=0.000 F1=0.000 (gold 2, predicted 0, matched 0) ",
        "meetings                 P=1.000 R=1.000 F1=1.000 (gold 1, predicted 1, matched 1)"
            + " date_accuracy=0.0 kind_accuracy=1.0 location_accuracy=0.0 status_accuracy=1.0",
        "ceasefires               P=0.000 R=0.000 F1=0.000 (gold 1, predicted 0, matched 0) ",
        ""));
  }

  @Test
  void figuresRoundHalfToEvenOnTheExactValueAsPythonDoes() {
    assertThat(ScoreReport.fixed(2.0 / 3)).isEqualTo("0.667");
    assertThat(ScoreReport.repr(0.9)).isEqualTo("0.9");
    assertThat(ScoreReport.repr(1.0)).isEqualTo("1.0");
    assertThat(ScoreReport.repr(0.0)).isEqualTo("0.0");
    // 0.0625 is exact in binary: a true tie, to even; 0.1235 lies just below its decimal
    assertThat(ScoreReport.fixed(0.0625)).isEqualTo("0.062");
    assertThat(ScoreReport.fixed(0.1235)).isEqualTo("0.123");
  }

  @Test
  void pythonsNormalisationIsFollowedCharacterForCharacter() {
    assertThat(Text.norm("  \u201cCaf\u00e9\u201d \u2014 l\u2019\u00c9t\u00e9 ... ")).isEqualTo("cafe l'ete");
    assertThat(Text.norm("U.S.")).isEqualTo("u.s");
    assertThat(Text.norm("Tel Aviv-Yafo\t(Israel)")).isEqualTo("tel aviv-yafo israel");
    assertThat(Text.tokens("It's a 30-day truce.")).containsExactly("it's", "a", "30", "day", "truce");
    assertThat(Text.combining(0x301)).isTrue();
    assertThat(Text.combining('e')).isFalse();
    assertThat(Text.combining(0x941)).as("a vowel sign of class 0").isFalse();
  }
}
