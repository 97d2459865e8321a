package io.github.newsevents.examples;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.testkit.Fixture;
import io.github.newsevents.testkit.Fixtures;
import io.github.newsevents.testkit.score.ExtractionScorer;
import io.github.newsevents.testkit.score.Score;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A picture of a run: the extractor on the seed article, scored against its gold, written as one
 * self-contained HTML page (the text with hits, misses and false alarms highlighted, the items side
 * by side). The page's path is the first argument (default {@code score-report.html}).
 */
public final class HtmlScoreReport {
  private HtmlScoreReport() {}

  public static void main(String[] args) throws IOException {
    Path page = Path.of(args.length > 0 ? args[0] : "score-report.html");
    Fixture seed = Fixtures.seedArticle();

    Score score = new Score.Builder()
        .addArticle(ExtractionScorer.standard().score(seed.name(), seed.gold(), NewsEvents.extract(seed.text())))
        .build();
    score.report().writeHtml(page);

    System.out.println("wrote " + page);
    System.out.print(score.report().toText());
  }
}
