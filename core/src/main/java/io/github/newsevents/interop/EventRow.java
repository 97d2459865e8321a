package io.github.newsevents.interop;

import io.github.newsevents.model.PartialDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event of an extraction as a row of GDELT 2.0's event table: {@link #cells()} gives the 61
 * columns in GDELT's order ({@link EventRows#COLUMNS}), those that do not apply left empty.
 * Immutable; made by {@link EventRows}.
 */
@Value.Immutable
public interface EventRow {
  /** GDELT's GLOBALEVENTID: the row's number, from the first id given to {@link EventRows}. */
  long id();

  /** Where the event comes from in the extraction ({@code meetings[0]}, {@code statements[3]}). */
  String item();

  /** The event's date, else the article's publication date (GDELT dates events so too). */
  Optional<PartialDate> date();

  /** Actor id of the event's source (a visitor, the first participant or party, a speaker). */
  Optional<String> actor1();

  /** Name of {@link #actor1()} as the extraction gives it. */
  Optional<String> actor1Name();

  Optional<ActorCode> actor1Code();

  /** Actor id of the event's target (a host, the second participant or party). */
  Optional<String> actor2();

  Optional<String> actor2Name();

  Optional<ActorCode> actor2Code();

  EventCode code();

  /** GDELT's IsRootEvent: whether the event's first evidence lies in the article's lead paragraph. */
  boolean rootEvent();

  /** GDELT's NumMentions: how often the article speaks of the event (its evidence spans, at least 1). */
  int mentions();

  /** GDELT's ActionGeo_FullName: the meeting's location as named. */
  Optional<String> place();

  /** GDELT's SOURCEURL: the article's url. */
  Optional<String> sourceUrl();

  /**
   * The 61 cells in the order of {@link EventRows#COLUMNS}: numbers as GDELT writes them, names in
   * upper case, absent values and columns that do not apply (ethnic and religion codes, known group
   * codes, tone, geography but the event's place name, DATEADDED) empty. SQLDATE and FractionDate
   * need a full date, MonthYear a month. Tabs and line breaks inside a value become spaces.
   */
  default List<String> cells() {
    List<String> c = new ArrayList<>(Collections.nCopies(EventRows.COLUMNS.size(), ""));
    c.set(0, Long.toString(id()));
    date().ifPresent(d -> {
      c.set(3, String.format(Locale.ROOT, "%04d", d.year()));
      d.month().ifPresent(m -> c.set(2, String.format(Locale.ROOT, "%04d%02d", d.year(), m)));
      d.day().ifPresent(day -> {
        int m = d.month().get();
        c.set(1, String.format(Locale.ROOT, "%04d%02d%02d", d.year(), m, day));
        c.set(4, String.format(Locale.ROOT, "%.4f", d.year() + (m * 30 + day) / 365.0));
      });
    });
    actor(c, 5, actor1Code(), actor1Name());
    actor(c, 15, actor2Code(), actor2Name());
    c.set(25, rootEvent() ? "1" : "0");
    c.set(26, code().cameoCode());
    c.set(27, code().cameoBaseCode());
    c.set(28, code().cameoRootCode());
    c.set(29, Integer.toString(code().quadClass()));
    c.set(30, String.format(Locale.ROOT, "%.1f", code().goldstein()));
    c.set(31, Integer.toString(mentions()));
    c.set(32, "1");
    c.set(33, "1");
    place().ifPresent(p -> c.set(52, clean(p)));
    sourceUrl().ifPresent(u -> c.set(60, clean(u)));
    return List.copyOf(c);
  }

  private static void actor(List<String> c, int at, Optional<ActorCode> code, Optional<String> name) {
    code.ifPresent(k -> {
      c.set(at, k.code());
      c.set(at + 2, k.country().orElse(""));
      for (int i = 0; i < k.types().size(); i++) {
        c.set(at + 7 + i, k.types().get(i));
      }
    });
    name.ifPresent(n -> c.set(at + 1, clean(n).toUpperCase(Locale.ROOT)));
  }

  private static String clean(String value) {
    return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** Builds an {@link EventRow}. */
  final class Builder extends ImmutableEventRow.Builder {}
}
