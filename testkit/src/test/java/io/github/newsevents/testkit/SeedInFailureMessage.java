package io.github.newsevents.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Puts a failed test's display name, and so the seed a property test shows there, at the head of
 * its failure message: Surefire reports a parameterized invocation by its index ({@code [37]}), not
 * by its display name.
 */
final class SeedInFailureMessage implements TestExecutionExceptionHandler {
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    if (failure instanceof TestAbortedException) {
      throw failure;
    }
    String why = failure instanceof AssertionError ? failure.getMessage() : failure.toString();
    throw new AssertionError(context.getDisplayName() + ": " + why, failure);
  }
}
