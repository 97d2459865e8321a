package io.github.newsevents.model;

/** DIRECT: words inside quotation marks; INDIRECT: reported speech. */
public enum StatementKind {
  DIRECT, INDIRECT
}
