/**
 * Test support for code that reads, writes or judges newsevents records: seeded generators and
 * the bundled fixtures.
 */
module io.github.newsevents.testkit {
  requires transitive io.github.newsevents.core;

  exports io.github.newsevents.testkit;
  // the fixtures are resources that other modules read
  opens io.github.newsevents.testkit.fixtures;
}
