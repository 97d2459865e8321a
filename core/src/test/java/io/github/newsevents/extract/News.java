package io.github.newsevents.extract;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the short articles of the stage tests and reads their extractions: an article is a first
 * line {@code date YYYY-MM-DD}, a blank line, then paragraphs separated by blank lines.
 */
final class News {
  private News() {}

  /** An article published on {@code date} ("2025-04-14") with these paragraphs. */
  static String article(String date, String... paragraphs) {
    return "date " + date + "\n\n" + String.join("\n\n", paragraphs) + "\n";
  }

  /** An article without a publication date. */
  static String undated(String... paragraphs) {
    return String.join("\n\n", paragraphs) + "\n";
  }

  static Extraction extract(String text) {
    return Extractor.defaults().extract(NewsEvents.parseArticle(text));
  }

  static Actor actor(Extraction x, String name) {
    return x.actors().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named '" + name + "' in " + names(x)));
  }

  static List<String> names(Extraction x) {
    return x.actors().stream().map(Actor::name).collect(Collectors.toList());
  }

  /** The text of each mention of {@code actor}, in order. */
  static List<String> mentions(Extraction x, Actor actor) {
    String text = x.article().text();
    return actor.mentions().stream().map(s -> s.of(text)).collect(Collectors.toList());
  }

  static Statement statement(Extraction x, String text) {
    return x.statements().stream().filter(s -> s.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement '" + text + "' in " + texts(x)));
  }

  static List<String> texts(Extraction x) {
    return x.statements().stream().map(Statement::text).collect(Collectors.toList());
  }

  /** The name of the statement's speaker, empty when it has none. */
  static Optional<String> speaker(Extraction x, Statement s) {
    return s.speaker().flatMap(x::actor).map(Actor::name);
  }

  static String of(Extraction x, Span span) {
    return span.of(x.article().text());
  }
}
