package io.github.newsevents.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting, visit, round of talks or call between actors, with whether it happened ({@link
 * #status()}). Participants and host are actor ids. Immutable.
 */
@Value.Immutable
public interface Meeting {
  /** Actor ids of those who took part, each once. */
  List<String> participants();

  Optional<Place> location();

  Optional<PartialDate> date();

  MeetingKind kind();

  MeetingStatus status();

  /** Actor id of the host ("was received by", "hosted"), when the text makes it clear. */
  Optional<String> host();

  /** What was discussed, as stated without its article ("war in Ukraine"). */
  List<String> topics();

  /** Where the article speaks of this meeting. */
  List<Span> evidence();

  @Value.Check
  default void check() {
    Checks.notBlank(participants(), "Meeting", "participants");
    Checks.distinct(participants(), "Meeting", "participants");
    Checks.notBlank(topics(), "Meeting", "topics");
    host().ifPresent(h -> Checks.notBlank(h, "Meeting", "host"));
  }

  final class Builder extends ImmutableMeeting.Builder {}
}
