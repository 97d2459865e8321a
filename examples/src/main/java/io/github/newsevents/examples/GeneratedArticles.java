package io.github.newsevents.examples;

import io.github.newsevents.testkit.ArticleScenarios;
import io.github.newsevents.testkit.Fixture;
import io.github.newsevents.testkit.gold.GoldFormat;

/**
 * An article with known answers: {@link ArticleScenarios} writes news text and the gold a perfect
 * extractor would return; the same seed gives the same article on every run.
 */
public final class GeneratedArticles {
  private GeneratedArticles() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
    Fixture article = ArticleScenarios.article(seed);

    System.out.println("== " + article.name());
    System.out.println(article.text());
    System.out.println("== its gold: " + article.gold().statements().size() + " statements, "
        + article.gold().meetings().size() + " meetings, " + article.gold().ceasefires().size()
        + " ceasefires");
    System.out.println(GoldFormat.standard().write(article.gold()));
  }
}
