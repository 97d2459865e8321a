/**
 * Fluent AssertJ assertions on extractions, for JUnit 5 tests of a news parser:
 *
 * <pre>{@code
 * import static io.github.newsevents.testkit.assertj.ExtractionAssert.assertThat;
 *
 * assertThat(extraction).hasStatement().by("Dmitry Peskov").containing("businesslike");
 * assertThat(extraction).hasMeeting().between("Steve Witkoff", "Yuri Ushakov").withStatus(HELD);
 * assertThat(extraction).hasNoCeasefire();
 * }</pre>
 *
 * <p>A failure names what was looked for and shows the nearest candidates the extraction holds.
 * This package needs AssertJ ({@code org.assertj:assertj-core}) on the test class path: the test
 * kit declares it as an optional dependency, so the rest of the kit works without it. Assertion
 * objects are not thread-safe; use each in one test.
 */
package io.github.newsevents.testkit.assertj;
