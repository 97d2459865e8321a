package io.github.newsevents.testkit.gold;

import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ceasefire, truce or pause, by the names of its parties, with its mediators and proposer when
 * the text names them. Immutable.
 */
@Value.Immutable
public interface GoldCeasefire {
  List<String> parties();

  /** FULL or PARTIAL; absent when the text does not say. */
  Optional<CeasefireScope> scope();

  /** What a partial ceasefire covers. */
  Optional<String> scopeNote();

  Optional<Integer> durationDays();

  Optional<PartialDate> date();

  CeasefireStatus status();

  /** When it ended or is to end. */
  Optional<PartialDate> dateEnd();

  /** Those who brokered it without being party to it. */
  List<String> mediators();

  /** Who proposed it, when that is not one of the parties alone. */
  Optional<String> proposer();

  Optional<Boolean> optional();

  Optional<String> note();

  /** Fields this format does not know, as compact JSON text in file order. */
  Map<String, String> unknownFields();

  /** The precision of {@link #date()}; the file's {@code date_precision}. */
  default Optional<PartialDate.Precision> datePrecision() {
    return date().map(PartialDate::precision);
  }

  default boolean isOptional() {
    return optional().orElse(false);
  }

  @Value.Check
  default void check() {
    durationDays().ifPresent(d -> {
      if (d <= 0) {
        throw new IllegalStateException("GoldCeasefire.durationDays must be positive, got " + d);
      }
    });
  }

  final class Builder extends ImmutableGoldCeasefire.Builder {}
}
