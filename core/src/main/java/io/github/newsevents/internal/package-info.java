/**
 * Text-scanning helpers shared by the parser and the extractors. Nothing here is API: it may change
 * in any release without notice.
 */
package io.github.newsevents.internal;
