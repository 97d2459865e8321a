package io.github.newsevents.testkit.score;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The score of a set of articles: each {@link ArticleScore} and the corpus totals, which are the
 * sums of the articles' tallies (precision, recall and F1 are computed from the sums, not
 * averaged). Immutable. {@link #report()} prints it.
 */
@Value.Immutable
public interface Score {
  /** One per article, in the order scored (name order for a directory). */
  List<ArticleScore> articles();

  /** The corpus totals of {@code category}. */
  default Counts total(Category category) {
    Counts sum = Counts.zero();
    for (ArticleScore a : articles()) {
      sum = sum.plus(a.counts(category));
    }
    return sum;
  }

  /** The corpus totals of every category. */
  default Map<Category, Counts> totals() {
    Map<Category, Counts> totals = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      totals.put(c, total(c));
    }
    return totals;
  }

  /** The article named {@code id}, if it was scored. */
  default Optional<ArticleScore> article(String id) {
    return articles().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Articles without a usable prediction, by id, in order. */
  default List<String> missingPredictions() {
    return articles().stream()
        .filter(a -> a.predictionProblem().isPresent())
        .map(ArticleScore::id)
        .toList();
  }

  /** Prints this score as text, JSON or HTML. */
  default ScoreReport report() {
    return ScoreReport.of(this);
  }

  final class Builder extends ImmutableScore.Builder {}
}
