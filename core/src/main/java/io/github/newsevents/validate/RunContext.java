package io.github.newsevents.validate;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Extraction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One validation of one extraction: collects the violations and holds what several rules need,
 * computed once ({@link #actorIds()}, {@link #today()}). Not thread-safe; one per {@code validate}
 * call.
 */
final class RunContext {
  private final Extraction extraction;
  private final Clock clock;
  private final List<Violation> violations;
  private Set<String> actorIds;
  private LocalDate today;

  RunContext(Extraction extraction, Clock clock, List<Violation> violations) {
    this.extraction = extraction;
    this.clock = clock;
    this.violations = violations;
  }

  Set<String> actorIds() {
    if (actorIds == null) {
      Set<String> ids = new HashSet<>();
      for (Actor a : extraction.actors()) {
        ids.add(a.id());
      }
      actorIds = Set.copyOf(ids);
    }
    return actorIds;
  }

  LocalDate today() {
    if (today == null) {
      today = LocalDate.now(clock);
    }
    return today;
  }

  /** Runs {@code rule} with the given severity, adding its violations. */
  void run(Rule rule, Severity severity) {
    ForRule context = new ForRule(rule.code(), severity);
    try {
      rule.check(extraction, context);
    } finally {
      context.open = false;
    }
  }

  /** The {@link Rule.Context} one rule sees: fills in its code and severity. */
  private final class ForRule implements Rule.Context {
    private final String code;
    private final Severity severity;
    boolean open = true;

    ForRule(String code, Severity severity) {
      this.code = code;
      this.severity = severity;
    }

    @Override
    public void report(String path, String message) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
      if (!open) {
        throw new IllegalStateException(
            "rule '" + code + "' reported after its check returned; report only during check");
      }
      if (path.isBlank() || message.isBlank()) {
        throw new IllegalArgumentException(
            "rule '" + code + "' reported a blank " + (path.isBlank() ? "path" : "message"));
      }
      violations.add(new Violation(path, code, message, severity));
    }

    @Override
    public LocalDate today() {
      return RunContext.this.today();
    }

    @Override
    public Set<String> actorIds() {
      return RunContext.this.actorIds();
    }
  }
}
