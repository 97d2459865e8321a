package io.github.newsevents.testkit.assertj;

import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.CeasefireScope;
import io.github.newsevents.model.CeasefireStatus;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.PartyRole;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * A search among an extraction's ceasefires: each condition keeps the ceasefires that meet it,
 * and fails, showing the nearest candidates, when none does.
 */
public final class CeasefiresAssert extends AbstractAssert<CeasefiresAssert, List<Ceasefire>> {
  private final ExtractionAssert parent;
  private final Extraction extraction;
  private final List<String> conditions = new ArrayList<>();

  CeasefiresAssert(ExtractionAssert parent, Extraction extraction) {
    super(new ArrayList<>(extraction.ceasefires()), CeasefiresAssert.class);
    this.parent = parent;
    this.extraction = extraction;
  }

  /** Keeps the ceasefires that bind every one of {@code names} (others may be bound too). */
  public CeasefiresAssert between(String... names) {
    return narrow("between " + MeetingsAssert.quoted(names),
        c -> present(c, names) == names.length, c -> present(c, names));
  }

  public CeasefiresAssert withStatus(CeasefireStatus status) {
    return narrow("with status " + status, c -> c.status() == status, c -> 0);
  }

  public CeasefiresAssert withScope(CeasefireScope scope) {
    return narrow("with scope " + scope, c -> c.scope() == scope, c -> 0);
  }

  /** Keeps the ceasefires that last {@code days} days ({@code P30D}). */
  public CeasefiresAssert lastingDays(int days) {
    return narrow("lasting " + days + " days",
        c -> c.duration().map(d -> d.equals(Period.ofDays(days))).orElse(false), c -> 0);
  }

  /** Keeps the ceasefires that {@code name} mediates (a {@link PartyRole#MEDIATING} role). */
  public CeasefiresAssert mediatedBy(String name) {
    return narrow("mediated by \"" + name + "\"", c -> c.roles().entrySet().stream()
        .anyMatch(r -> r.getValue() == PartyRole.MEDIATING && Names.names(extraction, r.getKey(), name)),
        c -> 0);
  }

  /** The ceasefire found (the first, when several are left). */
  public Ceasefire get() {
    return actual.get(0);
  }

  public ExtractionAssert and() {
    return parent;
  }

  private int present(Ceasefire c, String[] names) {
    int n = 0;
    for (String name : names) {
      if (c.parties().stream().anyMatch(id -> Names.names(extraction, id, name))) {
        n++;
      }
    }
    return n;
  }

  private CeasefiresAssert narrow(
      String condition, Predicate<Ceasefire> keep, ToIntFunction<Ceasefire> nearness) {
    conditions.add(condition);
    List<Ceasefire> left = actual.stream().filter(keep).toList();
    if (left.isEmpty()) {
      List<Ceasefire> nearest = actual.stream()
          .sorted(Comparator.comparingInt(nearness).reversed()).limit(5).toList();
      failWithMessage("Expecting a ceasefire %s, but found none.%nNearest candidates:%n%s",
          String.join(", ", conditions), describe(extraction, nearest));
    }
    actual.retainAll(left);
    return this;
  }

  static String describe(Extraction e, List<Ceasefire> ceasefires) {
    return ceasefires.stream()
        .map(c -> "  " + c.parties().stream().map(id -> Names.shown(e, id))
            .collect(Collectors.joining(", ")) + " (" + c.status() + ", " + c.scope()
            + c.duration().map(d -> ", " + d).orElse("") + c.date().map(d -> ", " + d).orElse("")
            + mediators(e, c.roles()) + ")")
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private static String mediators(Extraction e, Map<String, PartyRole> roles) {
    String m = roles.entrySet().stream().filter(r -> r.getValue() == PartyRole.MEDIATING)
        .map(r -> Names.shown(e, r.getKey())).collect(Collectors.joining(", "));
    return m.isEmpty() ? "" : ", mediated by " + m;
  }
}
