/**
 * The newsevents Apache Spark job: {@link io.github.newsevents.spark.NewsEventsJob} reads
 * articles (text files or JSON lines), extracts each with one extractor per executor JVM, and
 * writes JSON lines of extractions and Parquet tables of statements, meetings, ceasefires, actors
 * and errors ({@link io.github.newsevents.spark.Table}). {@link
 * io.github.newsevents.spark.JobOptions} configures it, {@link
 * io.github.newsevents.spark.Extractions} gives the same outputs as datasets, and {@link
 * io.github.newsevents.spark.JobSummary} counts what a run did. Spark is provided by the cluster;
 * the shaded jar carries newsevents and its own relocated Jackson.
 */
package io.github.newsevents.spark;
