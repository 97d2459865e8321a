package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

  @Test
  void onlyIdNameAndKindAreRequired() {
    Actor actor =
        new Actor.Builder()
            .id("dmitry-peskov")
            .name("Dmitry Peskov")
            .kind(ActorKind.PERSON)
            .build();

    assertThat(actor.titles()).isEmpty();
    assertThat(actor.country()).isEmpty();
    assertThat(actor.affiliation()).isEmpty();
    assertThat(actor.aliases()).isEmpty();
    assertThat(actor.mentions()).isEmpty();
    assertThat(actor.unnamed()).isFalse();
  }

  @Test
  void aMissingAttributeIsNamed() {
    assertRefused(
        () -> new Actor.Builder().id("dmitry-peskov").name("Dmitry Peskov").build(), "kind");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"dmitry-peskov", "un-2", "2", "g7", "владимир-путин", "习近平", "zoë-müller"})
  void anIdIsASlug(String id) {
    assertThat(actor(id).id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dmitry-Peskov",
        "dmitry--peskov",
        "-peskov",
        "peskov-",
        "dmitry peskov",
        "dmitry_peskov",
        "peskov.",
        "ПЕСКОВ"
      })
  void anIdThatIsNotASlugIsRefused(String id) {
    assertRefused(() -> actor(id), "Actor.id").hasMessageContaining("'" + id + "'");
  }

  @BlankStringTest
  void aBlankIdIsRefused(String blank) {
    assertRefused(() -> actor(blank), "Actor.id");
  }

  @BlankStringTest
  void aBlankNameIsRefused(String blank) {
    assertRefused(
        () -> new Actor.Builder().id("x").name(blank).kind(ActorKind.PERSON).build(), "Actor.name");
  }

  @BlankStringTest
  void aBlankTitleIsRefused(String blank) {
    assertRefused(() -> builder().addTitles("Kremlin spokesperson", blank).build(), "Actor.titles");
  }

  @BlankStringTest
  void aBlankAliasIsRefused(String blank) {
    assertRefused(() -> builder().addAlias(blank).build(), "Actor.aliases");
  }

  @BlankStringTest
  void aBlankAffiliationIsRefused(String blank) {
    assertRefused(() -> builder().affiliation(blank).build(), "Actor.affiliation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"RU", "rus", "RUSS", ""})
  void aCountryThatIsNotAnAlpha3CodeIsRefused(String country) {
    assertRefused(() -> builder().country(country).build(), "Actor.country")
        .hasMessageContaining("'" + country + "'");
  }

  @Test
  void anUnnamedActorKeepsItsDescriptionAsName() {
    Actor actor =
        new Actor.Builder()
            .id("israeli-official")
            .name("an Israeli official")
            .kind(ActorKind.PERSON)
            .country("ISR")
            .unnamed(true)
            .build();

    assertThat(actor.unnamed()).isTrue();
    assertThat(actor.name()).isEqualTo("an Israeli official");
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Actor.class,
        changed ->
            new Actor.Builder()
                .id(changed.equals("id") ? "putin" : "vladimir-putin")
                .name(changed.equals("name") ? "Vladimir V. Putin" : "Vladimir Putin")
                .kind(changed.equals("kind") ? ActorKind.STATE : ActorKind.PERSON)
                .addTitle(changed.equals("titles") ? "President of Russia" : "Russian President")
                .country(changed.equals("country") ? "BLR" : "RUS")
                .affiliation(changed.equals("affiliation") ? "United Russia" : "Kremlin")
                .addAlias(changed.equals("aliases") ? "President Putin" : "Putin")
                .addMention(changed.equals("mentions") ? Span.of(0, 5) : Span.of(0, 14))
                .unnamed(changed.equals("unnamed"))
                .build(),
        "unnamed");
  }

  private static Actor actor(String id) {
    return new Actor.Builder().id(id).name("Dmitry Peskov").kind(ActorKind.PERSON).build();
  }

  private static Actor.Builder builder() {
    return new Actor.Builder().id("dmitry-peskov").name("Dmitry Peskov").kind(ActorKind.PERSON);
  }
}
