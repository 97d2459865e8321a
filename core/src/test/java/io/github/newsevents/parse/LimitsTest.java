package io.github.newsevents.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.validate.Validators;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Limits (issue 18): one value, every limit configurable, a diagnostic for what is left out. */
class LimitsTest {
  @Test
  void theDefaultsAreDocumentedAndFarAboveNews() {
    Limits d = Limits.defaults();

    assertThat(d.maxCharacters()).isEqualTo(10 * 1024 * 1024).isEqualTo(ParseOptions.DEFAULT_MAX_LENGTH);
    assertThat(d.maxParagraphs()).isEqualTo(Limits.DEFAULT_MAX_PARAGRAPHS).isEqualTo(100_000);
    assertThat(d.maxStatements()).isEqualTo(Limits.DEFAULT_MAX_STATEMENTS).isEqualTo(10_000);
    assertThat(d.maxActors()).isEqualTo(Limits.DEFAULT_MAX_ACTORS).isEqualTo(10_000);
    assertThat(ParseOptions.defaults().limits()).isSameAs(d);
  }

  @Test
  void eachLimitIsSetOnItsOwnAndNoneMayBeNegative() {
    Limits l = Limits.defaults().withMaxCharacters(1).withMaxParagraphs(2).withMaxStatements(3).withMaxActors(4);

    assertThat(l).hasToString("Limits[maxCharacters=1, maxParagraphs=2, maxStatements=3, maxActors=4]");
    assertThat(l).isEqualTo(Limits.defaults().withMaxActors(4).withMaxStatements(3).withMaxParagraphs(2)
        .withMaxCharacters(1)).hasSameHashCodeAs(l.withMaxActors(4));
    assertThat(Limits.defaults()).isNotEqualTo(l);
    for (UnaryOperator<Limits> negative : java.util.List.<UnaryOperator<Limits>>of(
        x -> x.withMaxCharacters(-1), x -> x.withMaxParagraphs(-1),
        x -> x.withMaxStatements(-1), x -> x.withMaxActors(-1))) {
      assertThatThrownBy(() -> negative.apply(Limits.defaults()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative, got -1");
    }
  }

  @Test
  void theCharacterLimitIsTheParsersMaxLengthBothWays() {
    ParseOptions viaLimits = ParseOptions.defaults().withLimits(Limits.defaults().withMaxCharacters(50));
    ParseOptions viaLength = ParseOptions.defaults().withMaxLength(50);

    assertThat(viaLimits).isEqualTo(viaLength);
    assertThat(viaLength.limits().maxCharacters()).isEqualTo(50);
    assertThatThrownBy(() -> ArticleParser.with(viaLimits).parse("x".repeat(51)))
        .isInstanceOf(ArticleTooLargeException.class)
        .hasMessageContaining("51 characters, more than the limit of 50");
  }

  @Test
  void paragraphsOverTheLimitAreLeftOutWithADiagnosticFromTheFirstOfThem() {
    String text = "One.\nTwo.\nAdvertisement\nThree.\nFour.\n";
    ArticleParser parser = ArticleParser.with(ParseOptions.defaults().withLimits(
        Limits.defaults().withMaxParagraphs(2)));

    Article article = parser.parse(text);

    assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("One.", "Two.");
    assertThat(article.removed()).extracting(r -> r.rule()).containsExactly("advertisement");
    Diagnostic d = article.diagnostics().stream()
        .filter(x -> x.code().equals(Limits.PARAGRAPHS_CODE)).findFirst().orElseThrow();
    assertThat(d.message()).contains("4 paragraphs, over the limit of 2").contains("the last 2 are left out");
    assertThat(text.substring(d.span().orElseThrow().start(), d.span().orElseThrow().end()))
        .isEqualTo("Three.\nFour.\n");
  }

  @Test
  void anArticleAtItsParagraphLimitHasNoDiagnostic() {
    Article article = ArticleParser.with(ParseOptions.defaults().withLimits(
        Limits.defaults().withMaxParagraphs(2))).parse("One.\nTwo.\n");

    assertThat(article.paragraphs()).hasSize(2);
    assertThat(article.diagnostics()).extracting(Diagnostic::code).doesNotContain(Limits.PARAGRAPHS_CODE);
  }

  // --- statements and actors: Limits.apply on an extraction

  private static final String TEXT = "Ann Berg met Carl Dahl. Eva Falk said yes.";

  private static Actor person(String id, String name) {
    return new Actor.Builder().id(id).name(name).kind(ActorKind.PERSON).build();
  }

  private static Statement says(String speaker, String words) {
    return new Statement.Builder().speaker(speaker).text(words).kind(StatementKind.INDIRECT).build();
  }

  private static Extraction extraction() {
    Article article = ArticleParser.defaults().parse(TEXT);
    return new Extraction.Builder()
        .article(article)
        .addActors(person("ann-berg", "Ann Berg"), person("carl-dahl", "Carl Dahl"),
            person("eva-falk", "Eva Falk"))
        .addStatements(says("eva-falk", "yes"), says("ann-berg", "Ann Berg met"), says("carl-dahl", "Carl"))
        .addMeetings(new Meeting.Builder().addParticipants("ann-berg", "carl-dahl")
            .kind(MeetingKind.IN_PERSON).status(MeetingStatus.HELD).build())
        .addCeasefires(new Ceasefire.Builder().addParties("eva-falk")
            .scope(CeasefireScope.FULL).status(CeasefireStatus.PROPOSED).build())
        .build();
  }

  @Test
  void anExtractionWithinItsLimitsIsReturnedAsItIs() {
    Extraction x = extraction();

    assertThat(Limits.defaults().apply(x)).isSameAs(x);
    assertThat(Limits.defaults().withMaxStatements(3).withMaxActors(3).apply(x)).isSameAs(x);
  }

  @Test
  void statementsOverTheLimitAreLeftOutInTextOrderWithADiagnostic() {
    Extraction cut = Limits.defaults().withMaxStatements(1).apply(extraction());

    assertThat(cut.statements()).extracting(Statement::text).containsExactly("yes");
    assertThat(cut.actors()).hasSize(3);
    assertThat(cut.diagnostics()).extracting(Diagnostic::code).containsExactly(Limits.STATEMENTS_CODE);
    assertThat(cut.diagnostics().get(0).message()).contains("3 statements, over the limit of 1").contains("2 left out");
  }

  @Test
  void actorsOverTheLimitTakeWhatRefersToThemAlongSoThatTheResultStaysValid() {
    Extraction cut = Limits.defaults().withMaxActors(2).apply(extraction());

    assertThat(cut.actors()).extracting(Actor::id).containsExactly("ann-berg", "carl-dahl");
    assertThat(cut.statements()).extracting(Statement::text).containsExactly("Ann Berg met", "Carl");
    assertThat(cut.meetings()).hasSize(1);
    assertThat(cut.ceasefires()).isEmpty();
    assertThat(cut.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Limits.ACTORS_CODE);
      assertThat(d.message()).contains("3 actors, over the limit of 2")
          .contains("1 statement(s), 0 meeting(s) and 1 ceasefire(s)");
    });
    assertThat(Validators.standard().validate(cut).violations())
        .extracting(v -> v.code()).doesNotContain("reference.actor.unknown");
  }

  @Test
  void bothLimitsAtOnceGiveBothDiagnostics() {
    Extraction cut = Limits.defaults().withMaxActors(1).withMaxStatements(0).apply(extraction());

    assertThat(cut.actors()).extracting(Actor::id).containsExactly("ann-berg");
    assertThat(cut.statements()).isEmpty();
    assertThat(cut.meetings()).isEmpty();
    assertThat(cut.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Limits.ACTORS_CODE, Limits.STATEMENTS_CODE);
    assertThat(cut.article()).isEqualTo(extraction().article());
  }
}
