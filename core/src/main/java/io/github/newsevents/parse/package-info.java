/**
 * From raw news text to an {@link io.github.newsevents.model.Article}: {@link
 * io.github.newsevents.parse.ArticleParser} reads the header forms, removes page noise by named
 * whole-line {@link io.github.newsevents.parse.NoiseRule}s (recording each removal), recognises wire
 * datelines and splits paragraphs into sentences. Parsers are immutable and thread-safe, total on
 * any non-null String and linear in its length.
 */
package io.github.newsevents.parse;
