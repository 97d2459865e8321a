package io.github.newsevents.model;

import org.immutables.value.Value;

/**
 * A stretch of the article's original input: UTF-16 offsets {@code start} (inclusive) and
 * {@code end} (exclusive), so that {@code input.substring(start, end)} is the text it marks.
 * Immutable; {@code 0 <= start <= end}.
 */
@Value.Immutable
public interface Span extends Comparable<Span> {
  @Value.Parameter
  int start();

  @Value.Parameter
  int end();

  /** The number of UTF-16 units covered. */
  default int length() {
    return end() - start();
  }

  /** Whether {@code other} lies wholly inside this span. */
  default boolean encloses(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  /** The text this span marks in {@code text}; throws if it does not fit. */
  default String of(CharSequence text) {
    return text.subSequence(start(), end()).toString();
  }

  /** Orders by start, then by end. */
  @Override
  default int compareTo(Span other) {
    int c = Integer.compare(start(), other.start());
    return c != 0 ? c : Integer.compare(end(), other.end());
  }

  /** A span from {@code start} to {@code end}; throws {@link IllegalStateException} when invalid. */
  static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  @Value.Check
  default void check() {
    if (start() < 0) {
      throw new IllegalStateException("Span.start must not be negative, got " + start());
    }
    if (end() < start()) {
      throw new IllegalStateException(
          "Span.end (" + end() + ") must not be before Span.start (" + start() + ")");
    }
  }

  final class Builder extends ImmutableSpan.Builder {}
}
