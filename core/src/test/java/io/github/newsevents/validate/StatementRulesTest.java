package io.github.newsevents.validate;

import static io.github.newsevents.validate.Fixture.span;
import static io.github.newsevents.validate.Fixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementRulesTest {

  private static Statement direct(String text, Span span) {
    return new Statement.Builder()
        .speaker("dmitry-peskov")
        .text(text)
        .kind(StatementKind.DIRECT)
        .span(span)
        .build();
  }

  private static Statement indirect(String text, Span span) {
    return new Statement.Builder()
        .speaker("dmitry-peskov")
        .text(text)
        .kind(StatementKind.INDIRECT)
        .span(span)
        .build();
  }

  private static Statement dated(String date) {
    return new Statement.Builder()
        .speaker("dmitry-peskov")
        .text("the talks of " + date + " were useful")
        .kind(StatementKind.INDIRECT)
        .date(PartialDate.parse(date))
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u201C\u201D", "...", "\" \u2014 \"", "?!"})
  void aStatementWithoutALetterOrDigitIsAnError(String text) {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder().text(text).kind(StatementKind.DIRECT).build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("statement.text.empty", "statements[2].text", Severity.ERROR));
  }

  @ParameterizedTest
  @ValueSource(strings = {"No.", "30", "Нет"})
  void aStatementWithWordsOrNumbersIsFine(String text) {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder().text(text).kind(StatementKind.DIRECT).build());

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aDirectQuoteWhoseSpanMarksOtherWordsIsAnError() {
    Fixture f = new Fixture();
    f.statements.set(0, direct("theoretically possible", span("the talks were businesslike")));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("statement.span.text-mismatch", "statements[0].span", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .contains("'the talks were businesslike'", "'theoretically possible'");
  }

  @Test
  void aDirectQuoteWhoseSpanCutsAWordShortIsAnError() {
    Fixture f = new Fixture();
    Span exact = span("theoretically possible");
    f.statements.set(0, direct("theoretically possible", Span.of(exact.start(), exact.end() - 1)));

    assertThat(standard(f.build()))
        .extracting(Violation::code)
        .containsExactly("statement.span.text-mismatch");
  }

  @ParameterizedTest(name = "span {0}, text {1}")
  @CsvSource(delimiter = '|', value = {
      "\u201Ctheoretically possible\u201D | theoretically possible",
      "theoretically possible | theoretically possible",
      "\u201Ctheoretically possible\u201D | \"theoretically possible\"",
      "theoretically possible | '  theoretically   possible '",
  })
  void aDirectQuoteMatchesWithOrWithoutItsMarksAndWhatever(String marked, String text) {
    Fixture f = new Fixture();
    f.statements.set(0, direct(text, span(marked.strip())));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void typographyOfApostrophesDoesNotMatter() {
    Fixture f = new Fixture();
    f.text = Fixture.TEXT + "He said: \u201CWe don\u2019t know.\u201D\n";
    Span span = Span.of(f.text.indexOf('\u201C', Fixture.TEXT.length()), f.text.length() - 1);
    f.statements.add(direct("We don't know.", span));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void anIndirectStatementWhoseSpanDoesNotContainItsTextIsAWarning() {
    Fixture f = new Fixture();
    f.statements.set(1, indirect("the talks were productive", span("Peskov said the talks were businesslike")));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("statement.span.text-not-found", "statements[1].span", Severity.WARNING));
  }

  @Test
  void anIndirectStatementMayDifferInCaseFromItsSpan() {
    Fixture f = new Fixture();
    f.statements.set(1, indirect("The Talks were businesslike", span("Peskov said the talks were businesslike")));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aStatementWithoutSpanIsNotComparedWithTheText() {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder().text("anything at all").kind(StatementKind.DIRECT).build());

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aStatementDatedAfterPublicationIsAnError() {
    Fixture f = new Fixture();
    f.statements.add(dated("2025-04-13"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(
            tuple("statement.date.after-publication", "statements[2].date", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .startsWith("the statement's date 2025-04-13 is after the article's publication date 2025-04-12");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-04-12", "2025-04", "2025", "2024-12-31"})
  void aStatementThatMayBeOnOrBeforePublicationIsFine(String date) {
    Fixture f = new Fixture();
    f.statements.add(dated(date));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void withoutAPublicationDateNoStatementIsAfterIt() {
    Fixture f = new Fixture();
    f.published = Optional.empty();
    f.statements.add(dated("2025-06-01"));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aPartialPublicationDateIsComparedByItsLastDay() {
    Fixture f = new Fixture();
    f.published = Optional.of(PartialDate.parse("2025-04"));
    f.statements.add(dated("2025-04-30"));
    f.statements.add(dated("2025-05-01"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("statement.date.after-publication", "statements[3].date"));
  }
}
