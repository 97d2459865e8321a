package io.github.newsevents.jackson;

import static io.github.newsevents.jackson.JsonTesting.MAPPER;
import static io.github.newsevents.jackson.JsonTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.newsevents.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Untrusted input: Jackson's read limits stay in force through the module, and nothing in a
 * document can name a class to instantiate.
 */
class ReadLimitsTest {
  /** Ignores unknown properties, so that hostile content reaches the parser's limits. */
  private static final ObjectMapper LENIENT =
      new ObjectMapper().registerModule(NewsEventsModule.builder().ignoreUnknownProperties(true).build());

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  @Test
  void deepNestingFailsWithTheNestingLimitNotAStackOverflow() {
    int depth = 100_000;
    String json = "{\"article\":{\"text\":\"t\",\"extra\":" + "[".repeat(depth) + "]".repeat(depth) + "}}";

    Throwable t = catchThrowable(() -> LENIENT.readValue(json, Extraction.class));

    assertThat(rootCause(t))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth")
        .hasMessageContaining("exceeds the maximum allowed (" + StreamReadConstraints.DEFAULT_MAX_DEPTH);
  }

  @Test
  void aHugeStringFailsWithTheStringLengthLimit() {
    int length = StreamReadConstraints.DEFAULT_MAX_STRING_LEN + 1;
    String json = "{\"article\":{\"text\":\"" + "a".repeat(length) + "\"}}";

    Throwable t = catchThrowable(() -> MAPPER.readValue(json, Extraction.class));

    assertThat(rootCause(t))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("String value length (" + length + ")")
        .hasMessageContaining("exceeds the maximum allowed (" + StreamReadConstraints.DEFAULT_MAX_STRING_LEN);
  }

  @Test
  void aHugeNumberFailsWithTheNumberLengthLimit() {
    String json = "{\"article\":{\"text\":\"t\",\"paragraphs\":[{\"text\":\"t\",\"span\":{\"start\":"
        + "9".repeat(StreamReadConstraints.DEFAULT_MAX_NUM_LEN + 1) + ",\"end\":1}}]}}";

    Throwable t = catchThrowable(() -> MAPPER.readValue(json, Extraction.class));

    assertThat(rootCause(t))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void theMappersOwnTighterLimitsApplyToo() {
    ObjectMapper tight = new ObjectMapper().registerModule(new NewsEventsModule());
    tight.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(100).build());

    Throwable t = catchThrowable(() -> tight.readValue(
        json("{'article':{'text':'" + "a".repeat(101) + "'}}"), Extraction.class));

    assertThat(rootCause(t)).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void theJsonCarriesNoClassNames() throws Exception {
    String written = MAPPER.writeValueAsString(Fixtures.peskovExtraction());

    assertThat(written).doesNotContain("@class", "@type", "io.github", "java.");
  }

  @Test
  void aClassNameInADocumentIsAnUnknownPropertyAndNeverInstantiated() throws Exception {
    String hostile = json("{'@class':'java.lang.ProcessBuilder','article':{'text':'t',"
        + "'dateline':['java.lang.ProcessBuilder',{'command':['touch','/tmp/pwned']}]}}");

    assertThat(catchThrowable(() -> MAPPER.readValue(hostile, Extraction.class)))
        .isInstanceOf(UnrecognizedPropertyException.class);
    // ignored when unknown properties are, and the typed-looking array is no dateline
    assertThat(catchThrowable(() -> LENIENT.readValue(hostile, Extraction.class)))
        .hasMessageContaining("Dateline");
    assertThat(LENIENT.readValue(json("{'@class':'java.lang.ProcessBuilder','article':{'text':'t'}}"),
            Extraction.class).article().text())
        .isEqualTo("t");
  }
}
