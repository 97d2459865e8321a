package io.github.newsevents.examples;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Statement;

/**
 * Extracts an article with the front door, {@link NewsEvents#extract(String)}, and walks its
 * statements: who said what, and whether in their own words (DIRECT) or reported (INDIRECT).
 */
public final class ExtractAnArticle {
  private ExtractAnArticle() {}

  /** An article written for this example, in the header-block form. */
  static final String ARTICLE = String.join("\n",
      "date 2025-06-02",
      "headline Nordic ministers meet in Oslo over fishing quotas",
      "source Example Wire",
      "",
      "Norwegian Foreign Minister Ingrid Solberg met her Icelandic counterpart Magnus Eriksson in"
          + " Oslo on Monday to discuss a dispute over fishing quotas.",
      "",
      "\u201CWe want an agreement before the season opens,\u201D Solberg told reporters after the talks.",
      "",
      "Eriksson said that Iceland was ready to compromise on the northern zones.",
      "");

  public static void main(String[] args) {
    Extraction extraction = NewsEvents.extract(ARTICLE);

    System.out.println(extraction.article().headline().orElse("(no headline)"));
    for (Statement statement : extraction.statements()) {
      // statements name their speaker by actor id; the extraction resolves the id
      String speaker = statement.speaker()
          .flatMap(extraction::actor)
          .map(Actor::name)
          .orElse("(unknown speaker)");
      System.out.println(speaker + " (" + statement.kind() + "): " + statement.text());
      // every statement carries the span of the article text it came from
      statement.span().ifPresent(span ->
          System.out.println("  from characters " + span.start() + "-" + span.end()));
    }
  }
}
