package io.github.newsevents.interop;

import io.github.newsevents.gazetteer.Gazetteer;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Paragraph;
import io.github.newsevents.model.PartialDate;
import io.github.newsevents.model.PartyRole;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An extraction flattened into one row per event, in the column order of GDELT 2.0's event table,
 * so that ours load next to GDELT's. Stateless and thread-safe.
 *
 * <pre>{@code
 * for (EventRow row : EventRows.of(extraction)) {
 *   System.out.println(EventRows.toTsv(row));   // 61 tab-separated cells, as GDELT's export files
 * }
 * }</pre>
 *
 * <p>Rows come in the order meetings, ceasefires, statements, each in the extraction's order; an
 * expired ceasefire, which is no CAMEO act, has none. Actor 1 is the event's source and actor 2
 * its target: for a visit the visitor and the host; for a proposal appealed for by a third party
 * the proposer and the first party; else the first two participants or parties; for a statement
 * the speaker alone. Codes come from {@link EventCodes} (with the extraction as context) and
 * {@link ActorCodes}.
 */
public final class EventRows {
  /** GDELT 2.0's 61 event table columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
      "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
      "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private EventRows() {}

  /** The rows of {@code extraction}, numbered from 1, with the bundled tables and gazetteer. */
  public static List<EventRow> of(Extraction extraction) {
    return of(extraction, 1);
  }

  /** The rows of {@code extraction}, numbered from {@code firstId}, with the bundled tables and gazetteer. */
  public static List<EventRow> of(Extraction extraction, long firstId) {
    return of(extraction, firstId, EventCodes.defaults(), ActorCodes.defaults(), Gazetteer.defaults());
  }

  /** The rows of {@code extraction}, numbered from {@code firstId}, with these tables and gazetteer. */
  public static List<EventRow> of(
      Extraction extraction, long firstId, EventCodes events, ActorCodes actors, Gazetteer gazetteer) {
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(gazetteer, "gazetteer");
    Rows rows = new Rows(extraction, firstId, actors, gazetteer);
    for (int i = 0; i < extraction.meetings().size(); i++) {
      Meeting m = extraction.meetings().get(i);
      List<String> pair = new ArrayList<>(m.participants());
      Optional<String> host = events.host(m, extraction);
      EventCode code = events.code(m, extraction);
      if (host.isPresent() && code.caseName().equals("visit")) {
        pair.remove(host.get()); // the visitor first, then the host
        pair.add(Math.min(1, pair.size()), host.get());
      }
      rows.add("meetings[" + i + "]", code, pair, m.date(), m.evidence(),
          m.location().map(p -> p.name()));
    }
    for (int i = 0; i < extraction.ceasefires().size(); i++) {
      Ceasefire c = extraction.ceasefires().get(i);
      Optional<EventCode> code = events.code(c);
      if (code.isEmpty()) {
        continue;
      }
      List<String> pair = new ArrayList<>(c.parties());
      if (code.get().caseName().equals("appeal")) {
        for (Map.Entry<String, PartyRole> e : c.roles().entrySet()) {
          if (e.getValue() == PartyRole.PROPOSING && !c.parties().contains(e.getKey())) {
            pair.add(0, e.getKey());
            break;
          }
        }
      }
      rows.add("ceasefires[" + i + "]", code.get(), pair, c.date(), c.evidence(), Optional.empty());
    }
    for (int i = 0; i < extraction.statements().size(); i++) {
      Statement s = extraction.statements().get(i);
      rows.add("statements[" + i + "]", events.code(s), s.speaker().stream().toList(), s.date(),
          s.span().stream().toList(), Optional.empty());
    }
    return List.copyOf(rows.out);
  }

  /** The row's cells joined by tabs, as a line of GDELT's export files (no line break). */
  public static String toTsv(EventRow row) {
    Objects.requireNonNull(row, "row");
    return String.join("\t", row.cells());
  }

  /** Collects the rows of one extraction. */
  private static final class Rows {
    final Extraction extraction;
    final ActorCodes actors;
    final Gazetteer gazetteer;
    final List<EventRow> out = new ArrayList<>();
    final Span lead;
    long next;

    Rows(Extraction extraction, long firstId, ActorCodes actors, Gazetteer gazetteer) {
      this.extraction = extraction;
      this.actors = actors;
      this.gazetteer = gazetteer;
      this.next = firstId;
      this.lead = extraction.article().paragraphs().stream()
          .filter(p -> !p.heading()).map(Paragraph::span).findFirst().orElse(null);
    }

    void add(String item, EventCode code, List<String> pair,
        Optional<PartialDate> date, List<Span> evidence,
        Optional<String> place) {
      EventRow.Builder b = new EventRow.Builder()
          .id(next++)
          .item(item)
          .code(code)
          .date(date.or(() -> extraction.article().published()))
          .rootEvent(lead != null && !evidence.isEmpty() && lead.encloses(evidence.get(0)))
          .mentions(Math.max(1, evidence.size()))
          .place(place)
          .sourceUrl(extraction.article().url());
      if (!pair.isEmpty()) {
        Optional<Actor> a = extraction.actor(pair.get(0));
        b.actor1(pair.get(0)).actor1Name(a.map(Actor::name))
            .actor1Code(a.flatMap(x -> actors.code(x, gazetteer)));
      }
      if (pair.size() > 1) {
        Optional<Actor> a = extraction.actor(pair.get(1));
        b.actor2(pair.get(1)).actor2Name(a.map(Actor::name))
            .actor2Code(a.flatMap(x -> actors.code(x, gazetteer)));
      }
      out.add(b.build());
    }
  }
}
