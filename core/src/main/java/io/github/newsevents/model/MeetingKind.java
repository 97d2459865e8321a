package io.github.newsevents.model;

/** How a meeting takes place. */
public enum MeetingKind {
  IN_PERSON, PHONE_CALL, VIDEO_CALL, TALKS
}
