package io.github.newsevents.model;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ceasefire, truce or pause in hostilities: who is party to it, how much it covers, how long it
 * lasts and where it stands. Parties are actor ids. Immutable.
 */
@Value.Immutable
public interface Ceasefire {
  /** Actor ids of the sides bound by it, each once. */
  List<String> parties();

  CeasefireScope scope();

  /** What a {@link CeasefireScope#PARTIAL} ceasefire covers ("energy infrastructure"). */
  Optional<String> scopeNote();

  /** How long it lasts ({@code P30D}). */
  Optional<Period> duration();

  /** When it was agreed, proposed or reported in the state {@link #status()} gives. */
  Optional<PartialDate> date();

  Optional<PartialDate> start();

  Optional<PartialDate> end();

  CeasefireStatus status();

  /**
   * Roles the text gives actors, by actor id, one {@link PartyRole} each: {@link
   * PartyRole#DECLARING} for a party that declares or agrees to it, {@link PartyRole#MEDIATING} for
   * a go-between that brokers, mediates or hosts the talks ("a truce brokered by Qatar"), {@link
   * PartyRole#PROPOSING} for whoever puts it forward ("Turkey proposed a 30-day ceasefire"). A
   * mediator or proposer need not be a party. A proposer may be one ("Peru offered Chile a truce":
   * Peru proposes it and is bound by it); a mediator, a go-between, normally is not, and {@code
   * Validators.standard()} warns of one that is ({@code ceasefire.mediator.is-party}). Actors the
   * text gives no role are not keys.
   */
  Map<String, PartyRole> roles();

  /** Where the article speaks of this ceasefire. */
  List<Span> evidence();

  @Value.Check
  default void check() {
    Checks.notBlank(parties(), "Ceasefire", "parties");
    Checks.distinct(parties(), "Ceasefire", "parties");
    scopeNote().ifPresent(s -> Checks.notBlank(s, "Ceasefire", "scopeNote"));
    Checks.notBlank(roles().keySet(), "Ceasefire", "roles");
    duration().ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalStateException("Ceasefire.duration must be positive, got " + d);
      }
    });
    if (start().isPresent() && end().isPresent()
        && end().get().lastDay().isBefore(start().get().firstDay())) {
      throw new IllegalStateException(
          "Ceasefire.end (" + end().get() + ") must not be before Ceasefire.start (" + start().get() + ")");
    }
  }

  final class Builder extends ImmutableCeasefire.Builder {}
}
