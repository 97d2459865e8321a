package io.github.newsevents.testkit.score;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one article's prediction fared against its gold: the tallies per {@link Category} and every
 * {@link Finding}. Immutable.
 */
@Value.Immutable
public interface ArticleScore {
  /** The article's name: the gold file's name without {@code .json} ({@code "000"}), or as given. */
  String id();

  /** Tallies for every {@link Category}. */
  Map<Category, Counts> counts();

  /** Hits, misses, false alarms and optional items, by category in gold then prediction order. */
  List<Finding> findings();

  /** The article's text, when the scorer had it (for reports that show it). */
  Optional<String> text();

  /**
   * Why there was no usable prediction (no file, or a file that is not a prediction); the
   * article is then scored as if nothing had been predicted.
   */
  Optional<String> predictionProblem();

  /** The tallies of {@code category}. */
  default Counts counts(Category category) {
    return counts().getOrDefault(category, Counts.zero());
  }

  /** The findings of {@code category} with {@code outcome}. */
  default List<Finding> findings(Category category, Outcome outcome) {
    return findings().stream()
        .filter(f -> f.category() == category && f.outcome() == outcome)
        .toList();
  }

  /** Gold items of every category that no prediction matched. */
  default List<Finding> misses() {
    return findings().stream().filter(f -> f.outcome() == Outcome.MISS).toList();
  }

  /** Predicted items of every category that matched no gold item. */
  default List<Finding> falseAlarms() {
    return findings().stream().filter(f -> f.outcome() == Outcome.FALSE_ALARM).toList();
  }

  final class Builder extends ImmutableArticleScore.Builder {}
}
