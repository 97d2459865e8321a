package io.github.newsevents.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.newsevents.jackson.JsonLine.Kind;
import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.concurrent.Callable;

/**
 * An error of a {@link JsonLine}, seen through that line's classes: so that one test states what
 * both modules must report, and each line's exception is checked to be the kind the README names.
 */
final class Failure {
  final JsonLine line;
  final Throwable error;

  private Failure(JsonLine line, Throwable error) {
    this.line = line;
    this.error = error;
  }

  /** The error {@code action} throws, which must be one of {@code kind} in {@code line}. */
  static Failure of(JsonLine line, Kind kind, Callable<?> action) {
    Throwable t = catchThrowable(action::call);
    assertThat(t).as("%s: an error", line).isNotNull();
    assertThat(line.is(t, kind)).as("%s: %s is a %s", line, t, line.type(kind).getName()).isTrue();
    return new Failure(line, t);
  }

  /** {@code getPath()} as JSONPath, such as {@code $.meetings[0].participants[1]}. */
  String path() {
    return line.jsonPath(error);
  }

  String pathReference() {
    return line.pathReference(error);
  }

  String message() {
    return error.getMessage();
  }

  Throwable cause() {
    return error.getCause();
  }

  /** The parser's own error: this one in Jackson 3, its cause in Jackson 2 (which wraps it). */
  Throwable parseError() {
    return line.parseError(error);
  }

  boolean is(Kind kind) {
    return line.is(error, kind);
  }

  /** {@code getValue()} of an {@code InvalidFormatException}. */
  Object value() {
    return call("getValue");
  }

  /** {@code getPropertyName()} of an {@code UnrecognizedPropertyException}. */
  String propertyName() {
    return (String) call("getPropertyName");
  }

  /** {@code getKnownPropertyIds()} of an {@code UnrecognizedPropertyException}. */
  @SuppressWarnings("unchecked")
  Collection<Object> knownPropertyIds() {
    return (Collection<Object>) call("getKnownPropertyIds");
  }

  /** Line and column of the error's location. */
  int[] lineAndColumn() {
    return line.lineAndColumn(error);
  }

  private Object call(String method) {
    try {
      return error.getClass().getMethod(method).invoke(error);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(error + " has no " + method + "()", e);
    }
  }

  @Override
  public String toString() {
    return line + ": " + error;
  }
}
