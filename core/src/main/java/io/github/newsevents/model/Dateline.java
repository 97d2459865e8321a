package io.github.newsevents.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A wire dateline that opened the article's body, such as {@code WASHINGTON, April 11 (Reuters) -}:
 * the place, the agency and the date when given, and its span in the input.
 */
@Value.Immutable
public interface Dateline {
  /** The place as written ("WASHINGTON", "New Delhi"). */
  Optional<String> place();

  /** The agency ("Reuters", "AP"). */
  Optional<String> agency();

  /** The dateline's date, resolved against the publication date when it gives no year. */
  Optional<PartialDate> date();

  Span span();

  @Value.Check
  default void check() {
    place().ifPresent(p -> Checks.notBlank(p, "Dateline", "place"));
    agency().ifPresent(a -> Checks.notBlank(a, "Dateline", "agency"));
  }

  final class Builder extends ImmutableDateline.Builder {}
}
