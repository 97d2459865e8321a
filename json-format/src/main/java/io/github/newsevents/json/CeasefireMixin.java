package io.github.newsevents.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Span;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Ceasefire}: {@code {"parties", "scope", "scopeNote", "duration", "date", "start", "end",
 * "status", "roles", "evidence"}}; parties and the keys of roles are actor ids, the duration an
 * ISO-8601 period ({@code "P30D"}, as {@code Period.toString()} writes it).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonAutoDetect(getterVisibility = NONE, isGetterVisibility = NONE, fieldVisibility = NONE)
@JsonPropertyOrder({
  "parties", "scope", "scopeNote", "duration", "date", "start", "end", "status", "roles", "evidence"
})
abstract class CeasefireMixin {
  @JsonProperty("parties")
  abstract List<String> parties();

  @JsonProperty("scope")
  abstract CeasefireScope scope();

  @JsonProperty("scopeNote")
  abstract Optional<String> scopeNote();

  @JsonProperty("duration")
  abstract Optional<Period> duration();

  @JsonProperty("date")
  abstract Optional<PartialDate> date();

  @JsonProperty("start")
  abstract Optional<PartialDate> start();

  @JsonProperty("end")
  abstract Optional<PartialDate> end();

  @JsonProperty("status")
  abstract CeasefireStatus status();

  @JsonProperty("roles")
  abstract Map<String, PartyRole> roles();

  @JsonProperty("evidence")
  abstract List<Span> evidence();

  @JsonAutoDetect(
      setterVisibility = NONE,
      getterVisibility = NONE,
      isGetterVisibility = NONE,
      fieldVisibility = NONE,
      creatorVisibility = NONE)
  abstract static class BuilderMixin {
    @JsonProperty("parties")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Ceasefire.Builder addAllParties(Iterable<String> parties);

    @JsonProperty("scope")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Ceasefire.Builder scope(CeasefireScope scope);

    @JsonProperty("scopeNote")
    abstract Ceasefire.Builder scopeNote(Optional<String> scopeNote);

    @JsonProperty("duration")
    abstract Ceasefire.Builder duration(Optional<? extends Period> duration);

    @JsonProperty("date")
    abstract Ceasefire.Builder date(Optional<? extends PartialDate> date);

    @JsonProperty("start")
    abstract Ceasefire.Builder start(Optional<? extends PartialDate> start);

    @JsonProperty("end")
    abstract Ceasefire.Builder end(Optional<? extends PartialDate> end);

    @JsonProperty("status")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Ceasefire.Builder status(CeasefireStatus status);

    @JsonProperty("roles")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Ceasefire.Builder putAllRoles(Map<String, ? extends PartyRole> roles);

    @JsonProperty("evidence")
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    abstract Ceasefire.Builder addAllEvidence(Iterable<? extends Span> evidence);
  }
}
