package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static io.github.newsevents.jackson.JsonTesting.json;
import static io.github.newsevents.jackson.JsonTesting.resource;
import static io.github.newsevents.jackson.JsonTesting.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.ActorKind;
import io.github.newsevents.model.Article;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Dateline;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Place;
import io.github.newsevents.model.Removal;
import io.github.newsevents.model.Sentence;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire format: literal values beside the literal JSON the contract gives them. */
class JsonFormatTest {

  @Test
  void writesTheFixtureExtractionAsTheContractSays() throws JsonProcessingException {
    String written = MAPPER.writeValueAsString(Fixtures.peskovExtraction());

    assertThat(tree(written)).isEqualTo(tree(resource("extraction.json")));
  }

  @Test
  void readsTheFixtureExtraction() throws JsonProcessingException {
    Extraction read = MAPPER.readValue(resource("extraction.json"), Extraction.class);

    assertThat(read).isEqualTo(Fixtures.peskovExtraction());
  }

  @Test
  void writesSchemaVersionFirstThenTheContractsOrder() throws JsonProcessingException {
    String written = MAPPER.writeValueAsString(Fixtures.peskovExtraction());

    assertThat(written).startsWith("{\"schemaVersion\":\"1\",\"article\":{\"headline\":");
    assertThat(List.of(
            written.indexOf("\"actors\":"),
            written.indexOf("\"statements\":"),
            written.indexOf("\"meetings\":"),
            written.indexOf("\"ceasefires\":"),
            written.lastIndexOf("\"diagnostics\":")))
        .isSorted()
        .doesNotContain(-1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-03", "2025-03-13", "0000", "2024-02-29"})
  void partialDatesAreIsoTextWhoseLengthGivesThePrecision(String date) throws JsonProcessingException {
    PartialDate value = PartialDate.parse(date);

    assertThat(MAPPER.writeValueAsString(value)).isEqualTo('"' + date + '"');
    assertThat(MAPPER.readValue('"' + date + '"', PartialDate.class)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"30, 0, 0, P30D", "0, 6, 0, P6M", "0, 6, 1, P1Y6M", "15, 1, 2, P2Y1M15D"})
  void durationsAreIsoPeriods(int days, int months, int years, String iso) throws JsonProcessingException {
    Ceasefire ceasefire = new Ceasefire.Builder()
        .addParty("hamas")
        .scope(CeasefireScope.FULL)
        .status(CeasefireStatus.PROPOSED)
        .duration(Period.of(years, months, days))
        .build();

    String written = MAPPER.writeValueAsString(ceasefire);

    assertThat(tree(written).get("duration").textValue()).isEqualTo(iso);
    assertThat(MAPPER.readValue(written, Ceasefire.class)).isEqualTo(ceasefire);
  }

  @Test
  void spanIsStartAndEnd() throws JsonProcessingException {
    assertThat(MAPPER.writeValueAsString(Span.of(17, 290))).isEqualTo(json("{'start':17,'end':290}"));
    assertThat(MAPPER.readValue(json("{'end':290,'start':17}"), Span.class)).isEqualTo(Span.of(17, 290));
  }

  @Test
  void sentenceIsItsSpanFlattenedBesideInsideQuote() throws JsonProcessingException {
    Sentence sentence = Sentence.of(Span.of(17, 290), true);

    assertThat(MAPPER.writeValueAsString(sentence))
        .isEqualTo(json("{'start':17,'end':290,'insideQuote':true}"));
    assertThat(MAPPER.readValue(json("{'start':17,'end':290,'insideQuote':true}"), Sentence.class))
        .isEqualTo(sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{'start':17,'end':290}", "{'start':17,'end':290,'insideQuote':null}",
      "{'insideQuote':false,'end':290,'start':17}"})
  void aSentenceWithoutInsideQuoteIsNotInsideAQuote(String json) throws JsonProcessingException {
    assertThat(MAPPER.readValue(json(json), Sentence.class)).isEqualTo(Sentence.of(Span.of(17, 290), false));
  }

  @Test
  void paragraphCarriesItsTextSpanHeadingAndSentences() throws JsonProcessingException {
    Paragraph paragraph = new Paragraph.Builder()
        .text("Talks ended. None agreed.")
        .span(Span.of(100, 125))
        .addSentence(Sentence.of(Span.of(100, 112), false))
        .addSentence(Sentence.of(Span.of(113, 125), false))
        .build();
    String expected = json("{'text':'Talks ended. None agreed.','span':{'start':100,'end':125},'heading':false,"
        + "'sentences':[{'start':100,'end':112,'insideQuote':false},{'start':113,'end':125,'insideQuote':false}]}");

    assertThat(MAPPER.writeValueAsString(paragraph)).isEqualTo(expected);
    assertThat(MAPPER.readValue(expected, Paragraph.class)).isEqualTo(paragraph);
  }

  @Test
  void removalIsRuleTextAndSpan() throws JsonProcessingException {
    Removal removal = Removal.of("advertisement", "Advertisment", Span.of(292, 304));
    String expected = json("{'rule':'advertisement','text':'Advertisment','span':{'start':292,'end':304}}");

    assertThat(MAPPER.writeValueAsString(removal)).isEqualTo(expected);
    assertThat(MAPPER.readValue(expected, Removal.class)).isEqualTo(removal);
  }

  @Test
  void datelineIsPlaceAgencyDateAndSpan() throws JsonProcessingException {
    Dateline dateline = new Dateline.Builder().place("KYIV").agency("AP").span(Span.of(0, 12)).build();
    String expected = json("{'place':'KYIV','agency':'AP','date':null,'span':{'start':0,'end':12}}");

    assertThat(MAPPER.writeValueAsString(dateline)).isEqualTo(expected);
    assertThat(MAPPER.readValue(expected, Dateline.class)).isEqualTo(dateline);
  }

  @Test
  void diagnosticIsCodeMessageAndSpan() throws JsonProcessingException {
    Diagnostic diagnostic = Diagnostic.of("date.unresolved", "no publication date", Span.of(0, 5));
    String expected = json("{'code':'date.unresolved','message':'no publication date','span':{'start':0,'end':5}}");

    assertThat(MAPPER.writeValueAsString(diagnostic)).isEqualTo(expected);
    assertThat(MAPPER.readValue(expected, Diagnostic.class)).isEqualTo(diagnostic);
  }

  @Test
  void placeIsNameAndCountry() throws JsonProcessingException {
    assertThat(MAPPER.writeValueAsString(Place.of("St. Petersburg", "RUS")))
        .isEqualTo(json("{'name':'St. Petersburg','country':'RUS'}"));
    assertThat(MAPPER.writeValueAsString(Place.of("Istanbul")))
        .isEqualTo(json("{'name':'Istanbul','country':null}"));
  }

  @Test
  void actorHasEveryPropertyOfTheContract() throws JsonProcessingException {
    Actor actor = new Actor.Builder()
        .id("dmitry-peskov").name("Dmitry Peskov").kind(ActorKind.PERSON)
        .addTitle("Kremlin spokesperson").country("RUS").addAlias("Peskov")
        .addMention(Span.of(0, 5))
        .build();
    String expected = json("{'id':'dmitry-peskov','name':'Dmitry Peskov','kind':'PERSON',"
        + "'titles':['Kremlin spokesperson'],'country':'RUS','affiliation':null,'aliases':['Peskov'],"
        + "'mentions':[{'start':0,'end':5}],'unnamed':false}");

    assertThat(MAPPER.writeValueAsString(actor)).isEqualTo(expected);
    assertThat(MAPPER.readValue(expected, Actor.class)).isEqualTo(actor);
  }

  @Test
  void ceasefireRolesMapActorIdsToRoles() throws JsonProcessingException {
    Ceasefire ceasefire = new Ceasefire.Builder()
        .addParties("israel", "hamas")
        .scope(CeasefireScope.PARTIAL)
        .scopeNote("humanitarian corridors")
        .status(CeasefireStatus.IN_FORCE)
        .start(PartialDate.parse("2025-01-19"))
        .end(PartialDate.parse("2025-03"))
        .putRole("qatar", PartyRole.MEDIATING)
        .putRole("israel", PartyRole.DECLARING)
        .build();
    String expected = json("{'parties':['israel','hamas'],'scope':'PARTIAL','scopeNote':'humanitarian corridors',"
        + "'duration':null,'date':null,'start':'2025-01-19','end':'2025-03','status':'IN_FORCE',"
        + "'roles':{'qatar':'MEDIATING','israel':'DECLARING'},'evidence':[]}");

    assertThat(MAPPER.writeValueAsString(ceasefire)).isEqualTo(expected);
    assertThat(MAPPER.readValue(expected, Ceasefire.class)).isEqualTo(ceasefire);
  }

  /**
   * Issue 15, point 3: a ceasefire's proposer is a role, whether it is a party ("Peru offered Chile a
   * truce") or not ("Turkey proposed a ceasefire between Russia and Ukraine"), and a meeting names
   * its host; in both Jackson lines the document says so in the contract's words, the schema accepts
   * it and it reads back equal.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(JsonLine.class)
  void proposersAreCeasefireRolesAndAMeetingNamesItsHost(JsonLine line) throws Exception {
    Extraction extraction = new Extraction.Builder()
        .article(new Article.Builder()
            .text("Peru offered Chile a truce at talks hosted by Brazil.")
            .published(PartialDate.parse("2025-05-02"))
            .build())
        .addActors(state("peru", "Peru", "PER"), state("chile", "Chile", "CHL"), state("brazil", "Brazil", "BRA"),
            state("turkey", "Turkey", "TUR"), state("russia", "Russia", "RUS"), state("ukraine", "Ukraine", "UKR"))
        .addMeeting(new Meeting.Builder()
            .addParticipants("peru", "chile")
            .location(Place.of("Brasília", "BRA"))
            .date(PartialDate.parse("2025-05-01"))
            .kind(MeetingKind.TALKS)
            .status(MeetingStatus.HELD)
            .host("brazil")
            .addEvidence(Span.of(30, 52))
            .build())
        .addCeasefire(new Ceasefire.Builder()
            .addParties("peru", "chile")
            .scope(CeasefireScope.FULL)
            .status(CeasefireStatus.PROPOSED)
            .putRole("peru", PartyRole.PROPOSING)
            .addEvidence(Span.of(0, 26))
            .build())
        .addCeasefire(new Ceasefire.Builder()
            .addParties("russia", "ukraine")
            .scope(CeasefireScope.FULL)
            .duration(Period.ofDays(30))
            .status(CeasefireStatus.PROPOSED)
            .putRole("turkey", PartyRole.PROPOSING)
            .build())
        .build();
    String meeting = json("{'participants':['peru','chile'],'location':{'name':'Bras\u00edlia','country':'BRA'},"
        + "'date':'2025-05-01','kind':'TALKS','status':'HELD','host':'brazil','topics':[],"
        + "'evidence':[{'start':30,'end':52}]}");
    String proposedByAParty = json("{'parties':['peru','chile'],'scope':'FULL','scopeNote':null,'duration':null,"
        + "'date':null,'start':null,'end':null,'status':'PROPOSED','roles':{'peru':'PROPOSING'},"
        + "'evidence':[{'start':0,'end':26}]}");
    String proposedByAnOutsider = json("{'parties':['russia','ukraine'],'scope':'FULL','scopeNote':null,"
        + "'duration':'P30D','date':null,'start':null,'end':null,'status':'PROPOSED',"
        + "'roles':{'turkey':'PROPOSING'},'evidence':[]}");

    JsonLine.Mapper mapper = line.plain();
    String written = mapper.write(extraction);

    assertThat(written)
        .contains("\"meetings\":[" + meeting + "]")
        .contains("\"ceasefires\":[" + proposedByAParty + "," + proposedByAnOutsider + "]");
    assertThat(ExtractionSchemaTest.validate(written)).isEmpty();
    assertThat(mapper.read(written, Extraction.class)).isEqualTo(extraction);
    assertThat(mapper.read(meeting, Meeting.class)).isEqualTo(extraction.meetings().get(0));
    assertThat(mapper.read(proposedByAParty, Ceasefire.class)).isEqualTo(extraction.ceasefires().get(0));
  }

  private static Actor state(String id, String name, String country) {
    return new Actor.Builder().id(id).name(name).kind(ActorKind.STATE).country(country).build();
  }

  @Test
  void absentOptionalsAreWrittenAsNullAndEmptyListsAsEmpty() throws JsonProcessingException {
    Statement statement = new Statement.Builder().text("No comment.").kind(StatementKind.INDIRECT).build();

    assertThat(MAPPER.writeValueAsString(statement)).isEqualTo(json(
        "{'speaker':null,'text':'No comment.','kind':'INDIRECT','verb':null,'channel':null,'date':null,'span':null}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{'speaker':null,'text':'No comment.','kind':'INDIRECT','verb':null,'channel':null,'date':null,'span':null}",
    "{'text':'No comment.','kind':'INDIRECT'}",
    "{'kind':'INDIRECT','span':null,'text':'No comment.'}"
  })
  void absentOptionalsAreReadFromNullOrAMissingProperty(String json) throws JsonProcessingException {
    assertThat(MAPPER.readValue(json(json), Statement.class))
        .isEqualTo(new Statement.Builder().text("No comment.").kind(StatementKind.INDIRECT).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{'id':'hamas','name':'Hamas','kind':'GROUP'}",
    "{'id':'hamas','name':'Hamas','kind':'GROUP','titles':null,'aliases':null,'mentions':null,'unnamed':null}",
    "{'id':'hamas','name':'Hamas','kind':'GROUP','titles':[],'aliases':[],'mentions':[],'unnamed':false}"
  })
  void missingOrNullListsAreEmptyAndMissingOrNullDefaultsTakeTheirDefault(String json)
      throws JsonProcessingException {
    assertThat(MAPPER.readValue(json(json), Actor.class))
        .isEqualTo(new Actor.Builder().id("hamas").name("Hamas").kind(ActorKind.GROUP).build());
  }

  @Test
  void anArticleWithoutLanguageIsInEnglish() throws JsonProcessingException {
    assertThat(MAPPER.readValue(json("{'text':''}"), io.github.newsevents.model.Article.class).language())
        .isEqualTo("en");
    assertThat(MAPPER.readValue(json("{'text':'','language':null}"), io.github.newsevents.model.Article.class)
            .language())
        .isEqualTo("en");
  }

  static Stream<Arguments> enumConstants() {
    return Stream.of(ActorKind.class, StatementKind.class, MeetingKind.class, MeetingStatus.class,
            CeasefireScope.class, CeasefireStatus.class, PartyRole.class)
        .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(c -> Arguments.of(type, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("enumConstants")
  void everyEnumValueIsWrittenAndReadByName(Class<? extends Enum<?>> type, Enum<?> constant)
      throws JsonProcessingException {
    assertThat(MAPPER.writeValueAsString(constant)).isEqualTo('"' + constant.name() + '"');
    assertThat(MAPPER.readValue('"' + constant.name() + '"', type)).isSameAs(constant);
  }

  @Test
  void textOutsideTheBasicMultilingualPlaneSurvivesAsIs() throws JsonProcessingException {
    Statement statement = new Statement.Builder()
        .text("\u00ab\u041f\u0435\u0441\u043a\u043e\u0432\u00bb \uD83D\uDD4A\uD83C\uDDFA\uD83C\uDDE6 \u548c\u5e73")
        .kind(StatementKind.DIRECT)
        .build();

    String written = MAPPER.writeValueAsString(statement);

    assertThat(written).contains("\uD83D\uDD4A\uD83C\uDDFA\uD83C\uDDE6");
    assertThat(MAPPER.readValue(written, Statement.class)).isEqualTo(statement);
  }
}
