/**
 * The immutable values of newsevents: {@link io.github.newsevents.model.Article},
 * {@link io.github.newsevents.model.Actor}, {@link io.github.newsevents.model.Statement},
 * {@link io.github.newsevents.model.Meeting}, {@link io.github.newsevents.model.Ceasefire} and the
 * {@link io.github.newsevents.model.Extraction} that bundles one article's results, with the small
 * values they are made of ({@link io.github.newsevents.model.PartialDate},
 * {@link io.github.newsevents.model.Place}, {@link io.github.newsevents.model.Span}) and the enums of
 * the closed vocabularies. Every type here is immutable and safe to share between threads; build one
 * with its nested {@code Builder}. A builder's {@code build()} throws {@link IllegalStateException}
 * naming the attribute when a value would be meaningless (a blank name, an end before a start);
 * whether a well-formed value is plausible is judged by {@code io.github.newsevents.validate}.
 * No method accepts or returns {@code null}: absent values are {@link java.util.Optional}, absent
 * lists are empty.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "alias:aliases", "evidence:evidence", "removed:removed"},
    defaultAsDefault = false)
package io.github.newsevents.model;

import org.immutables.value.Value;
