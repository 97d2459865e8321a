package io.github.newsevents.interop;

import static io.github.newsevents.interop.Records.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsevents.gazetteer.EntryKind;
import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.gazetteer.GazetteerEntry;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorCodesTest {
  private static final Gazetteer G = Gazetteer.defaults();

  private static String code(Actor actor) {
    return ActorCodes.of(actor, G).map(ActorCode::code).orElse("(none)");
  }

  @ParameterizedTest(name = "{0} ({1}): {3}")
  @CsvSource(nullValues = "NONE", value = {
    "Russia,                  STATE,        RUS,  RUS",
    "Ukraine,                 STATE,        NONE, UKR",
    "Kremlin,                 ORGANIZATION, NONE, RUSGOV",
    "State Duma,              ORGANIZATION, NONE, RUSLEG",
    "IDF,                     ORGANIZATION, NONE, ISRMIL",
    "Mossad,                  ORGANIZATION, NONE, ISRSPY",
    "United Nations,          ORGANIZATION, NONE, IGOUNO",
    "UNIFIL,                  ORGANIZATION, NONE, IGOUNOPKO",
    "NATO,                    ORGANIZATION, NONE, IGO",
    "Amnesty International,   ORGANIZATION, NONE, NGOAMN",
    "Hamas,                   GROUP,        NONE, PSEREB",
    "Houthis,                 GROUP,        NONE, YEMREB",
    "al-Qaeda,                GROUP,        NONE, IMG",
    "Sinaloa Cartel,          GROUP,        NONE, MEXCRM",
    "Polisario Front,         GROUP,        NONE, ESHSEP",
    "Fatah,                   GROUP,        NONE, PSE",
    "Acme Trading Company,    ORGANIZATION, GBR,  GBR",
    "Acme Trading Company,    ORGANIZATION, NONE, (none)",
  })
  void statesOrganisationsAndGroupsTakeTheirCodeFromTheGazetteer(
      String name, ActorKind kind, String country, String expected) {
    assertThat(code(actor("x", name, kind, country))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} {0}: {3}")
  @CsvSource(nullValues = "NONE", delimiter = '|', value = {
    "Dmitry Peskov   | Kremlin spokesperson   | RUS  | RUSGOV",
    "Dmitry Peskov   | Kremlin spokesperson   | NONE | RUSGOV",
    "Vladimir Putin  | Russian President      | NONE | RUSGOV",
    "Herzi Halevi    | Israeli army chief     | NONE | ISRMIL",
    "Jane Doe        | senator                | USA  | USALEG",
    "John Roe        | chief justice          | GBR  | GBRJUD",
    "Mary Major      | Secretary-General      | NONE | GOV",
    "Max Mustermann  | cardinal               | DEU  | DEU",
    "Erika Moe       | NONE                   | NONE | (none)",
  })
  void aPersonTakesTheTypeOfItsTitleAndTheCountryItBelongsTo(
      String name, String title, String country, String expected) {
    Actor person = title == null
        ? actor("x", name, ActorKind.PERSON, country)
        : actor("x", name, ActorKind.PERSON, country, title);
    assertThat(code(person)).isEqualTo(expected);
  }

  @Test
  void aPersonOfAnInternationalBodyTakesTheBodysCode() {
    Actor byAffiliation = new Actor.Builder().id("x").name("Antonio Guterres").kind(ActorKind.PERSON)
        .addTitles("Secretary-General").affiliation("United Nations").build();
    Actor byTitle = actor("y", "Mark Rutte", ActorKind.PERSON, null, "NATO Secretary-General");
    assertThat(code(byAffiliation)).isEqualTo("IGOUNO");
    assertThat(code(byTitle)).isEqualTo("IGO");
  }

  @Test
  void theCodeHasItsParts() {
    ActorCode code = ActorCodes.of(actor("x", "UNIFIL", ActorKind.ORGANIZATION, null), G).orElseThrow();
    assertThat(code.country()).isEmpty();
    assertThat(code.types()).containsExactly("IGO", "UNO", "PKO");
    ActorCode peskov = ActorCodes.of(
        actor("p", "Dmitry Peskov", ActorKind.PERSON, "RUS", "Kremlin spokesperson"), G).orElseThrow();
    assertThat(peskov.country()).contains("RUS");
    assertThat(peskov.types()).containsExactly("GOV");
  }

  @Test
  void aGazetteerOfOnesOwnIsRead() {
    Gazetteer own = G.toBuilder()
        .add(GazetteerEntry.of(EntryKind.ORGANIZATION, "Arctic Council", null, List.of())).build();
    assertThat(ActorCodes.of(actor("x", "Arctic Council", ActorKind.ORGANIZATION, null), own)
        .map(ActorCode::code)).contains("IGO");
    assertThat(ActorCodes.of(actor("x", "Arctic Council", ActorKind.ORGANIZATION, null), G)).isEmpty();
  }

  @Test
  void everyEntryRuleNamesAnOrganisationOrGroupOfTheGazetteer() throws IOException {
    for (String line : resourceLines()) {
      String[] c = line.split("\t");
      if (c[0].equals("entry")) {
        assertThat(G.find(c[1])).as(c[1]).isPresent();
        assertThat(G.find(c[1]).get().kind()).as(c[1]).isIn(EntryKind.ORGANIZATION, EntryKind.GROUP);
        assertThat(G.find(c[1]).get().name()).isEqualTo(c[1]);
      }
    }
  }

  @Test
  void everyTitleClassButReligiousAndPartyHasAType() throws IOException {
    Set<String> classes = new TreeSet<>();
    for (GazetteerEntry e : G.entries()) {
      e.titleClass().ifPresent(classes::add);
    }
    Set<String> ruled = new TreeSet<>();
    for (String line : resourceLines()) {
      String[] c = line.split("\t");
      if (c[0].equals("title")) {
        ruled.add(c[1]);
      }
    }
    assertThat(ruled).isSubsetOf(classes);
    classes.removeAll(ruled);
    // CAMEO has no type for clergy as such, and a party member is government or opposition
    assertThat(classes).containsExactlyInAnyOrder("religious", "party");
  }

  @Test
  void malformedTablesAreRefusedNamingTheLine() {
    assertThatThrownBy(() -> ActorCodes.parse(new StringReader("title\tminister\tgov\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> ActorCodes.parse(new StringReader("default\tSTATE\tGOV\n")))
        .hasMessageContaining("ORGANIZATION, IGO or GROUP");
    assertThatThrownBy(() -> ActorCodes.parse(new StringReader("entry\tKremlin\tGOV\nentry\tKremlin\tMIL\n")))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> ActorCodes.parse(new StringReader("entry\tUN\tIGO|UNO|PKO|HRI\n")))
        .hasMessageContaining("at most three");
  }

  private static List<String> resourceLines() throws IOException {
    try (InputStream in = ActorCodes.class.getResourceAsStream(ActorCodes.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
