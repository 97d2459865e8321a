package io.github.newsevents.testkit.assertj;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link Extraction}. {@code hasStatement()}, {@code hasMeeting()} and
 * {@code hasCeasefire()} start a search among the items of that kind which each further condition
 * narrows; the assertion fails as soon as no item is left, naming the condition and showing the
 * nearest candidates. {@code and()} returns to the extraction. See the package comment for an
 * example.
 */
public final class ExtractionAssert extends AbstractAssert<ExtractionAssert, Extraction> {
  private ExtractionAssert(Extraction actual) {
    super(actual, ExtractionAssert.class);
  }

  public static ExtractionAssert assertThat(Extraction actual) {
    return new ExtractionAssert(actual);
  }

  /** Asserts that there is a statement, and starts a search among the statements. */
  public StatementsAssert hasStatement() {
    isNotNull();
    if (actual.statements().isEmpty()) {
      failWithMessage("Expecting a statement, but the extraction has none");
    }
    return new StatementsAssert(this, actual);
  }

  /** Asserts that there is a meeting, and starts a search among the meetings. */
  public MeetingsAssert hasMeeting() {
    isNotNull();
    if (actual.meetings().isEmpty()) {
      failWithMessage("Expecting a meeting, but the extraction has none");
    }
    return new MeetingsAssert(this, actual);
  }

  /** Asserts that there is a ceasefire, and starts a search among the ceasefires. */
  public CeasefiresAssert hasCeasefire() {
    isNotNull();
    if (actual.ceasefires().isEmpty()) {
      failWithMessage("Expecting a ceasefire, but the extraction has none");
    }
    return new CeasefiresAssert(this, actual);
  }

  public ExtractionAssert hasNoStatement() {
    isNotNull();
    if (!actual.statements().isEmpty()) {
      failWithMessage("Expecting no statement, but the extraction has %d:%n%s",
          actual.statements().size(), StatementsAssert.describe(actual, actual.statements()));
    }
    return this;
  }

  public ExtractionAssert hasNoMeeting() {
    isNotNull();
    if (!actual.meetings().isEmpty()) {
      failWithMessage("Expecting no meeting, but the extraction has %d:%n%s",
          actual.meetings().size(), MeetingsAssert.describe(actual, actual.meetings()));
    }
    return this;
  }

  public ExtractionAssert hasNoCeasefire() {
    isNotNull();
    if (!actual.ceasefires().isEmpty()) {
      failWithMessage("Expecting no ceasefire, but the extraction has %d:%n%s",
          actual.ceasefires().size(), CeasefiresAssert.describe(actual, actual.ceasefires()));
    }
    return this;
  }

  /** Asserts that an actor goes by {@code name} (its name, an alias, or its surname). */
  public ExtractionAssert hasActor(String name) {
    isNotNull();
    for (Actor a : actual.actors()) {
      if (Names.names(actual, a.id(), name)) {
        return this;
      }
    }
    failWithMessage("Expecting an actor named \"%s\", but the extraction has: %s", name,
        actual.actors().stream().map(a -> a.name() + " (" + a.kind() + ")")
            .collect(Collectors.joining(", ")));
    return this;
  }
}
