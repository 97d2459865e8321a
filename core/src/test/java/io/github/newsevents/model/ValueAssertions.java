package io.github.newsevents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the model's tests: the value contract and the invariant messages. */
final class ValueAssertions {
  /** Passed to a value factory of {@link #assertEqualExactlyWhenAttributesAre}: change nothing. */
  static final String NONE = "";

  private ValueAssertions() {}

  /**
   * Asserts that values of {@code type} are equal, with equal hash codes, exactly when their
   * attributes are: {@code value.apply(NONE)} twice gives equal values, and {@code
   * value.apply(attribute)}, which differs from it in that attribute only, gives an unequal value
   * with another hash code, for every abstract accessor of {@code type} and every {@code
   * defaultAttributes} (those with a {@code @Value.Default}, which reflection cannot tell apart).
   *
   * <p>The hash codes of such pairs differ by construction, not by luck: the generated {@code
   * hashCode} adds each attribute's hash times an odd constant, so changing one attribute's hash
   * changes the sum (the tests pick values whose own hash codes differ).
   */
  static <T> void assertEqualExactlyWhenAttributesAre(
      Class<T> type, Function<String, T> value, String... defaultAttributes) {
    T base = value.apply(NONE);
    T same = value.apply(NONE);
    assertThat(same).isNotSameAs(base).isEqualTo(base).hasSameHashCodeAs(base);
    assertThat(same.toString()).isEqualTo(base.toString());

    List<String> attributes = new ArrayList<>(List.of(defaultAttributes));
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0) {
        attributes.add(m.getName());
      }
    }
    assertThat(attributes).as("attributes of %s", type.getSimpleName()).isNotEmpty();
    for (String attribute : attributes) {
      T other = value.apply(attribute);
      assertThat(other)
          .as("%s differing in %s", type.getSimpleName(), attribute)
          .isNotEqualTo(base);
      assertThat(base)
          .as("%s differing in %s", type.getSimpleName(), attribute)
          .isNotEqualTo(other);
      assertThat(other.hashCode())
          .as("hash code of %s differing in %s", type.getSimpleName(), attribute)
          .isNotEqualTo(base.hashCode());
    }
  }

  /**
   * Asserts that {@code build} throws the {@link IllegalStateException} of an invariant and that
   * its message names {@code attribute} ({@code "Actor.id"}).
   */
  static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable build, String attribute) {
    return assertThatThrownBy(build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(attribute);
  }
}
