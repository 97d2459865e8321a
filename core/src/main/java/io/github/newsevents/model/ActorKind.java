package io.github.newsevents.model;

/** What an actor is. */
public enum ActorKind {
  PERSON, ORGANIZATION, STATE, GROUP
}
