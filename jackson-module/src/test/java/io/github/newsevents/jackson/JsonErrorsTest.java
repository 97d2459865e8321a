package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static io.github.newsevents.jackson.JsonTesting.json;
import static io.github.newsevents.jackson.JsonTesting.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Errors a user can act on: each is a Jackson exception of the kind Jackson uses for it, whose
 * {@code getPath()} is where in the document the problem lies and whose message names that path
 * (Jackson's reference chain) and the problem.
 */
class JsonErrorsTest {
  private static final String ARTICLE = "'article':{'text':'Witkoff met Ushakov.'}";
  private static final String ACTORS = "'actors':["
      + "{'id':'steve-witkoff','name':'Steve Witkoff','kind':'PERSON'},"
      + "{'id':'yuri-ushakov','name':'Yuri Ushakov','kind':'PERSON'}]";

  /** An extraction with the fixed article and actors, and {@code rest} after them. */
  private static String extraction(String rest) {
    return json("{'schemaVersion':'1'," + ARTICLE + "," + ACTORS + (rest.isEmpty() ? "" : "," + rest) + "}");
  }

  private static <E extends JsonMappingException> E readFails(String json, Class<E> type) {
    E e = catchThrowableOfType(type, () -> MAPPER.readValue(json, Extraction.class));
    assertThat(e).as("reading %s", json).isNotNull();
    // the message names the path as Jackson does, with the reference chain
    assertThat(e.getMessage()).contains(e.getPathReference());
    return e;
  }

  @Test
  void theFixturesOfTheseTestsAreValid() throws Exception {
    Extraction read = MAPPER.readValue(extraction(
        "'meetings':[{'participants':['steve-witkoff','yuri-ushakov'],'kind':'TALKS','status':'HELD'}]"),
        Extraction.class);

    assertThat(read.meetings()).hasSize(1);
  }

  // --- not JSON

  @Test
  void malformedJsonIsAParseErrorWithLineAndColumn() {
    String notJson = "{\"schemaVersion\": \"1\",\n \"article\" {\"text\": \"t\"}}";

    JsonParseException e = catchThrowableOfType(
        JsonParseException.class, () -> MAPPER.readValue(notJson, Extraction.class));

    assertThat(e.getMessage()).contains("was expecting a colon");
    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(12);
  }

  @Test
  void malformedJsonInsideAValueIsAParseErrorThatJacksonWrapsWithThePath() {
    // Jackson wraps a parse error met inside a bean in a JsonMappingException to add the path;
    // the parse error is its cause, with line and column
    JsonMappingException e = readFails(extraction(
        "'meetings':[{'participants':['steve-witkoff',,'yuri-ushakov'],'kind':'TALKS','status':'HELD'}]"),
        JsonMappingException.class);

    assertThat(e.getCause()).isInstanceOf(JsonParseException.class);
    assertThat(e.getMessage()).contains("Unexpected character (','");
    assertThat(path(e)).isEqualTo("$.meetings[0].participants[1]");
  }

  @Test
  void truncatedJsonIsAParseError() {
    String truncated = json("{'schemaVersion':'1','article':{'text':'Witkoff met");

    JsonMappingException e = readFails(truncated, JsonMappingException.class);

    assertThat(e.getCause()).isInstanceOf(JsonParseException.class);
    assertThat(e.getMessage()).contains("Unexpected end-of-input");
    assertThat(path(e)).isEqualTo("$.article.text");
  }

  // --- JSON of the wrong shape

  @Test
  void aStringWhereAListBelongsIsAWrongType() {
    MismatchedInputException e = readFails(
        extraction("'meetings':[{'participants':'steve-witkoff','kind':'TALKS','status':'HELD'}]"),
        MismatchedInputException.class);

    assertThat(path(e)).isEqualTo("$.meetings[0].participants");
    assertThat(e.getMessage())
        .contains("Cannot deserialize value of type `java.util.List<java.lang.String>`")
        .contains("from String value");
  }

  @Test
  void anObjectWhereAStringBelongsIsAWrongType() {
    MismatchedInputException e = readFails(
        extraction("'meetings':[{'participants':[],'kind':{'name':'TALKS'},'status':'HELD'}]"),
        MismatchedInputException.class);

    assertThat(path(e)).isEqualTo("$.meetings[0].kind");
    assertThat(e.getMessage()).contains("MeetingKind").contains("from Object value");
  }

  @Test
  void aNumberWhereADateBelongsIsAWrongType() {
    MismatchedInputException e = readFails(
        extraction("'meetings':[{'participants':[],'date':2025,'kind':'TALKS','status':'HELD'}]"),
        MismatchedInputException.class);

    assertThat(path(e)).isEqualTo("$.meetings[0].date");
    assertThat(e.getMessage()).contains("PartialDate").contains("from Integer value");
  }

  @Test
  void textWhereAnOffsetBelongsIsAWrongType() {
    MismatchedInputException e = readFails(json("{'article':{'text':'t','paragraphs':[{'text':'t',"
            + "'span':{'start':0,'end':1},'sentences':[{'start':'zero','end':1}]}]}}"),
        MismatchedInputException.class);

    assertThat(path(e)).isEqualTo("$.article.paragraphs[0].sentences[0].start");
    assertThat(e.getMessage()).contains("Cannot deserialize value of type `int` from String value");
  }

  @Test
  void aMissingRequiredPropertyIsNamed() {
    ValueInstantiationException e = readFails(
        extraction("'meetings':[{'participants':['yuri-ushakov'],'kind':'TALKS'}]"),
        ValueInstantiationException.class);

    assertThat(path(e)).isEqualTo("$.meetings[0]");
    assertThat(e.getMessage()).contains("Cannot build Meeting, some of required attributes are not set [status]");
  }

  @Test
  void aMissingArticleIsNamed() {
    ValueInstantiationException e = readFails(json("{'schemaVersion':'1','actors':[]}"),
        ValueInstantiationException.class);

    assertThat(path(e)).isEqualTo("$");
    assertThat(e.getMessage()).contains("some of required attributes are not set [article]");
  }

  @Test
  void aSentenceWithoutItsEndIsNamed() {
    ValueInstantiationException e = readFails(json("{'article':{'text':'t','paragraphs':[{'text':'t',"
            + "'span':{'start':0,'end':1},'sentences':[{'start':0}]}]}}"),
        ValueInstantiationException.class);

    assertThat(path(e)).isEqualTo("$.article.paragraphs[0].sentences[0]");
    assertThat(e.getMessage()).contains("Sentence").contains("required attributes are not set [end]");
  }

  @Test
  void nullForARequiredPropertyIsRejected() {
    InvalidNullException e = readFails(
        extraction("'meetings':[{'participants':['yuri-ushakov'],'kind':null,'status':'HELD'}]"),
        InvalidNullException.class);

    assertThat(path(e)).isEqualTo("$.meetings[0].kind");
    assertThat(e.getMessage()).contains("Invalid `null` value encountered for property \"kind\"");
  }

  @Test
  void nullInAListIsRejected() {
    InvalidNullException e = readFails(
        extraction("'meetings':[{'participants':['yuri-ushakov',null],'kind':'TALKS','status':'HELD'}]"),
        InvalidNullException.class);

    assertThat(path(e)).isEqualTo("$.meetings[0].participants[1]");
    assertThat(e.getMessage()).contains("Invalid `null` value encountered for property \"participants\"");
  }

  @Test
  void nullForAnOffsetIsRejectedRatherThanReadAsZero() {
    InvalidNullException e = readFails(json("{'article':{'text':'t','paragraphs':[{'text':'t',"
            + "'span':{'start':null,'end':1}}]}}"),
        InvalidNullException.class);

    assertThat(path(e)).isEqualTo("$.article.paragraphs[0].span.start");
  }

  @ParameterizedTest
  @CsvSource({"PRESIDENT", "person", "''"})
  void anUnknownEnumNameIsRejectedWithTheNamesAccepted(String kind) {
    InvalidFormatException e = readFails(json("{'article':{'text':'t'},'actors':"
            + "[{'id':'steve-witkoff','name':'Steve Witkoff','kind':'" + kind + "'}]}"),
        InvalidFormatException.class);

    assertThat(path(e)).isEqualTo("$.actors[0].kind");
    assertThat(e.getValue()).isEqualTo(kind);
    assertThat(e.getMessage())
        .contains("\"" + kind + "\"")
        .contains("not one of the values accepted for ActorKind: [PERSON, ORGANIZATION, STATE, GROUP]");
  }

  @Test
  void anEnumOrdinalIsRejected() {
    MismatchedInputException e = readFails(
        json("{'article':{'text':'t'},'actors':[{'id':'steve-witkoff','name':'Steve Witkoff','kind':0}]}"),
        MismatchedInputException.class);

    assertThat(path(e)).isEqualTo("$.actors[0].kind");
    assertThat(e.getMessage()).contains("ActorKind").contains("from Integer value");
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
    InvalidFormatException e = readFails(extraction(
            "'meetings':[{'participants':['yuri-ushakov'],'date':'" + date + "','kind':'TALKS','status':'HELD'}]"),
        InvalidFormatException.class);

    assertThat(path(e)).isEqualTo("$.meetings[0].date");
    assertThat(e.getValue()).isEqualTo(date);
    assertThat(e.getMessage()).contains("from String \"" + date + "\"").contains(reason);
  }

  @Test
  void aPeriodThatIsNotOneIsRejected() {
    InvalidFormatException e = readFails(extraction(
            "'ceasefires':[{'parties':['yuri-ushakov'],'scope':'FULL','status':'AGREED','duration':'30 days'}]"),
        InvalidFormatException.class);

    assertThat(path(e)).isEqualTo("$.ceasefires[0].duration");
    assertThat(e.getMessage()).contains("java.time.Period").contains("\"30 days\"");
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
    ValueInstantiationException e = readFails(extraction(json(rest)), ValueInstantiationException.class);

    assertThat(path(e)).isEqualTo(path);
    assertThat(e.getMessage()).contains(message);
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anActorIdThatIsNoSlugIsRejected() {
    ValueInstantiationException e = readFails(
        json("{'article':{'text':'t'},'actors':[{'id':'Steve Witkoff','name':'Steve Witkoff','kind':'PERSON'}]}"),
        ValueInstantiationException.class);

    assertThat(path(e)).isEqualTo("$.actors[0]");
    assertThat(e.getMessage()).contains("Actor.id must be a slug").contains("'Steve Witkoff'");
  }

  @Test
  void aParagraphWhoseSpanDoesNotFitItsTextIsRejected() {
    ValueInstantiationException e = readFails(json("{'article':{'text':'Talks ended.','paragraphs':"
            + "[{'text':'Talks ended.','span':{'start':0,'end':5}}]}}"),
        ValueInstantiationException.class);

    assertThat(path(e)).isEqualTo("$.article.paragraphs[0]");
    assertThat(e.getMessage()).contains("Paragraph.span length (5) must equal Paragraph.text length (12)");
  }

  @Test
  void aPropertyGivenTwiceIsRejected() {
    JsonMappingException e = readFails(
        json("{'article':{'text':'t','headline':'Talks','headline':'Truce'}}"), JsonMappingException.class);

    // the parser's duplicate detection, on inside newsevents objects: the path is the object's
    assertThat(path(e)).isEqualTo("$.article");
    assertThat(e.getCause()).isInstanceOf(JsonParseException.class);
    assertThat(e.getMessage()).contains("Duplicate field 'headline'");
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
    InvalidFormatException e = readFails(extraction(json(rest)), InvalidFormatException.class);

    assertThat(path(e)).isEqualTo(path);
    assertThat(e.getValue()).isEqualTo(id);
    assertThat(e.getMessage()).contains("Unknown actor id '" + id + "'");
  }

  @Test
  void theMessageOfAnUnknownReferenceGivesThePathAsTheValidatorsDo() {
    InvalidFormatException e = readFails(extraction(json(
            "'meetings':[{'participants':['steve-witkoff','vladimir-putin'],'kind':'TALKS','status':'HELD'}]")),
        InvalidFormatException.class);

    assertThat(e.getMessage()).startsWith(
        "Unknown actor id 'vladimir-putin' at meetings[0].participants[1]: no actor of the extraction has this id");
  }

  @Test
  void theMessageOfAnUnknownRoleKeyQuotesTheKey() {
    InvalidFormatException e = readFails(extraction(json(
            "'ceasefires':[{'parties':['yuri-ushakov'],'scope':'FULL','status':'AGREED','roles':{'qatar':'MEDIATING'}}]")),
        InvalidFormatException.class);

    assertThat(e.getMessage()).startsWith("Unknown actor id 'qatar' at ceasefires[0].roles['qatar']");
  }

  @Test
  void actorsMayComeAfterTheItemsReferringToThem() throws Exception {
    String json = json("{'meetings':[{'participants':['steve-witkoff'],'kind':'TALKS','status':'HELD'}],"
        + ARTICLE + "," + ACTORS + "}");

    assertThat(MAPPER.readValue(json, Extraction.class).meetings().get(0).participants())
        .containsExactly("steve-witkoff");
  }

  @Test
  void aSingleItemMayReferToUnknownActorsForOnlyTheExtractionChecksReferences() throws Exception {
    assertThat(MAPPER.readValue(json("{'speaker':'nobody-known','text':'No.','kind':'DIRECT'}"),
            io.github.newsevents.model.Statement.class).speaker())
        .contains("nobody-known");
  }

  // --- schemaVersion

  @Test
  void anotherSchemaVersionIsRejected() {
    InvalidFormatException e = readFails(json("{'schemaVersion':'2'," + ARTICLE + "}"), InvalidFormatException.class);

    assertThat(path(e)).isEqualTo("$.schemaVersion");
    assertThat(e.getMessage()).contains("\"2\": unsupported schemaVersion; this reader reads schemaVersion \"1\"");
  }

  @Test
  void aNumericSchemaVersionIsAWrongType() {
    MismatchedInputException e = readFails(json("{'schemaVersion':1," + ARTICLE + "}"), MismatchedInputException.class);

    assertThat(path(e)).isEqualTo("$.schemaVersion");
  }

  @Test
  void aNullSchemaVersionIsRejected() {
    InvalidNullException e = readFails(json("{'schemaVersion':null," + ARTICLE + "}"), InvalidNullException.class);

    assertThat(path(e)).isEqualTo("$.schemaVersion");
  }

  @Test
  void aMissingSchemaVersionIsAccepted() throws Exception {
    assertThat(MAPPER.readValue(json("{" + ARTICLE + "}"), Extraction.class).article().text())
        .isEqualTo("Witkoff met Ushakov.");
  }

  // --- unknown properties (see NewsEventsModuleTest for the switch)

  @Test
  void anUnknownPropertyIsRejectedByAPlainMapperNamingTheKnownOnes() {
    UnrecognizedPropertyException e = readFails(
        extraction("'meetings':[{'participants':[],'venue':'Riyadh','kind':'TALKS','status':'HELD'}]"),
        UnrecognizedPropertyException.class);

    assertThat(path(e)).isEqualTo("$.meetings[0].venue");
    assertThat(e.getPropertyName()).isEqualTo("venue");
    assertThat(e.getKnownPropertyIds()).contains("location", "participants");
  }

  @Test
  void anUnknownPropertyOfASentenceIsRejectedToo() {
    UnrecognizedPropertyException e = readFails(json("{'article':{'text':'t','paragraphs':[{'text':'t',"
            + "'span':{'start':0,'end':1},'sentences':[{'start':0,'end':1,'quoted':true}]}]}}"),
        UnrecognizedPropertyException.class);

    assertThat(path(e)).isEqualTo("$.article.paragraphs[0].sentences[0].quoted");
    assertThat(e.getKnownPropertyIds()).containsExactlyInAnyOrder("start", "end", "insideQuote");
  }

  @Test
  void errorsAboutASingleValueNameItsPathToo() {
    ValueInstantiationException e = catchThrowableOfType(ValueInstantiationException.class,
        () -> MAPPER.readValue(json("{'id':'putin','name':' ','kind':'PERSON'}"), Actor.class));

    assertThat(e.getMessage()).contains("Actor.name must not be blank");
  }
}
