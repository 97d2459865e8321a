/**
 * Scoring extractions against gold annotations, exactly as the corpus tool {@code
 * score-extraction} does (its figures agree to the third decimal): {@link
 * io.github.newsevents.testkit.score.ExtractionScorer} matches predicted statements, people,
 * meetings and ceasefires one to one with those of a {@link io.github.newsevents.testkit.gold.Gold},
 * and gives a {@link io.github.newsevents.testkit.score.Score}: per article and in total, precision,
 * recall and F1 per {@link io.github.newsevents.testkit.score.Category}, the accuracy of attributes
 * on matched pairs, and every hit, miss and false alarm as a {@link
 * io.github.newsevents.testkit.score.Finding}. {@link io.github.newsevents.testkit.score.ScoreReport}
 * prints a score in the tool's line format, as its JSON, or as one self-contained HTML page. All
 * types are immutable and thread-safe; no method accepts or returns {@code null}.
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
package io.github.newsevents.testkit.score;

import org.immutables.value.Value;
