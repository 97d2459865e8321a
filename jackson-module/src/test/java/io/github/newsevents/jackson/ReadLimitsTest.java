package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonLine.Kind.LIMIT;
import static io.github.newsevents.jackson.JsonLine.Kind.UNKNOWN_PROPERTY;
import static io.github.newsevents.jackson.JsonTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Untrusted input: Jackson's read limits stay in force through the module, and nothing in a
 * document can name a class to instantiate. One suite for both modules ({@link JsonLine}); each
 * line's own default limits (Jackson 3's differ from Jackson 2's).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(JsonLine.class)
class ReadLimitsTest {
  @Parameter
  JsonLine line;

  /** Ignores unknown properties, so that hostile content reaches the parser's limits. */
  private JsonLine.Mapper lenient() {
    return line.mapper(new JsonLine.Options().ignoreUnknown());
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private void assertLimit(Throwable t, String... fragments) {
    assertThat(t).isNotNull();
    Throwable root = rootCause(t);
    assertThat(line.is(root, LIMIT)).as("%s", root).isTrue();
    assertThat(root.getMessage()).contains(fragments);
  }

  @Test
  void deepNestingFailsWithTheNestingLimitNotAStackOverflow() {
    int depth = 100_000;
    String json = "{\"article\":{\"text\":\"t\",\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}}";

    assertLimit(catchThrowable(() -> lenient().read(json, Extraction.class)),
        "nesting depth", "exceeds the maximum allowed (" + line.defaultMaxDepth());
  }

  @Test
  void aHugeStringFailsWithTheStringLengthLimit() {
    int length = line.defaultMaxStringLength() + 1;
    String json = "{\"article\":{\"text\":\"" + "a".repeat(length) + "\"}}";

    assertLimit(catchThrowable(() -> line.plain().read(json, Extraction.class)),
        "String value length (" + length + ")", "exceeds the maximum allowed (" + line.defaultMaxStringLength());
  }

  @Test
  void aHugeNumberFailsWithTheNumberLengthLimit() {
    String json = "{\"article\":{\"text\":\"t\",\"paragraphs\":[{\"text\":\"t\",\"span\":{\"start\":"
        + "9".repeat(line.defaultMaxNumberLength() + 1) + ",\"end\":1}}]}}";

    assertLimit(catchThrowable(() -> line.plain().read(json, Extraction.class)), "Number value length");
  }

  @Test
  void theMappersOwnTighterLimitsApplyToo() {
    JsonLine.Mapper tight = line.mapper(new JsonLine.Options().maxStringLength(100));

    assertLimit(catchThrowable(() -> tight.read(
        json("{'article':{'text':'" + "a".repeat(101) + "'}}"), Extraction.class)), "(101)");
  }

  @Test
  void theJsonCarriesNoClassNames() throws Exception {
    String written = line.plain().write(Fixtures.peskovExtraction());

    assertThat(written).doesNotContain("@class", "@type", "io.github", "java.");
  }

  @Test
  void aClassNameInADocumentIsAnUnknownPropertyAndNeverInstantiated() throws Exception {
    String hostile = json("{'@class':'java.lang.ProcessBuilder','article':{'text':'t',"
        + "'dateline':['java.lang.ProcessBuilder',{'command':['touch','/tmp/pwned']}]}}");

    Failure.of(line, UNKNOWN_PROPERTY, () -> line.plain().read(hostile, Extraction.class));
    // ignored when unknown properties are, and the typed-looking array is no dateline
    assertThat(catchThrowable(() -> lenient().read(hostile, Extraction.class)))
        .hasMessageContaining("Dateline");
    assertThat(lenient().read(json("{'@class':'java.lang.ProcessBuilder','article':{'text':'t'}}"),
            Extraction.class).article().text())
        .isEqualTo("t");
  }
}
