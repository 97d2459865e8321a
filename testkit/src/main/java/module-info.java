/**
 * Test support for code that reads, writes or judges newsevents records: seeded generators,
 * generated articles with known answers, gold annotations, the scorer, fixtures and assertions.
 */
module io.github.newsevents.testkit {
  requires transitive io.github.newsevents.core;
  requires com.fasterxml.jackson.databind;
  // the Immutables annotations are needed at compile time only
  requires static org.immutables.value.annotations;
  // AssertJ is optional: only the assertions package needs it
  requires static org.assertj.core;

  exports io.github.newsevents.testkit;
  exports io.github.newsevents.testkit.gold;
  exports io.github.newsevents.testkit.score;
  exports io.github.newsevents.testkit.assertj;
  // the fixtures are resources that other modules read
  opens io.github.newsevents.testkit.fixtures;
}
