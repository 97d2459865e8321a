package io.github.newsevents.interop;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The CAMEO code of an actor: its country (ISO 3166-1 alpha-3, which CAMEO uses for states) and up
 * to three role types, as GDELT's {@code Actor1CountryCode} and {@code Actor1Type1Code} to {@code
 * Actor1Type3Code}. Immutable.
 *
 * <pre>{@code
 * ActorCodes.of(peskov, Gazetteer.defaults()).get().code();   // "RUSGOV"
 * ActorCodes.of(un, Gazetteer.defaults()).get().code();       // "IGOUNO"
 * }</pre>
 */
@Value.Immutable
public interface ActorCode {
  /** The country's ISO 3166-1 alpha-3 code ({@code RUS}); empty for an international body. */
  Optional<String> country();

  /** The CAMEO role types, most general first ({@code GOV}; {@code IGO}, {@code UNO}); at most three. */
  List<String> types();

  /** The code: the country, then the types ({@code RUSGOV}, {@code IGOUNOPKO}, {@code UKR}). */
  default String code() {
    return country().orElse("") + String.join("", types());
  }

  @Value.Check
  default void check() {
    country().ifPresent(c -> {
      if (!c.matches("[A-Z]{3}")) {
        throw new IllegalStateException("ActorCode.country must be three capital letters, got '" + c + "'");
      }
    });
    if (types().size() > 3) {
      throw new IllegalStateException("ActorCode.types holds at most three types, got " + types());
    }
    for (String t : types()) {
      if (!t.matches("[A-Z]{3}")) {
        throw new IllegalStateException("ActorCode.types are three capital letters, got '" + t + "'");
      }
    }
    if (country().isEmpty() && types().isEmpty()) {
      throw new IllegalStateException("ActorCode needs a country or a type");
    }
  }

  /** Builds an {@link ActorCode}. */
  final class Builder extends ImmutableActorCode.Builder {}
}
