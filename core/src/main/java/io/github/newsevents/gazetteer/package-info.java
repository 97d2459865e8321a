/**
 * The embedded dictionary the extractors read news with: states (with ISO 3166-1 alpha-3 codes,
 * common names, demonyms and capitals), metonyms and institutions that stand for a state, 
 * intergovernmental organisations, armed and political groups, places, platforms and a lexicon of
 * titles. {@link io.github.newsevents.gazetteer.Gazetteer#defaults()} loads it from the resource
 * {@code io/github/newsevents/gazetteer/gazetteer.tsv} (format documented in {@link
 * io.github.newsevents.gazetteer.Gazetteer}); users add or override entries with {@link
 * io.github.newsevents.gazetteer.Gazetteer#toBuilder()}. People are not listed: they are
 * recognised from the text, so the gazetteer does not go stale as office holders change.
 */
package io.github.newsevents.gazetteer;
