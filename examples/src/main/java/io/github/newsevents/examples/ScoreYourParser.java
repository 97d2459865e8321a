package io.github.newsevents.examples;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import io.github.newsevents.testkit.Fixture;
import io.github.newsevents.testkit.Fixtures;
import io.github.newsevents.testkit.score.ArticleScore;
import io.github.newsevents.testkit.score.Category;
import io.github.newsevents.testkit.score.ExtractionScorer;
import io.github.newsevents.testkit.score.Finding;
import io.github.newsevents.testkit.score.Score;

/**
 * Scores a parser of your own against gold annotations. The "parser" here is deliberately naive:
 * every stretch inside curly quotation marks is a direct statement by the nearest earlier
 * "Firstname Lastname" of the paragraph. Its output is an ordinary {@link Extraction}, which the
 * {@link ExtractionScorer} compares with the seed article's gold, as the corpus tool would.
 */
public final class ScoreYourParser {
  private ScoreYourParser() {}

  public static void main(String[] args) {
    Fixture seed = Fixtures.seedArticle();
    Extraction mine = naiveQuoteParser(seed.text());

    ArticleScore article = ExtractionScorer.standard().score(seed.name(), seed.gold(), mine);
    Score score = new Score.Builder().addArticle(article).build();

    System.out.print(score.report().toText());
    System.out.printf("statements: precision %.3f, recall %.3f%n",
        article.counts(Category.STATEMENTS).precision(), article.counts(Category.STATEMENTS).recall());
    for (Finding miss : article.findings(Category.STATEMENTS, io.github.newsevents.testkit.score.Outcome.MISS)) {
      System.out.println("missed: " + miss.gold().orElseThrow().label());
    }
  }

  /** Every curly-quoted stretch, attributed to the last two capitalised words before it. */
  static Extraction naiveQuoteParser(String text) {
    Extraction.Builder e = new Extraction.Builder().article(NewsEvents.parseArticle(text));
    java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher quote = java.util.regex.Pattern.compile("\u201c([^\u201d\n]{1,2000}+)\u201d").matcher(text);
    java.util.regex.Pattern name = java.util.regex.Pattern.compile("\\b(\\p{Lu}\\p{L}{1,20}+ \\p{Lu}\\p{L}{1,20}+)\\b");
    while (quote.find()) {
      int paragraph = Math.max(0, text.lastIndexOf("\n\n", quote.start()));
      java.util.regex.Matcher n = name.matcher(text.substring(paragraph, quote.start()));
      String speaker = null;
      while (n.find()) {
        speaker = n.group(1);
      }
      Statement.Builder s = new Statement.Builder().text(quote.group(1)).kind(StatementKind.DIRECT)
          .span(Span.of(quote.start(1), quote.end(1)));
      if (speaker != null) {
        String id = ids.computeIfAbsent(speaker, k -> k.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        s.speaker(id);
      }
      e.addStatement(s.build());
    }
    ids.forEach((n, id) -> e.addActor(new Actor.Builder().id(id).name(n).kind(ActorKind.PERSON).build()));
    return e.build();
  }
}
