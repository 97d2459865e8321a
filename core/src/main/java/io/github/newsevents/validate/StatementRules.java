package io.github.newsevents.validate;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rules about statements: real words, matching their span, not said after publication. */
final class StatementRules {
  private StatementRules() {}

  static final Rule TEXT_EMPTY = Rule.of(
      "statement.text.empty",
      Severity.ERROR,
      "Every statement's text has at least one letter or digit (a blank text cannot be built at"
          + " all; this catches texts of nothing but quotation marks and punctuation).",
      StatementRules::textEmpty);

  static final Rule SPAN_TEXT_MISMATCH = Rule.of(
      "statement.span.text-mismatch",
      Severity.ERROR,
      "A DIRECT statement with a span has the article text at that span as its text, ignoring"
          + " the quotation marks at either end, the typography of quotation marks and"
          + " apostrophes, and the amount of whitespace.",
      StatementRules::spanTextMismatch);

  static final Rule SPAN_TEXT_NOT_FOUND = Rule.of(
      "statement.span.text-not-found",
      Severity.WARNING,
      "An INDIRECT statement with a span has its text somewhere in the article text at that span,"
          + " compared as for DIRECT statements and ignoring case (reported speech may be"
          + " paraphrased, hence a warning).",
      StatementRules::spanTextNotFound);

  static final Rule DATE_AFTER_PUBLICATION = Rule.of(
      "statement.date.after-publication",
      Severity.ERROR,
      "No statement is dated after the article's publication date "
          + " (skipped when the article has no publication date, or one that date.out-of-range"
          + " rejects).",
      StatementRules::dateAfterPublication);

  static final Rule DUPLICATE = Rule.of(
      "statement.duplicate",
      Severity.WARNING,
      "No two statements have the same kind, speaker and text (ignoring case, quotation marks and"
          + " whitespace): a caption repeating the body, or one quote given as DIRECT and again as"
          + " INDIRECT at the same span. A warning: a speaker may repeat words verbatim.",
      StatementRules::duplicate);

  private static void duplicate(Extraction extraction, Rule.Context context) {
    List<Statement> statements = extraction.statements();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    java.util.Map<Span, Integer> spans = new java.util.HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      String key = s.kind() + "|" + s.speaker().orElse("") + "|" + Texts.normalizeQuote(s.text()).toLowerCase(Locale.ROOT);
      Integer before = seen.putIfAbsent(key, i);
      Integer sameSpan = s.span().isPresent() ? spans.putIfAbsent(s.span().get(), i) : null;
      if (before != null) {
        context.report("statements[" + i + "]", "the same statement as statements[" + before + "]");
      } else if (sameSpan != null) {
        context.report("statements[" + i + "].span", "the same span as statements[" + sameSpan
            + "]: one quote reported twice");
      }
    }
  }

  private static void textEmpty(Extraction extraction, Rule.Context context) {
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      String text = statements.get(i).text();
      if (!Texts.hasLetterOrDigit(text)) {
        context.report(
            "statements[" + i + "].text",
            "the statement's text " + Texts.excerpt(text)
                + " has no letter or digit; a statement holds the words said");
      }
    }
  }

  private static void spanTextMismatch(Extraction extraction, Rule.Context context) {
    String article = extraction.article().text();
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (statement.kind() != StatementKind.DIRECT || statement.span().isEmpty()) {
        continue;
      }
      Span span = statement.span().get();
      if (span.end() > article.length()) {
        continue; // span.outside-article says so
      }
      String atSpan = span.of(article);
      if (!Texts.normalizeQuote(atSpan).equals(Texts.normalizeQuote(statement.text()))) {
        context.report(
            "statements[" + i + "].span",
            "the article text at span [" + span.start() + ", " + span.end() + ") is "
                + Texts.excerpt(atSpan) + ", but the quotation's text is "
                + Texts.excerpt(statement.text())
                + "; a DIRECT statement's span marks exactly its quoted words, with or without"
                + " the quotation marks");
      }
    }
  }

  private static void spanTextNotFound(Extraction extraction, Rule.Context context) {
    String article = extraction.article().text();
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (statement.kind() != StatementKind.INDIRECT || statement.span().isEmpty()) {
        continue;
      }
      Span span = statement.span().get();
      if (span.end() > article.length()) {
        continue; // span.outside-article says so
      }
      String atSpan = Texts.normalizeQuote(span.of(article)).toLowerCase(Locale.ROOT);
      String text = Texts.normalizeQuote(statement.text()).toLowerCase(Locale.ROOT);
      if (!atSpan.contains(text)) {
        context.report(
            "statements[" + i + "].span",
            "the article text at span [" + span.start() + ", " + span.end() + ") is "
                + Texts.excerpt(span.of(article)) + ", which does not contain the statement's text "
                + Texts.excerpt(statement.text())
                + "; the span of reported speech should cover the words it reports");
      }
    }
  }

  private static void dateAfterPublication(Extraction extraction, Rule.Context context) {
    Optional<PartialDate> published = Dates.publication(extraction, context);
    if (published.isEmpty()) {
      return;
    }
    LocalDate last = published.get().lastDay();
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      Optional<PartialDate> date = statements.get(i).date();
      if (date.isPresent() && date.get().firstDay().isAfter(last)) {
        context.report(
            "statements[" + i + "].date",
            Dates.afterPublication("the statement's date", date.get(), published.get())
                + "; a statement cannot be reported before it is made (a weekday resolved to the"
                + " wrong week?)");
      }
    }
  }
}
