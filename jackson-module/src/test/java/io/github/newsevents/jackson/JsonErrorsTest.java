package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonLine.Kind.INSTANTIATION;
import static io.github.newsevents.jackson.JsonLine.Kind.INVALID_FORMAT;
import static io.github.newsevents.jackson.JsonLine.Kind.INVALID_NULL;
import static io.github.newsevents.jackson.JsonLine.Kind.PARSE;
import static io.github.newsevents.jackson.JsonLine.Kind.UNKNOWN_PROPERTY;
import static io.github.newsevents.jackson.JsonLine.Kind.WRONG_TYPE;
import static io.github.newsevents.jackson.JsonTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.jackson.JsonLine.Kind;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Errors a user can act on: each is a Jackson exception of the kind Jackson uses for it, whose
 * {@code getPath()} is where in the document the problem lies and whose message names that path
 * (Jackson's reference chain) and the problem. One suite for both modules ({@link JsonLine}): the
 * same documents, the same paths and the same messages of ours, each line's own exception classes.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(JsonLine.class)
class JsonErrorsTest {
  @Parameter
  JsonLine line;

  private static final String ARTICLE = "'article':{'text':'Witkoff met Ushakov.'}";
  private static final String ACTORS = "'actors':["
      + "{'id':'steve-witkoff','name':'Steve Witkoff','kind':'PERSON'},"
      + "{'id':'yuri-ushakov','name':'Yuri Ushakov','kind':'PERSON'}]";

  /** An extraction with the fixed article and actors, and {@code rest} after them. */
  private static String extraction(String rest) {
    return json("{'schemaVersion':'1'," + ARTICLE + "," + ACTORS + (rest.isEmpty() ? "" : "," + rest) + "}");
  }

  private Failure readFails(String json, Kind kind) {
    Failure e = Failure.of(line, kind, () -> line.plain().read(json, Extraction.class));
    // the message names the path as Jackson does, with the reference chain
    assertThat(e.message()).contains(e.pathReference());
    return e;
  }

  @Test
  void theFixturesOfTheseTestsAreValid() throws Exception {
    Extraction read = line.plain().read(extraction(
        "'meetings':[{'participants':['steve-witkoff','yuri-ushakov'],'kind':'TALKS','status':'HELD'}]"),
        Extraction.class);

    assertThat(read.meetings()).hasSize(1);
  }

  // --- not JSON

  @Test
  void malformedJsonIsAParseErrorWithLineAndColumn() {
    String notJson = "{\"schemaVersion\": \"1\",\n \"article\" {\"text\": \"t\"}}";

    Failure e = Failure.of(line, PARSE, () -> line.plain().read(notJson, Extraction.class));

    assertThat(e.message()).contains("was expecting a colon");
    assertThat(e.lineAndColumn()).containsExactly(2, 12);
  }

  @Test
  void malformedJsonInsideAValueIsAParseErrorWithThePath() {
    // Jackson 2 wraps a parse error met inside a bean in a JsonMappingException to add the path
    // (the parse error, with line and column, is its cause); Jackson 3 adds the path to it
    Failure e = readFails(extraction(
        "'meetings':[{'participants':['steve-witkoff',,'yuri-ushakov'],'kind':'TALKS','status':'HELD'}]"),
        Kind.ANY);

    assertThat(line.is(e.parseError(), PARSE)).isTrue();
    assertThat(e.message()).contains("Unexpected character (','");
    assertThat(e.path()).isEqualTo("$.meetings[0].participants[1]");
  }

  @Test
  void truncatedJsonIsAParseError() {
    String truncated = json("{'schemaVersion':'1','article':{'text':'Witkoff met");

    Failure e = readFails(truncated, Kind.ANY);

    assertThat(line.is(e.parseError(), PARSE)).isTrue();
    assertThat(e.message()).contains("Unexpected end-of-input");
    assertThat(e.path()).isEqualTo("$.article.text");
  }

  // --- JSON of the wrong shape

  @Test
  void aStringWhereAListBelongsIsAWrongType() {
    Failure e = readFails(
        extraction("'meetings':[{'participants':'steve-witkoff','kind':'TALKS','status':'HELD'}]"),
        WRONG_TYPE);

    assertThat(e.path()).isEqualTo("$.meetings[0].participants");
    assertThat(e.message())
        .contains("Cannot deserialize value of type `java.util.List<java.lang.String>`")
        .contains("from String value");
  }

  @Test
  void anObjectWhereAStringBelongsIsAWrongType() {
    Failure e = readFails(
        extraction("'meetings':[{'participants':[],'kind':{'name':'TALKS'},'status':'HELD'}]"),
        WRONG_TYPE);

    assertThat(e.path()).isEqualTo("$.meetings[0].kind");
    assertThat(e.message()).contains("MeetingKind").contains("from Object value");
  }

  @Test
  void aNumberWhereADateBelongsIsAWrongType() {
    Failure e = readFails(
        extraction("'meetings':[{'participants':[],'date':2025,'kind':'TALKS','status':'HELD'}]"),
        WRONG_TYPE);

    assertThat(e.path()).isEqualTo("$.meetings[0].date");
    assertThat(e.message()).contains("PartialDate").contains("from Integer value");
  }

  @Test
  void textWhereAnOffsetBelongsIsAWrongType() {
    Failure e = readFails(json("{'article':{'text':'t','paragraphs':[{'text':'t',"
            + "'span':{'start':0,'end':1},'sentences':[{'start':'zero','end':1}]}]}}"),
        WRONG_TYPE);

    assertThat(e.path()).isEqualTo("$.article.paragraphs[0].sentences[0].start");
    assertThat(e.message()).contains("Cannot deserialize value of type `int` from String value");
  }

  @Test
  void aMissingRequiredPropertyIsNamed() {
    Failure e = readFails(
        extraction("'meetings':[{'participants':['yuri-ushakov'],'kind':'TALKS'}]"),
        INSTANTIATION);

    assertThat(e.path()).isEqualTo("$.meetings[0]");
    assertThat(e.message()).contains("Cannot build Meeting, some of required attributes are not set [status]");
  }

  @Test
  void aMissingArticleIsNamed() {
    Failure e = readFails(json("{'schemaVersion':'1','actors':[]}"),
        INSTANTIATION);

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.message()).contains("some of required attributes are not set [article]");
  }

  @Test
  void aSentenceWithoutItsEndIsNamed() {
    Failure e = readFails(json("{'article':{'text':'t','paragraphs':[{'text':'t',"
            + "'span':{'start':0,'end':1},'sentences':[{'start':0}]}]}}"),
        INSTANTIATION);

    assertThat(e.path()).isEqualTo("$.article.paragraphs[0].sentences[0]");
    assertThat(e.message()).contains("Sentence").contains("required attributes are not set [end]");
  }

  @Test
  void nullForARequiredPropertyIsRejected() {
    Failure e = readFails(
        extraction("'meetings':[{'participants':['yuri-ushakov'],'kind':null,'status':'HELD'}]"),
        INVALID_NULL);

    assertThat(e.path()).isEqualTo("$.meetings[0].kind");
    assertThat(e.message()).contains("Invalid `null` value encountered for property \"kind\"");
  }

  @Test
  void nullInAListIsRejected() {
    Failure e = readFails(
        extraction("'meetings':[{'participants':['yuri-ushakov',null],'kind':'TALKS','status':'HELD'}]"),
        INVALID_NULL);

    assertThat(e.path()).isEqualTo("$.meetings[0].participants[1]");
    assertThat(e.message()).contains("Invalid `null` value encountered for property \"participants\"");
  }

  @Test
  void nullForAnOffsetIsRejectedRatherThanReadAsZero() {
    Failure e = readFails(json("{'article':{'text':'t','paragraphs':[{'text':'t',"
            + "'span':{'start':null,'end':1}}]}}"),
        INVALID_NULL);

    assertThat(e.path()).isEqualTo("$.article.paragraphs[0].span.start");
  }

  @ParameterizedTest
  @CsvSource({"PRESIDENT", "person", "''"})
  void anUnknownEnumNameIsRejectedWithTheNamesAccepted(String kind) {
    Failure e = readFails(json("{'article':{'text':'t'},'actors':"
            + "[{'id':'steve-witkoff','name':'Steve Witkoff','kind':'" + kind + "'}]}"),
        INVALID_FORMAT);

    assertThat(e.path()).isEqualTo("$.actors[0].kind");
    assertThat(e.value()).isEqualTo(kind);
    assertThat(e.message())
        .contains("\"" + kind + "\"")
        .contains("not one of the values accepted for ActorKind: [PERSON, ORGANIZATION, STATE, GROUP]");
  }

  @Test
  void anEnumOrdinalIsRejected() {
    Failure e = readFails(
        json("{'article':{'text':'t'},'actors':[{'id':'steve-witkoff','name':'Steve Witkoff','kind':0}]}"),
        WRONG_TYPE);

    assertThat(e.path()).isEqualTo("$.actors[0].kind");
    assertThat(e.message()).contains("ActorKind").contains("from Integer value");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
    "2025-02-30 | day 30 does not exist in that month",
    "2025-13    | month 13 is not 01 to 12",
    "25         | expected YYYY, YYYY-MM or YYYY-MM-DD",
    "2025/03/13 | expected '-' after the year",
    "''         | expected YYYY, YYYY-MM or YYYY-MM-DD"
  })
  void aDateThatIsNotOneIsRejectedWithTheReason(String date, String reason) {
    Failure e = readFails(extraction(
            "'meetings':[{'participants':['yuri-ushakov'],'date':'" + date + "','kind':'TALKS','status':'HELD'}]"),
        INVALID_FORMAT);

    assertThat(e.path()).isEqualTo("$.meetings[0].date");
    assertThat(e.value()).isEqualTo(date);
    assertThat(e.message()).contains("from String \"" + date + "\"").contains(reason);
  }

  @Test
  void aPeriodThatIsNotOneIsRejected() {
    Failure e = readFails(extraction(
            "'ceasefires':[{'parties':['yuri-ushakov'],'scope':'FULL','status':'AGREED','duration':'30 days'}]"),
        INVALID_FORMAT);

    assertThat(e.path()).isEqualTo("$.ceasefires[0].duration");
    assertThat(e.message()).contains("java.time.Period").contains("\"30 days\"");
  }

  // --- values that break a model invariant: the builder's message, at the value's path

  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "'meetings':[{'participants':['yuri-ushakov','yuri-ushakov'],'kind':'TALKS','status':'HELD'}]"
        + " | $.meetings[0] | Meeting.participants lists 'yuri-ushakov' more than once",
    "'meetings':[{'participants':[],'topics':[' '],'kind':'TALKS','status':'HELD'}]"
        + " | $.meetings[0] | Meeting.topics must not contain a blank entry",
    "'ceasefires':[{'parties':['yuri-ushakov'],'scope':'FULL','status':'AGREED','duration':'P-30D'}]"
        + " | $.ceasefires[0] | Ceasefire.duration must be positive, got P-30D",
    "'ceasefires':[{'parties':[],'scope':'FULL','status':'AGREED','start':'2025-03','end':'2025-02-28'}]"
        + " | $.ceasefires[0] | Ceasefire.end (2025-02-28) must not be before Ceasefire.start (2025-03)",
    "'statements':[{'text':'   ','kind':'DIRECT'}]"
        + " | $.statements[0] | Statement.text must not be blank",
    "'statements':[{'text':'Yes.','kind':'DIRECT','span':{'start':7,'end':3}}]"
        + " | $.statements[0].span | Span.end (3) must not be before Span.start (7)",
    "'meetings':[{'participants':[],'location':{'name':'Riyadh','country':'sa'},'kind':'TALKS','status':'HELD'}]"
        + " | $.meetings[0].location | Place.country must be an ISO 3166-1 alpha-3 code",
    "'diagnostics':[{'code':'x','message':'m','span':{'start':-1,'end':3}}]"
        + " | $.diagnostics[0].span | Span.start must not be negative, got -1"
  })
  void aValueBreakingAnInvariantIsRejectedWithTheModelsMessage(String rest, String path, String message) {
    Failure e = readFails(extraction(json(rest)), INSTANTIATION);

    assertThat(e.path()).isEqualTo(path);
    assertThat(e.message()).contains(message);
    assertThat(e.cause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anActorIdThatIsNoSlugIsRejected() {
    Failure e = readFails(
        json("{'article':{'text':'t'},'actors':[{'id':'Steve Witkoff','name':'Steve Witkoff','kind':'PERSON'}]}"),
        INSTANTIATION);

    assertThat(e.path()).isEqualTo("$.actors[0]");
    assertThat(e.message()).contains("Actor.id must be a slug").contains("'Steve Witkoff'");
  }

  @Test
  void aParagraphWhoseSpanDoesNotFitItsTextIsRejected() {
    Failure e = readFails(json("{'article':{'text':'Talks ended.','paragraphs':"
            + "[{'text':'Talks ended.','span':{'start':0,'end':5}}]}}"),
        INSTANTIATION);

    assertThat(e.path()).isEqualTo("$.article.paragraphs[0]");
    assertThat(e.message()).contains("Paragraph.span length (5) must equal Paragraph.text length (12)");
  }

  @Test
  void aPropertyGivenTwiceIsRejected() {
    Failure e = readFails(
        json("{'article':{'text':'t','headline':'Talks','headline':'Truce'}}"), Kind.ANY);

    // duplicate detection, on inside newsevents objects: the path is the object's
    assertThat(e.path()).isEqualTo("$.article");
    assertThat(line.is(e.parseError(), PARSE)).isTrue();
    assertThat(e.message()).contains(line.duplicateKey("headline"));
  }

  // --- references to actors

  @ParameterizedTest(name = "{1} at {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "'statements':[{'speaker':'vladimir-putin','text':'No.','kind':'DIRECT'}]"
        + " | vladimir-putin | $.statements[0].speaker",
    "'meetings':[{'participants':['steve-witkoff','vladimir-putin'],'kind':'TALKS','status':'HELD'}]"
        + " | vladimir-putin | $.meetings[0].participants[1]",
    "'meetings':[{'participants':['steve-witkoff'],'kind':'TALKS','status':'HELD'},"
        + "{'participants':['steve-witkoff'],'host':'mbs','kind':'TALKS','status':'HELD'}]"
        + " | mbs | $.meetings[1].host",
    "'ceasefires':[{'parties':['russia','yuri-ushakov'],'scope':'FULL','status':'AGREED'}]"
        + " | russia | $.ceasefires[0].parties[0]",
    "'ceasefires':[{'parties':['yuri-ushakov'],'scope':'FULL','status':'AGREED','roles':{'qatar':'MEDIATING'}}]"
        + " | qatar | $.ceasefires[0].roles.qatar"
  })
  void aReferenceToAnUnknownActorIsRejectedNamingTheIdAndWhereItIs(String rest, String id, String path) {
    Failure e = readFails(extraction(json(rest)), INVALID_FORMAT);

    assertThat(e.path()).isEqualTo(path);
    assertThat(e.value()).isEqualTo(id);
    assertThat(e.message()).contains("Unknown actor id '" + id + "'");
  }

  @Test
  void theMessageOfAnUnknownReferenceGivesThePathAsTheValidatorsDo() {
    Failure e = readFails(extraction(json(
            "'meetings':[{'participants':['steve-witkoff','vladimir-putin'],'kind':'TALKS','status':'HELD'}]")),
        INVALID_FORMAT);

    assertThat(e.message()).startsWith(
        "Unknown actor id 'vladimir-putin' at meetings[0].participants[1]: no actor of the extraction has this id");
  }

  @Test
  void theMessageOfAnUnknownRoleKeyQuotesTheKey() {
    Failure e = readFails(extraction(json(
            "'ceasefires':[{'parties':['yuri-ushakov'],'scope':'FULL','status':'AGREED','roles':{'qatar':'MEDIATING'}}]")),
        INVALID_FORMAT);

    assertThat(e.message()).startsWith("Unknown actor id 'qatar' at ceasefires[0].roles['qatar']");
  }

  @Test
  void actorsMayComeAfterTheItemsReferringToThem() throws Exception {
    String json = json("{'meetings':[{'participants':['steve-witkoff'],'kind':'TALKS','status':'HELD'}],"
        + ARTICLE + "," + ACTORS + "}");

    assertThat(line.plain().read(json, Extraction.class).meetings().get(0).participants())
        .containsExactly("steve-witkoff");
  }

  @Test
  void aSingleItemMayReferToUnknownActorsForOnlyTheExtractionChecksReferences() throws Exception {
    assertThat(line.plain().read(json("{'speaker':'nobody-known','text':'No.','kind':'DIRECT'}"),
            io.github.newsevents.model.Statement.class).speaker())
        .contains("nobody-known");
  }

  // --- schemaVersion

  @Test
  void anotherSchemaVersionIsRejected() {
    Failure e = readFails(json("{'schemaVersion':'2'," + ARTICLE + "}"), INVALID_FORMAT);

    assertThat(e.path()).isEqualTo("$.schemaVersion");
    assertThat(e.message()).contains("\"2\": unsupported schemaVersion; this reader reads schemaVersion \"1\"");
  }

  @Test
  void aNumericSchemaVersionIsAWrongType() {
    Failure e = readFails(json("{'schemaVersion':1," + ARTICLE + "}"), WRONG_TYPE);

    assertThat(e.path()).isEqualTo("$.schemaVersion");
  }

  @Test
  void aNullSchemaVersionIsRejected() {
    Failure e = readFails(json("{'schemaVersion':null," + ARTICLE + "}"), INVALID_NULL);

    assertThat(e.path()).isEqualTo("$.schemaVersion");
  }

  @Test
  void aMissingSchemaVersionIsAccepted() throws Exception {
    assertThat(line.plain().read(json("{" + ARTICLE + "}"), Extraction.class).article().text())
        .isEqualTo("Witkoff met Ushakov.");
  }

  // --- unknown properties (see NewsEventsModuleTest for the switch)

  @Test
  void anUnknownPropertyIsRejectedByAPlainMapperNamingTheKnownOnes() {
    Failure e = readFails(
        extraction("'meetings':[{'participants':[],'venue':'Riyadh','kind':'TALKS','status':'HELD'}]"),
        UNKNOWN_PROPERTY);

    assertThat(e.path()).isEqualTo("$.meetings[0].venue");
    assertThat(e.propertyName()).isEqualTo("venue");
    assertThat(e.knownPropertyIds()).contains("location", "participants");
  }

  @Test
  void anUnknownPropertyOfASentenceIsRejectedToo() {
    Failure e = readFails(json("{'article':{'text':'t','paragraphs':[{'text':'t',"
            + "'span':{'start':0,'end':1},'sentences':[{'start':0,'end':1,'quoted':true}]}]}}"),
        UNKNOWN_PROPERTY);

    assertThat(e.path()).isEqualTo("$.article.paragraphs[0].sentences[0].quoted");
    assertThat(e.knownPropertyIds()).containsExactlyInAnyOrder("start", "end", "insideQuote");
  }

  @Test
  void errorsAboutASingleValueNameItsPathToo() {
    Failure e = Failure.of(line, INSTANTIATION,
        () -> line.plain().read(json("{'id':'putin','name':' ','kind':'PERSON'}"), Actor.class));

    assertThat(e.message()).contains("Actor.name must not be blank");
  }
}
