package io.github.newsevents.validate;

import static io.github.newsevents.validate.Fixture.TEXT;
import static io.github.newsevents.validate.Fixture.span;
import static io.github.newsevents.validate.Fixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpanRulesTest {
  /** Starts inside the text and ends three characters after it. */
  private static final Span BEYOND = Span.of(TEXT.length() - 2, TEXT.length() + 3);

  /** Ends exactly at the end of the text: inside. */
  private static final Span AT_END = Span.of(TEXT.length() - 2, TEXT.length());

  @Test
  void everyKindOfSpanPastTheEndOfTheArticleIsReported() {
    Fixture f = new Fixture();
    String five = "x".repeat(BEYOND.length());
    f.paragraphs.add(new Paragraph.Builder()
        .text(five)
        .span(BEYOND)
        .addSentence(Sentence.of(BEYOND, false))
        .build());
    f.removed.add(Removal.of("share-bar", "Share", BEYOND));
    f.dateline = Optional.of(new Dateline.Builder().place("MOSCOW").span(BEYOND).build());
    f.articleDiagnostics.add(Diagnostic.of("header.date", "bad date", BEYOND));
    f.actors.add(new Actor.Builder()
        .id("kremlin")
        .name("Kremlin")
        .kind(ActorKind.ORGANIZATION)
        .addMention(span("Kremlin"))
        .addMention(BEYOND)
        .build());
    f.statements.add(new Statement.Builder()
        .text("yes")
        .kind(StatementKind.DIRECT)
        .span(BEYOND)
        .build());
    f.meetings.add(Fixture.meeting("vladimir-putin", "donald-trump")
        .kind(MeetingKind.PHONE_CALL)
        .status(MeetingStatus.POSSIBLE)
        .addEvidence(BEYOND)
        .build());
    f.ceasefires.add(Fixture.ceasefire().status(CeasefireStatus.PROPOSED).addEvidence(BEYOND).build());
    f.diagnostics.add(Diagnostic.of("quote.unclosed", "a quote never closes", BEYOND));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(
            tuple("span.outside-article", "article.paragraphs[1].span", Severity.ERROR),
            tuple("span.outside-article", "article.paragraphs[1].sentences[0].span", Severity.ERROR),
            tuple("span.outside-article", "article.removed[1].span", Severity.ERROR),
            tuple("span.outside-article", "article.dateline.span", Severity.ERROR),
            tuple("span.outside-article", "article.diagnostics[0].span", Severity.ERROR),
            tuple("span.outside-article", "actors[6].mentions[1]", Severity.ERROR),
            tuple("span.outside-article", "statements[2].span", Severity.ERROR),
            tuple("span.outside-article", "meetings[1].evidence[1]", Severity.ERROR),
            tuple("span.outside-article", "ceasefires[1].evidence[1]", Severity.ERROR),
            tuple("span.outside-article", "diagnostics[0].span", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .isEqualTo("span [" + BEYOND.start() + ", " + BEYOND.end() + ") ends after the article"
            + " text, which is " + TEXT.length() + " characters long; spans are UTF-16 offsets"
            + " into Article.text()");
  }

  @Test
  void aSpanEndingAtTheEndOfTheArticleIsInside() {
    Fixture f = new Fixture();
    f.diagnostics.add(Diagnostic.of("trailing.noise", "noise at the end", AT_END));
    f.diagnostics.add(Diagnostic.of("empty", "an empty span at the end", Span.of(TEXT.length(), TEXT.length())));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aParagraphWhoseTextIsNotTheTextAtItsSpanIsAnError() {
    Fixture f = new Fixture();
    Paragraph p = f.paragraphs.get(0);
    f.paragraphs.set(0, new Paragraph.Builder()
        .text(p.text().replace("businesslike", "constructive"))
        .span(p.span())
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(
            tuple("article.paragraph.text-mismatch", "article.paragraphs[0].text", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message()).contains("'MOSCOW (Reuters)", "differs");
  }
}
