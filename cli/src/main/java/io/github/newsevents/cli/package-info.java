/**
 * The newsevents command line, built on picocli: {@link io.github.newsevents.cli.NewsEventsCli}
 * is its entry point and lists its commands ({@code extract}, the default, {@code validate} and
 * {@code score}), one class each. An application, not an API: nothing here but {@code main} is
 * meant to be called from other code.
 */
package io.github.newsevents.cli;
