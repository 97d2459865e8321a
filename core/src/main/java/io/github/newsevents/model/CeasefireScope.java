package io.github.newsevents.model;

/** Whether a ceasefire covers all hostilities or a part of them (see Ceasefire#scopeNote). */
public enum CeasefireScope {
  FULL, PARTIAL
}
