/**
 * From an {@link io.github.newsevents.model.Article} to an {@link
 * io.github.newsevents.model.Extraction}: {@link io.github.newsevents.extract.Extractor} runs the
 * stages in order (actors; statements; meetings and ceasefires, with their dates) over an article
 * tokenized once. The stages are package-private; an extractor is immutable, keeps no state between
 * calls and may be shared by any number of threads.
 */
package io.github.newsevents.extract;
