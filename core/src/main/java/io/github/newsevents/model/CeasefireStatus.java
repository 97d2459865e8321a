package io.github.newsevents.model;

/** Where a ceasefire stands, as the article reports it. */
public enum CeasefireStatus {
  PROPOSED, AGREED, IN_FORCE, VIOLATED, REJECTED, EXPIRED
}
