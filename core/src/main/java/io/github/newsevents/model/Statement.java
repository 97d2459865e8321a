package io.github.newsevents.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something an actor said: a {@link StatementKind#DIRECT} quotation (the words inside the marks)
 * or {@link StatementKind#INDIRECT} reported speech. Immutable.
 */
@Value.Immutable
public interface Statement {
  /** The speaker's actor id; empty when the text does not say who spoke. */
  Optional<String> speaker();

  /** The words said: for a direct quotation exactly the text inside the marks. */
  String text();

  StatementKind kind();

  /** The reporting verb as written ("said", "told reporters", "posted"). */
  Optional<String> verb();

  /** Where it was said, when the text says so ("Truth Social", "a statement"). */
  Optional<String> channel();

  /** When it was said, when the text says so. */
  Optional<PartialDate> date();

  /** Where {@link #text()} stands in the article's input. */
  Optional<Span> span();

  @Value.Check
  default void check() {
    Checks.notBlank(text(), "Statement", "text");
    speaker().ifPresent(s -> Checks.notBlank(s, "Statement", "speaker"));
    verb().ifPresent(s -> Checks.notBlank(s, "Statement", "verb"));
    channel().ifPresent(s -> Checks.notBlank(s, "Statement", "channel"));
  }

  final class Builder extends ImmutableStatement.Builder {}
}
