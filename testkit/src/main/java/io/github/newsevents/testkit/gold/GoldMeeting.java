package io.github.newsevents.testkit.gold;

import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting, call, visit or round of talks, by the names of its participants (as the gold file's
 * actors give them). Immutable.
 */
@Value.Immutable
public interface GoldMeeting {
  List<String> participants();

  /** Where, as named in the text. */
  Optional<String> location();

  Optional<PartialDate> date();

  MeetingKind kind();

  MeetingStatus status();

  /** The last day of a meeting over several days. */
  Optional<PartialDate> dateEnd();

  /** Those who brokered or hosted talks without being a side to them. */
  List<String> mediators();

  /** Those who attended on a participant's behalf. */
  List<String> delegates();

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

  final class Builder extends ImmutableGoldMeeting.Builder {}
}
