/**
 * newsevents turns news text into immutable, validated records of diplomatic events. {@link
 * io.github.newsevents.NewsEvents} is the front door; the model lives in {@code
 * io.github.newsevents.model}, and the configurable machinery in the {@code parse}, {@code
 * extract}, {@code gazetteer} and {@code validate} packages. Nothing in {@code internal} is API.
 */
package io.github.newsevents;
