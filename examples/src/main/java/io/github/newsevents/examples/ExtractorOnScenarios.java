package io.github.newsevents.examples;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.testkit.ArticleScenarios;
import io.github.newsevents.testkit.Fixture;
import io.github.newsevents.testkit.Seeds;
import io.github.newsevents.testkit.score.ExtractionScorer;
import io.github.newsevents.testkit.score.Score;

/**
 * A parser against generated articles: {@code N} seeded articles (first argument, default 100),
 * each extracted and scored against its gold, and the totals printed in the corpus tool's format.
 * Swap {@code NewsEvents::extract} for your own parser.
 */
public final class ExtractorOnScenarios {
  private ExtractorOnScenarios() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    ExtractionScorer scorer = ExtractionScorer.standard();
    Score.Builder score = new Score.Builder();
    Seeds.of(2025L, n).forEach(seed -> {
      Fixture article = ArticleScenarios.article(seed);
      score.addArticle(scorer.score(article.name(), article.gold(), NewsEvents.extract(article.text())));
    });
    System.out.println(n + " generated articles");
    System.out.print(score.build().report().toText());
  }
}
