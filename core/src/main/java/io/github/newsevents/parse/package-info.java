/**
 * The article parser: {@link io.github.newsevents.parse.ArticleParser} turns news text into an
 * {@link io.github.newsevents.model.Article} (metadata, paragraphs, sentences, dateline, removed
 * noise, positioned diagnostics), configured by {@link io.github.newsevents.parse.ParseOptions}
 * ({@link io.github.newsevents.parse.Limits}, {@link io.github.newsevents.parse.NoiseRule}s, with the built-in ones in {@link
 * io.github.newsevents.parse.NoiseRules}). Every type here is immutable and thread-safe; methods
 * reject {@code null} with a {@link NullPointerException} naming the parameter, and the only
 * exception a parse throws on non-null input is {@link
 * io.github.newsevents.parse.ArticleTooLargeException} for input over the configured limit.
 */
package io.github.newsevents.parse;
