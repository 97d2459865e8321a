/**
 * Test support for code that reads, writes or judges newsevents records: {@link
 * io.github.newsevents.testkit.Generators} makes random but valid values of every model type
 * (articles whose spans fit their text, extractions whose references resolve), and {@link
 * io.github.newsevents.testkit.Seeds} gives the seeds for property tests and the generator each one
 * stands for. Everything here is deterministic: a seed gives the same values on every run, with no
 * clock, hash order or shared state involved, so a test that prints its seed can be replayed. The
 * classes are stateless and safe to use from many threads, each with its own {@code
 * RandomGenerator}; they depend on no test framework, and no method accepts {@code null}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    depluralize = true,
    defaultAsDefault = false,
    // no annotation found on the compile path (org.immutables.value.Generated above all) goes into
    // the generated classes: a user compiling with -Xlint:all without the Immutables annotations
    // would get a warning for each (issue 19); Override is the one that is always there
    allowedClasspathAnnotations = Override.class)
package io.github.newsevents.testkit;

import org.immutables.value.Value;
