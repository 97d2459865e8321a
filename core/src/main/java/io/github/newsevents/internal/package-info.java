/**
 * Text scanning helpers shared by the parser and extractors: character classes that keep offsets
 * exact, the sentence splitter, header, byline and dateline readers, date words. Nothing here is
 * API: the classes are public only so that other newsevents packages can use them, and they may
 * change or disappear in any release without notice.
 */
package io.github.newsevents.internal;
