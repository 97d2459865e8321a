package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@link Meeting}: {@code {"participants", "location", "date", "kind", "status", "host", "topics",
 * "evidence"}}; participants and host are actor ids.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({
  "participants", "location", "date", "kind", "status", "host", "topics", "evidence"
})
abstract class MeetingMixin {
  @JsonProperty("participants")
  abstract List<String> participants();

  @JsonProperty("location")
  abstract Optional<Place> location();

  @JsonProperty("date")
  abstract Optional<PartialDate> date();

  @JsonProperty("kind")
  abstract MeetingKind kind();

  @JsonProperty("status")
  abstract MeetingStatus status();

  @JsonProperty("host")
  abstract Optional<String> host();

  @JsonProperty("topics")
  abstract List<String> topics();

  @JsonProperty("evidence")
  abstract List<Span> evidence();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("participants")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Meeting.Builder addAllParticipants(Iterable<String> participants);

    @JsonProperty("location")
    abstract Meeting.Builder location(Optional<? extends Place> location);

    @JsonProperty("date")
    abstract Meeting.Builder date(Optional<? extends PartialDate> date);

    @JsonProperty("kind")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Meeting.Builder kind(MeetingKind kind);

    @JsonProperty("status")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Meeting.Builder status(MeetingStatus status);

    @JsonProperty("host")
    abstract Meeting.Builder host(Optional<String> host);

    @JsonProperty("topics")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Meeting.Builder addAllTopics(Iterable<String> topics);

    @JsonProperty("evidence")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Meeting.Builder addAllEvidence(Iterable<? extends Span> evidence);
  }
}
