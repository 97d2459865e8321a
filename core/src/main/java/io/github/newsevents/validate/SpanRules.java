package io.github.newsevents.validate;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import java.util.List;
import java.util.Optional;

/** Rules about spans: they lie inside the article text, and paragraphs match the text they mark. */
final class SpanRules {
  private SpanRules() {}

  static final Rule OUTSIDE_ARTICLE = Rule.of(
      "span.outside-article",
      Severity.ERROR,
      "Every span (actor mentions, statement spans, meeting and ceasefire evidence, the article's"
          + " paragraphs, sentences, removals and dateline, diagnostics) lies inside the article"
          + " text.",
      SpanRules::outsideArticle);

  static final Rule PARAGRAPH_TEXT_MISMATCH = Rule.of(
      "article.paragraph.text-mismatch",
      Severity.ERROR,
      "Every paragraph's text equals the article text at the paragraph's span.",
      SpanRules::paragraphTextMismatch);

  private static void outsideArticle(Extraction extraction, Rule.Context context) {
    Article article = extraction.article();
    int length = article.text().length();
    List<Paragraph> paragraphs = article.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph paragraph = paragraphs.get(i);
      check(context, length, paragraph.span(), "article.paragraphs[" + i + "].span");
      for (int j = 0; j < paragraph.sentences().size(); j++) {
        Span span = paragraph.sentences().get(j).span();
        if (span.end() > length) {
          report(context, length, span, "article.paragraphs[" + i + "].sentences[" + j + "].span");
        }
      }
    }
    List<Removal> removed = article.removed();
    for (int i = 0; i < removed.size(); i++) {
      check(context, length, removed.get(i).span(), "article.removed[" + i + "].span");
    }
    if (article.dateline().isPresent()) {
      check(context, length, article.dateline().get().span(), "article.dateline.span");
    }
    diagnostics(context, length, article.diagnostics(), "article.diagnostics");
    List<Actor> actors = extraction.actors();
    for (int i = 0; i < actors.size(); i++) {
      spans(context, length, actors.get(i).mentions(), "actors[" + i + "].mentions");
    }
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      Optional<Span> span = statements.get(i).span();
      if (span.isPresent() && span.get().end() > length) {
        report(context, length, span.get(), "statements[" + i + "].span");
      }
    }
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      spans(context, length, meetings.get(i).evidence(), "meetings[" + i + "].evidence");
    }
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      spans(context, length, ceasefires.get(i).evidence(), "ceasefires[" + i + "].evidence");
    }
    diagnostics(context, length, extraction.diagnostics(), "diagnostics");
  }

  private static void diagnostics(
      Rule.Context context, int length, List<Diagnostic> diagnostics, String path) {
    for (int i = 0; i < diagnostics.size(); i++) {
      Optional<Span> span = diagnostics.get(i).span();
      if (span.isPresent() && span.get().end() > length) {
        report(context, length, span.get(), path + "[" + i + "].span");
      }
    }
  }

  private static void spans(Rule.Context context, int length, List<Span> spans, String path) {
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).end() > length) {
        report(context, length, spans.get(i), path + "[" + i + "]");
      }
    }
  }

  private static void check(Rule.Context context, int length, Span span, String path) {
    if (span.end() > length) {
      report(context, length, span, path);
    }
  }

  private static void report(Rule.Context context, int length, Span span, String path) {
    context.report(
        path,
        "span [" + span.start() + ", " + span.end() + ") ends after the article text, which is "
            + length + " characters long; spans are UTF-16 offsets into Article.text()");
  }

  private static void paragraphTextMismatch(Extraction extraction, Rule.Context context) {
    String text = extraction.article().text();
    List<Paragraph> paragraphs = extraction.article().paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph paragraph = paragraphs.get(i);
      Span span = paragraph.span();
      if (span.end() > text.length()) {
        continue; // span.outside-article says so
      }
      if (!text.regionMatches(span.start(), paragraph.text(), 0, span.length())) {
        context.report(
            "article.paragraphs[" + i + "].text",
            "the paragraph's text " + Texts.excerpt(paragraph.text())
                + " differs from the article text at its span [" + span.start() + ", "
                + span.end() + "), " + Texts.excerpt(span.of(text)));
      }
    }
  }
}
