package io.github.newsevents.testkit.assertj;

import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.MeetingKind;
import io.github.newsevents.model.MeetingStatus;
import io.github.newsevents.model.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * A search among an extraction's meetings: each condition keeps the meetings that meet it, and
 * fails, showing the nearest candidates, when none does.
 */
public final class MeetingsAssert extends AbstractAssert<MeetingsAssert, List<Meeting>> {
  private final ExtractionAssert parent;
  private final Extraction extraction;
  private final List<String> conditions = new ArrayList<>();

  MeetingsAssert(ExtractionAssert parent, Extraction extraction) {
    super(new ArrayList<>(extraction.meetings()), MeetingsAssert.class);
    this.parent = parent;
    this.extraction = extraction;
  }

  /** Keeps the meetings that every one of {@code names} takes part in (others may too). */
  public MeetingsAssert between(String... names) {
    return narrow("between " + quoted(names),
        m -> present(m, names) == names.length, m -> present(m, names));
  }

  public MeetingsAssert withStatus(MeetingStatus status) {
    return narrow("with status " + status, m -> m.status() == status, m -> 0);
  }

  public MeetingsAssert withKind(MeetingKind kind) {
    return narrow("of kind " + kind, m -> m.kind() == kind, m -> 0);
  }

  /** Keeps the meetings whose place is named {@code place}, ignoring case. */
  public MeetingsAssert at(String place) {
    return narrow("at \"" + place + "\"",
        m -> m.location().map(l -> l.name().equalsIgnoreCase(place)).orElse(false), m -> 0);
  }

  /** Keeps the meetings dated {@code date} ({@code "2025-04-11"}, {@code "2025-04"}, {@code "2025"}). */
  public MeetingsAssert on(String date) {
    PartialDate d = PartialDate.parse(date);
    return narrow("on " + date, m -> m.date().map(d::equals).orElse(false), m -> 0);
  }

  /** The meeting found (the first, when several are left). */
  public Meeting get() {
    return actual.get(0);
  }

  public ExtractionAssert and() {
    return parent;
  }

  private int present(Meeting m, String[] names) {
    int n = 0;
    for (String name : names) {
      if (m.participants().stream().anyMatch(id -> Names.names(extraction, id, name))) {
        n++;
      }
    }
    return n;
  }

  private MeetingsAssert narrow(String condition, Predicate<Meeting> keep, ToIntFunction<Meeting> nearness) {
    conditions.add(condition);
    List<Meeting> left = actual.stream().filter(keep).toList();
    if (left.isEmpty()) {
      List<Meeting> nearest = actual.stream()
          .sorted(Comparator.comparingInt(nearness).reversed()).limit(5).toList();
      failWithMessage("Expecting a meeting %s, but found none.%nNearest candidates:%n%s",
          String.join(", ", conditions), describe(extraction, nearest));
    }
    actual.retainAll(left);
    return this;
  }

  static String describe(Extraction e, List<Meeting> meetings) {
    return meetings.stream()
        .map(m -> "  " + m.participants().stream().map(id -> Names.shown(e, id))
            .collect(Collectors.joining(", ")) + " (" + m.kind() + ", " + m.status()
            + m.date().map(d -> ", " + d).orElse("") + m.location().map(l -> ", " + l.name()).orElse("")
            + ")")
        .collect(Collectors.joining(System.lineSeparator()));
  }

  static String quoted(String... names) {
    return List.of(names).stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(" and "));
  }
}
