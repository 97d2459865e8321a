package io.github.newsevents.validate;

/**
 * How much a {@link Violation} matters. An {@link #ERROR} makes a record invalid ({@link
 * ValidationResult#isValid()} is false, {@link Validator#requireValid(Object)} throws); a {@link
 * #WARNING} reports something unusual that may still be right, and leaves the record valid.
 */
public enum Severity {
  /** The record is wrong: it contradicts itself, its article, or the calendar. */
  ERROR,
  /** The record is unusual and deserves a look, but may be right. */
  WARNING
}
