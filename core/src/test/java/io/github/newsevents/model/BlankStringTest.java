package io.github.newsevents.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A test run once for each kind of blank string: empty, a space, a tab and line break, and an em
 * space (blank to {@link String#isBlank()}, though not ASCII).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "blank #{index}")
@ValueSource(strings = {"", " ", "\t\n", "\u2003"})
@interface BlankStringTest {}
