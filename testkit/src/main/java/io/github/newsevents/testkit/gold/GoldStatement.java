package io.github.newsevents.testkit.gold;

import io.github.newsevents.model.StatementKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A direct quotation: the words inside the marks and who said them. A quote split by "he said" is
 * two statements; one running over several paragraphs is one, joined with single spaces (its
 * paragraphs, when the annotator kept them, in {@link #paragraphSegments()}). Immutable.
 */
@Value.Immutable
public interface GoldStatement {
  /** The speaker's full name as first introduced (an actor's name or alias). */
  String speaker();

  /** The words inside the quotation marks. */
  String quote();

  /** {@link StatementKind#DIRECT} (the corpus annotates direct quotes only); DIRECT when the file omits it. */
  StatementKind kind();

  /** {@code true} for a few quoted words inside a sentence; absent when the file does not say. */
  Optional<Boolean> fragment();

  /** {@code true} when the article does not name the speaker. */
  Optional<Boolean> speakerUnnamed();

  /** {@code true} when including the statement is debatable. */
  Optional<Boolean> optional();

  /** The quote's paragraphs, for a quotation running over several. */
  List<String> paragraphSegments();

  Optional<String> note();

  /** Fields this format does not know, as compact JSON text in file order. */
  Map<String, String> unknownFields();

  default boolean isFragment() {
    return fragment().orElse(false);
  }

  default boolean isOptional() {
    return optional().orElse(false);
  }

  @Value.Check
  default void check() {
    GoldChecks.notBlank(speaker(), "GoldStatement.speaker");
    GoldChecks.notBlank(quote(), "GoldStatement.quote");
  }

  final class Builder extends ImmutableGoldStatement.Builder {}
}
