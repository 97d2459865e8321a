package io.github.newsevents.validate;

import static io.github.newsevents.validate.Fixture.span;
import static io.github.newsevents.validate.Fixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import org.junit.jupiter.api.Test;

class ActorRulesTest {

  private static Actor actor(String id, String name) {
    return new Actor.Builder()
        .id(id)
        .name(name)
        .kind(ActorKind.PERSON)
        .addMention(span("Putin"))
        .build();
  }

  private static Actor official(String id) {
    return new Actor.Builder()
        .id(id)
        .name("a senior official")
        .kind(ActorKind.PERSON)
        .unnamed(true)
        .addMention(span("Kremlin"))
        .build();
  }

  @Test
  void twoActorsWithOneIdAreAnError() {
    Fixture f = new Fixture();
    f.actors.add(actor("ukraine", "Ukrainian army"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("actor.id.duplicate", "actors[6].id", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .contains("'ukraine'", "actors[5]", "'Ukraine'");
  }

  @Test
  void idsThatDifferAreFine() {
    Fixture f = new Fixture();
    f.actors.add(actor("ukraine-2", "Ukrainian army"));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void twoActorsWithOneNameIgnoringCaseAndSpacingAreAnError() {
    Fixture f = new Fixture();
    f.actors.add(actor("peskov", "DMITRY   peskov"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("actor.name.duplicate", "actors[6].name", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .contains("actors[0]", "'dmitry-peskov'", "aliases");
  }

  @Test
  void unnamedActorsMayShareTheirDescription() {
    Fixture f = new Fixture();
    f.actors.add(official("official"));
    f.actors.add(official("official-2"));

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void anActorsCountryMustBeAnAssignedAlpha3Code() {
    Fixture f = new Fixture();
    f.actors.set(1, Fixture.person("vladimir-putin", "Vladimir Putin", "GER", "Putin"));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("country.unknown", "actors[1].country", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message()).contains("'GER'", "did you mean 'DEU'");
  }

  @Test
  void aMeetingLocationsCountryMustBeKnownToo() {
    Fixture f = new Fixture();
    f.meetings.set(0, Fixture.meeting("vladimir-putin", "steve-witkoff")
        .kind(MeetingKind.IN_PERSON)
        .status(MeetingStatus.HELD)
        .location(Place.of("Atlantis", "ATL"))
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("country.unknown", "meetings[0].location.country", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message()).contains("'ATL'", "XKX for Kosovo");
  }

  @Test
  void kosovoAndPalestineAreKnownCountries() {
    Fixture f = new Fixture();
    f.actors.add(country("kosovo", "Kosovo", "XKX"));
    f.actors.add(country("palestine", "Palestine", "PSE"));

    assertThat(standard(f.build())).isEmpty();
  }

  private static Actor country(String id, String name, String code) {
    return new Actor.Builder().id(id).name(name).kind(ActorKind.STATE).country(code).build();
  }

  private static Statement saidBy(String speaker) {
    return new Statement.Builder().speaker(speaker).text("Hello").kind(StatementKind.INDIRECT).build();
  }

  @Test
  void everyReferenceToAnUnknownActorIsReported() {
    Fixture f = new Fixture();
    f.statements.add(saidBy("nobody"));
    f.meetings.add(Fixture.meeting("vladimir-putin", "ghost")
        .kind(MeetingKind.TALKS)
        .status(MeetingStatus.PLANNED)
        .host("host-country")
        .build());
    f.ceasefires.add(new Ceasefire.Builder()
        .addParties("ukraine", "russia")
        .scope(CeasefireScope.FULL)
        .status(CeasefireStatus.PROPOSED)
        .putRole("qatar", PartyRole.MEDIATING)
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(
            tuple("reference.actor.unknown", "statements[2].speaker", Severity.ERROR),
            tuple("reference.actor.unknown", "meetings[1].participants[1]", Severity.ERROR),
            tuple("reference.actor.unknown", "meetings[1].host", Severity.ERROR),
            tuple("reference.actor.unknown", "ceasefires[1].parties[1]", Severity.ERROR),
            tuple("reference.actor.unknown", "ceasefires[1].roles['qatar']", Severity.ERROR));
    assertThat(standard(f.build()).get(0).message())
        .isEqualTo("speaker 'nobody' is not the id of any actor of the extraction; add the actor"
            + " to actors, or correct the id");
  }

  @Test
  void aNameUsedInsteadOfAnIdGetsAHint() {
    Fixture f = new Fixture();
    f.statements.add(saidBy("Peskov"));
    f.actors.set(0, new Actor.Builder()
        .id("dmitry-peskov")
        .name("Dmitry Peskov")
        .kind(ActorKind.PERSON)
        .addAlias("Peskov")
        .addMention(span("Dmitry Peskov"))
        .build());

    assertThat(standard(f.build()))
        .singleElement()
        .satisfies(v -> assertThat(v.message())
            .contains("a name of actor 'dmitry-peskov'", "by id"));
  }

  @Test
  void referencesToExistingActorsAreFine() {
    Fixture f = new Fixture();
    f.ceasefires.add(Fixture.ceasefire()
        .status(CeasefireStatus.PROPOSED)
        .putRole("donald-trump", PartyRole.MEDIATING)
        .build());

    assertThat(standard(f.build())).isEmpty();
  }
}
