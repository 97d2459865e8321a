package io.github.newsevents.model;

/** Whether a meeting happened, is planned, may happen, or was called off. */
public enum MeetingStatus {
  HELD, PLANNED, POSSIBLE, CANCELLED
}
