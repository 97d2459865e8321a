package io.github.newsevents.model;

/** The part an actor plays in a ceasefire when the text says so. */
public enum PartyRole {
  DECLARING, MEDIATING
}
