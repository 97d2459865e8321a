package io.github.newsevents.interop;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The CAMEO and PLOVER coding of one meeting, ceasefire or statement: a row of {@code
 * event-codes.tsv}. Immutable.
 *
 * <pre>{@code
 * EventCode code = EventCodes.of(meeting);   // a held phone call
 * code.cameoCode();                          // "041"
 * code.cameoLabel();                         // "Discuss by telephone"
 * code.goldstein();                          // 1.0
 * code.ploverEvent();                        // Optional[CONSULT]
 * code.ploverMode();                         // Optional[phone]
 * }</pre>
 */
@Value.Immutable
public interface EventCode {
  /** The CAMEO event code, three or four digits as text ({@code "041"}, {@code "0871"}). */
  String cameoCode();

  /** The CAMEO codebook's label of {@link #cameoCode()} ("Discuss by telephone"). */
  String cameoLabel();

  /** The Goldstein score of the CAMEO code, from -10 (most conflictual) to +10. */
  double goldstein();

  /** The PLOVER event type ({@code CONSULT}, {@code AGREE}), when PLOVER has one for it. */
  Optional<String> ploverEvent();

  /** The PLOVER mode ({@code phone}, {@code visit}), when the table gives one. */
  Optional<String> ploverMode();

  /**
   * The table's case that chose this row when several share a record's kind and status ({@code
   * visit}, {@code third-place}, {@code appeal}); {@code -} for the default case.
   */
  String caseName();

  /** The table's note: when the row applies and where its values come from. */
  String note();

  /** CAMEO's base code: the first three digits ({@code "087"} for {@code "0871"}). */
  default String cameoBaseCode() {
    return cameoCode().substring(0, 3);
  }

  /** CAMEO's root code: the first two digits ({@code "04"}), as GDELT's EventRootCode. */
  default String cameoRootCode() {
    return cameoCode().substring(0, 2);
  }

  /**
   * GDELT's QuadClass of the root code: 1 verbal cooperation (roots 01 to 05), 2 material
   * cooperation (06 to 08), 3 verbal conflict (09 to 13), 4 material conflict (14 to 20).
   */
  default int quadClass() {
    int root = Integer.parseInt(cameoRootCode());
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  @Value.Check
  default void check() {
    if (!cameoCode().matches("[0-9]{3,4}") || Integer.parseInt(cameoCode().substring(0, 2)) > 20
        || cameoCode().startsWith("00")) {
      throw new IllegalStateException(
          "EventCode.cameoCode must be 3 or 4 digits of a root 01 to 20, got '" + cameoCode() + "'");
    }
    if (cameoLabel().isBlank()) {
      throw new IllegalStateException("EventCode.cameoLabel must not be blank");
    }
    if (!(goldstein() >= -10 && goldstein() <= 10)) {
      throw new IllegalStateException("EventCode.goldstein must be -10 to 10, got " + goldstein());
    }
  }

  /** Builds an {@link EventCode}; for tables of one's own. */
  final class Builder extends ImmutableEventCode.Builder {}
}
