package io.github.newsevents.testkit.assertj;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * A search among an extraction's statements: each condition keeps the statements that meet it,
 * and fails, showing the nearest candidates, when none does.
 */
public final class StatementsAssert extends AbstractAssert<StatementsAssert, List<Statement>> {
  private final ExtractionAssert parent;
  private final Extraction extraction;
  private final List<String> conditions = new ArrayList<>();

  StatementsAssert(ExtractionAssert parent, Extraction extraction) {
    super(new ArrayList<>(extraction.statements()), StatementsAssert.class);
    this.parent = parent;
    this.extraction = extraction;
  }

  /** Keeps the statements whose speaker goes by {@code name}. */
  public StatementsAssert by(String name) {
    return narrow("by \"" + name + "\"",
        s -> s.speaker().map(id -> Names.names(extraction, id, name)).orElse(false),
        s -> s.speaker().map(id -> similarity(Names.shown(extraction, id), name)).orElse(0));
  }

  /** Keeps the statements whose text contains {@code words}, ignoring case. */
  public StatementsAssert containing(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    return narrow("containing \"" + words + "\"",
        s -> s.text().toLowerCase(Locale.ROOT).contains(w),
        s -> similarity(s.text(), words));
  }

  /** Keeps the statements of {@code kind}. */
  public StatementsAssert withKind(StatementKind kind) {
    return narrow("of kind " + kind, s -> s.kind() == kind, s -> 0);
  }

  /** The statement found (the first, when several are left). */
  public Statement get() {
    return actual.get(0);
  }

  /** Back to the extraction. */
  public ExtractionAssert and() {
    return parent;
  }

  private StatementsAssert narrow(
      String condition, Predicate<Statement> keep, ToIntFunction<Statement> nearness) {
    conditions.add(condition);
    List<Statement> left = actual.stream().filter(keep).toList();
    if (left.isEmpty()) {
      List<Statement> nearest = actual.stream()
          .sorted(Comparator.comparingInt(nearness).reversed()).limit(5).toList();
      failWithMessage("Expecting a statement %s, but found none.%nNearest candidates:%n%s",
          String.join(", ", conditions), describe(extraction, nearest));
    }
    actual.retainAll(left);
    return this;
  }

  static String describe(Extraction e, List<Statement> statements) {
    return statements.stream()
        .map(s -> "  " + s.speaker().map(id -> Names.shown(e, id)).orElse("(no speaker)")
            + " (" + s.kind() + "): \"" + abbreviate(s.text()) + "\"")
        .collect(Collectors.joining(System.lineSeparator()));
  }

  static String abbreviate(String s) {
    return s.length() <= 100 ? s : s.substring(0, 97) + "...";
  }

  /** Shared lower-case words: how near a candidate is to what was wanted. */
  static int similarity(String a, String b) {
    List<String> wa = List.of(a.toLowerCase(Locale.ROOT).split("\\W+"));
    int n = 0;
    for (String w : b.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!w.isEmpty() && wa.contains(w)) {
        n++;
      }
    }
    return n;
  }
}
