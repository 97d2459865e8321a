package io.github.newsevents.testkit;

import java.util.List;
import java.util.Objects;

/**
 * Documents that every reader of the newsevents JSON contract must refuse, each with the kind of
 * refusal and where the problem lies, beside one that it must accept; for the tests of a JSON
 * module (the Jackson 2 one, and any other), so that all of them are held to the same cases.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("io.github.newsevents.testkit.JsonCases#refused")
 * void isRefused(JsonCases.Case c) {
 *   Throwable t = catchThrowable(() -> mapper.readValue(c.json(), Extraction.class));
 *   assertThat(t).isInstanceOf(exceptionFor(c.refusal()));
 * }
 * }</pre>
 *
 * <p>Every refused document differs from {@link #valid()} in one place only, so a reader that
 * accepts {@link #valid()} and refuses the case refuses it for that reason. Pure and thread-safe.
 */
public final class JsonCases {
  /** Why a document is refused. */
  public enum Refusal {
    /**
     * A value of the wrong JSON type: a number for a string, a string or a fraction for an offset,
     * a string or number for a flag, a single value for a list, an array for an object. Never
     * coerced.
     */
    WRONG_TYPE,
    /** A key given twice in one object. */
    DUPLICATE_KEY,
    /** Anything but whitespace after the document's one JSON value. */
    TRAILING_CONTENT,
    /** {@code null} as the whole document. */
    ROOT_NULL,
    /** An {@code article.text} longer than the reader's limit (the article parser's). */
    TOO_LONG
  }

  /**
   * One document to refuse.
   *
   * @param name what is wrong, for a test's display name
   * @param json the document
   * @param refusal the kind of refusal
   * @param path where the problem lies, as JSONPath ({@code $.meetings[0].participants}): the
   *     value of the wrong type, or the object holding a repeated key; {@code $} for the other
   *     kinds
   */
  public record Case(String name, String json, Refusal refusal, String path) {
    public Case {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(refusal, "refusal");
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
      return refusal + ": " + name;
    }
  }

  private static final String TEXT = "Envoys met in Riyadh.";

  // written with single quotes for readability; see json()
  private static final String VALID = "{'schemaVersion':'1',"
      + "'article':{'text':'" + TEXT + "','headline':null,'language':'en',"
      + "'paragraphs':[{'text':'" + TEXT + "','span':{'start':0,'end':21},'heading':false,"
      + "'sentences':[{'start':0,'end':21,'insideQuote':false}]}]},"
      + "'actors':[{'id':'lena-marsh','name':'Lena Marsh','kind':'PERSON','titles':['envoy'],"
      + "'country':'NOR','unnamed':false,'mentions':[{'start':0,'end':6}]},"
      + "{'id':'oskar-vallin','name':'Oskar Vallin','kind':'PERSON'}],"
      + "'statements':[{'speaker':'lena-marsh','text':'Envoys met','kind':'INDIRECT'}],"
      + "'meetings':[{'participants':['lena-marsh','oskar-vallin'],"
      + "'location':{'name':'Riyadh','country':'SAU'},'kind':'IN_PERSON','status':'HELD'}],"
      + "'ceasefires':[{'parties':['oskar-vallin'],'scope':'FULL','status':'AGREED','duration':'P30D'}]}";

  private JsonCases() {}

  /** A small extraction that a reader must accept; every refused case is a change of it. */
  public static String valid() {
    return json(VALID);
  }

  /** Every refused case but {@link #articleTextLongerThan} (which needs the limit). */
  public static List<Case> refused() {
    return List.of(
        // wrong types: what Jackson 2 coerces by default, and what a mapper may be set to coerce
        wrongType("a fraction for an offset", "'mentions':[{'start':0,", "'mentions':[{'start':0.9,",
            "$.actors[0].mentions[0].start"),
        wrongType("a string for an offset", "'mentions':[{'start':0,", "'mentions':[{'start':'0',",
            "$.actors[0].mentions[0].start"),
        wrongType("an offset over the range of int", "'mentions':[{'start':0,",
            "'mentions':[{'start':2147483648,", "$.actors[0].mentions[0].start"),
        wrongType("a string for a sentence offset", "'sentences':[{'start':0,",
            "'sentences':[{'start':'0',", "$.article.paragraphs[0].sentences[0].start"),
        wrongType("a fraction for a sentence offset", "'sentences':[{'start':0,",
            "'sentences':[{'start':0.0,", "$.article.paragraphs[0].sentences[0].start"),
        wrongType("a string for a flag", "'heading':false", "'heading':'false'",
            "$.article.paragraphs[0].heading"),
        wrongType("a number for a flag", "'unnamed':false", "'unnamed':0", "$.actors[0].unnamed"),
        wrongType("a string for a sentence's flag", "'insideQuote':false", "'insideQuote':'false'",
            "$.article.paragraphs[0].sentences[0].insideQuote"),
        wrongType("a number for the article text", "'article':{'text':'" + TEXT + "'",
            "'article':{'text':5", "$.article.text"),
        wrongType("a flag for a name", "'name':'Lena Marsh'", "'name':true", "$.actors[0].name"),
        wrongType("a number for an optional string", "'country':'NOR'", "'country':578",
            "$.actors[0].country"),
        wrongType("a number in a list of strings", "'titles':['envoy']", "'titles':[7]",
            "$.actors[0].titles[0]"),
        wrongType("a single string for a list", "'titles':['envoy']", "'titles':'envoy'",
            "$.actors[0].titles"),
        wrongType("a single object for a list", "'mentions':[{'start':0,'end':6}]",
            "'mentions':{'start':0,'end':6}", "$.actors[0].mentions"),
        wrongType("an array for an object", "'location':{'name':'Riyadh','country':'SAU'}",
            "'location':[{'name':'Riyadh','country':'SAU'}]", "$.meetings[0].location"),
        wrongType("a number for a period", "'duration':'P30D'", "'duration':30",
            "$.ceasefires[0].duration"),
        wrongType("a number for an enum", "'kind':'IN_PERSON'", "'kind':0", "$.meetings[0].kind"),
        wrongType("a number for a date", "'status':'HELD'", "'status':'HELD','date':2025",
            "$.meetings[0].date"),
        wrongType("a number for the schema version", "'schemaVersion':'1'", "'schemaVersion':1",
            "$.schemaVersion"),
        // a key given twice: Jackson 2 used to concatenate lists and keep the last scalar
        duplicate("a list given twice", "'participants':['lena-marsh','oskar-vallin'],",
            "'participants':['lena-marsh'],'participants':['oskar-vallin'],", "$.meetings[0]"),
        duplicate("the article text given twice", "'article':{'text':'" + TEXT + "',",
            "'article':{'text':'" + TEXT + "','text':'" + TEXT + "',", "$.article"),
        duplicate("an offset given twice in a sentence", "'sentences':[{'start':0,",
            "'sentences':[{'start':0,'start':0,", "$.article.paragraphs[0].sentences[0]"),
        duplicate("a list given twice at the root", "'statements':",
            "'actors':[],'statements':", "$"),
        // trailing content
        new Case("a second document", valid() + valid(), Refusal.TRAILING_CONTENT, "$"),
        new Case("a second document on its own line", valid() + "\n" + valid(),
            Refusal.TRAILING_CONTENT, "$"),
        new Case("a stray closing bracket", valid() + "]", Refusal.TRAILING_CONTENT, "$"),
        new Case("a null after the document", valid() + " null", Refusal.TRAILING_CONTENT, "$"),
        // null for the whole document
        new Case("null", "null", Refusal.ROOT_NULL, "$"),
        new Case("null between spaces", " \n null \n", Refusal.ROOT_NULL, "$"));
  }

  /**
   * The valid document with an {@code article.text} of {@code limit + 1} characters (and no
   * paragraphs, so that nothing else is wrong with it): refused by a reader whose limit is {@code
   * limit}, accepted by one with a higher limit.
   *
   * @throws IllegalArgumentException if {@code limit} is negative or {@link Integer#MAX_VALUE}
   */
  public static Case articleTextLongerThan(int limit) {
    if (limit < 0 || limit == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("limit must be in [0, Integer.MAX_VALUE), got " + limit);
    }
    String json = "{\"article\":{\"text\":\"" + "a".repeat(limit + 1) + "\"}}";
    return new Case("an article text of " + (limit + 1) + " characters", json, Refusal.TOO_LONG,
        "$.article.text");
  }

  private static Case wrongType(String name, String from, String to, String path) {
    return new Case(name, change(from, to), Refusal.WRONG_TYPE, path);
  }

  private static Case duplicate(String name, String from, String to, String path) {
    return new Case(name, change(from, to), Refusal.DUPLICATE_KEY, path);
  }

  /** The valid document with its one occurrence of {@code from} replaced by {@code to}. */
  private static String change(String from, String to) {
    int at = VALID.indexOf(from);
    if (at < 0 || VALID.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException("not exactly one occurrence of " + from);
    }
    return json(VALID.substring(0, at) + to + VALID.substring(at + from.length()));
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
