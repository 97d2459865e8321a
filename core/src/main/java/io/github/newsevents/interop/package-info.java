/**
 * The field's standards for the records of newsevents: CAMEO and PLOVER event codes ({@link
 * io.github.newsevents.interop.EventCodes}), CAMEO actor codes ({@link
 * io.github.newsevents.interop.ActorCodes}) and rows shaped like GDELT 2.0's event table ({@link
 * io.github.newsevents.interop.EventRows}). The mappings are data, read once from resources beside
 * these classes: {@code event-codes.tsv} (record values to CAMEO and PLOVER), {@code
 * verb-classes.tsv} (reporting verbs to classes of statement) and {@code actor-types.tsv}
 * (gazetteer entries and title classes to CAMEO actor types); each file documents its format in
 * its header. Everything here is computed from the records' public accessors; every type is
 * immutable and thread-safe, and no method accepts or returns {@code null}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    depluralize = true,
    defaultAsDefault = false)
package io.github.newsevents.interop;

import org.immutables.value.Value;
