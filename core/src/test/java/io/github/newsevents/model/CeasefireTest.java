package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CeasefireTest {

  @Test
  void theReadmeCeasefireBuilds() {
    Ceasefire ceasefire =
        new Ceasefire.Builder()
            .addParties("united-states", "ukraine")
            .scope(CeasefireScope.FULL)
            .duration(Period.ofDays(30))
            .date(PartialDate.parse("2025-03"))
            .status(CeasefireStatus.AGREED)
            .build();

    assertThat(ceasefire.parties()).containsExactly("united-states", "ukraine");
    assertThat(ceasefire.duration()).contains(Period.ofDays(30));
    assertThat(ceasefire.roles()).isEmpty();
  }

  @Test
  void aMediatorNeedNotBeAParty() {
    Ceasefire ceasefire =
        builder()
            .addParties("israel", "hamas")
            .putRole("qatar", PartyRole.MEDIATING)
            .putRole("israel", PartyRole.DECLARING)
            .build();

    assertThat(ceasefire.roles()).containsEntry("qatar", PartyRole.MEDIATING).hasSize(2);
    assertThat(ceasefire.roles().keySet()).containsExactly("qatar", "israel");
  }

  @Test
  void aPartyListedTwiceIsRefused() {
    assertRefused(
            () -> builder().addParties("israel", "hamas", "israel").build(), "Ceasefire.parties")
        .hasMessageContaining("'israel'");
  }

  @BlankStringTest
  void aBlankPartyIsRefused(String blank) {
    assertRefused(() -> builder().addParties("israel", blank).build(), "Ceasefire.parties");
  }

  @BlankStringTest
  void aBlankScopeNoteIsRefused(String blank) {
    assertRefused(() -> builder().scopeNote(blank).build(), "Ceasefire.scopeNote");
  }

  @BlankStringTest
  void aBlankRoleKeyIsRefused(String blank) {
    assertRefused(() -> builder().putRole(blank, PartyRole.MEDIATING).build(), "Ceasefire.roles");
  }

  static Stream<Period> notPositive() {
    return Stream.of(Period.ZERO, Period.ofDays(-1), Period.of(0, 1, -1), Period.ofYears(-1));
  }

  @ParameterizedTest
  @MethodSource("notPositive")
  void aDurationThatIsNotPositiveIsRefused(Period duration) {
    assertRefused(() -> builder().duration(duration).build(), "Ceasefire.duration")
        .hasMessageContaining(duration.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1D", "P30D", "P2W", "P1M", "P1Y2M3D"})
  void aPositiveDurationIsKept(String duration) {
    assertThat(builder().duration(Period.parse(duration)).build().duration())
        .contains(Period.parse(duration));
  }

  static Stream<Arguments> endBeforeStart() {
    return Stream.of(
        Arguments.of("2025-03-14", "2025-03-13"),
        Arguments.of("2025-03", "2025-02-28"),
        Arguments.of("2025-03-01", "2025-02"),
        Arguments.of("2025", "2024-12-31"),
        Arguments.of("2025-01", "2024"));
  }

  @ParameterizedTest(name = "start {0}, end {1}")
  @MethodSource("endBeforeStart")
  void anEndBeforeTheStartIsRefused(String start, String end) {
    assertRefused(
            () -> builder().start(PartialDate.parse(start)).end(PartialDate.parse(end)).build(),
            "Ceasefire.end")
        .hasMessageContaining("Ceasefire.start")
        .hasMessageContaining(start)
        .hasMessageContaining(end);
  }

  static Stream<Arguments> endNotBeforeStart() {
    return Stream.of(
        Arguments.of("2025-03-13", "2025-03-13"),
        Arguments.of("2025-03-13", "2025-04-12"),
        // The coarser date may end after the finer one starts: not known to be out of order.
        Arguments.of("2025-03-15", "2025-03"),
        Arguments.of("2025-03", "2025-03-01"),
        Arguments.of("2025", "2025-01-01"),
        Arguments.of("2025-12-31", "2025"));
  }

  @ParameterizedTest(name = "start {0}, end {1}")
  @MethodSource("endNotBeforeStart")
  void anEndThatMayFollowTheStartIsKept(String start, String end) {
    Ceasefire c = builder().start(PartialDate.parse(start)).end(PartialDate.parse(end)).build();

    assertThat(c.end()).contains(PartialDate.parse(end));
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Ceasefire.class,
        changed ->
            new Ceasefire.Builder()
                .addParties("russia", changed.equals("parties") ? "united-states" : "ukraine")
                .scope(changed.equals("scope") ? CeasefireScope.FULL : CeasefireScope.PARTIAL)
                .scopeNote(
                    changed.equals("scopeNote") ? "Black Sea shipping" : "energy infrastructure")
                .duration(changed.equals("duration") ? Period.ofDays(31) : Period.ofDays(30))
                .date(
                    changed.equals("date")
                        ? PartialDate.parse("2025-03-19")
                        : PartialDate.parse("2025-03-18"))
                .start(
                    changed.equals("start")
                        ? PartialDate.parse("2025-03-19")
                        : PartialDate.parse("2025-03-18"))
                .end(
                    changed.equals("end")
                        ? PartialDate.parse("2025-04-18")
                        : PartialDate.parse("2025-04-17"))
                .status(
                    changed.equals("status") ? CeasefireStatus.VIOLATED : CeasefireStatus.AGREED)
                .putRole(
                    "united-states",
                    changed.equals("roles") ? PartyRole.DECLARING : PartyRole.MEDIATING)
                .addEvidence(changed.equals("evidence") ? Span.of(100, 180) : Span.of(100, 181))
                .build());
  }

  private static Ceasefire.Builder builder() {
    return new Ceasefire.Builder().scope(CeasefireScope.FULL).status(CeasefireStatus.PROPOSED);
  }
}
