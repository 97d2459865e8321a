package io.github.newsevents.parse;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link Limits#apply(Extraction)}: an extraction cut to its limits, references kept whole. */
final class Truncation {
  private Truncation() {}

  static Extraction apply(Extraction x, int maxStatements, int maxActors) {
    if (x.statements().size() <= maxStatements && x.actors().size() <= maxActors) {
      return x;
    }
    List<Diagnostic> notes = new ArrayList<>(2);
    List<Actor> actors = x.actors();
    Set<String> dropped = new HashSet<>();
    if (actors.size() > maxActors) {
      for (Actor a : actors.subList(maxActors, actors.size())) {
        dropped.add(a.id());
      }
      actors = actors.subList(0, maxActors);
    }
    List<Statement> statements = new ArrayList<>(Math.min(x.statements().size(), maxStatements));
    int statementsOfDropped = 0;
    int overLimit = 0;
    for (Statement s : x.statements()) {
      if (s.speaker().isPresent() && dropped.contains(s.speaker().get())) {
        statementsOfDropped++;
      } else if (statements.size() < maxStatements) {
        statements.add(s);
      } else {
        overLimit++;
      }
    }
    List<Meeting> meetings = new ArrayList<>(x.meetings().size());
    for (Meeting m : x.meetings()) {
      if (!refersTo(m, dropped)) {
        meetings.add(m);
      }
    }
    List<Ceasefire> ceasefires = new ArrayList<>(x.ceasefires().size());
    for (Ceasefire c : x.ceasefires()) {
      if (!refersTo(c, dropped)) {
        ceasefires.add(c);
      }
    }
    if (!dropped.isEmpty()) {
      notes.add(Diagnostic.of(Limits.ACTORS_CODE,
          "the extraction has " + x.actors().size() + " actors, over the limit of " + maxActors
              + " (Limits.maxActors): the first " + maxActors + " are kept, and "
              + statementsOfDropped + " statement(s), "
              + (x.meetings().size() - meetings.size()) + " meeting(s) and "
              + (x.ceasefires().size() - ceasefires.size())
              + " ceasefire(s) that refer to the others are left out"));
    }
    if (overLimit > 0) {
      notes.add(Diagnostic.of(Limits.STATEMENTS_CODE,
          (statements.size() + overLimit) + " statements, over the limit of " + maxStatements
              + " (Limits.maxStatements): the first " + maxStatements + " are kept, "
              + overLimit + " left out"));
    }
    return new Extraction.Builder()
        .article(x.article())
        .addAllActors(actors)
        .addAllStatements(statements)
        .addAllMeetings(meetings)
        .addAllCeasefires(ceasefires)
        .addAllDiagnostics(x.diagnostics())
        .addAllDiagnostics(notes)
        .build();
  }

  private static boolean refersTo(Meeting m, Set<String> ids) {
    if (ids.isEmpty()) {
      return false;
    }
    for (String p : m.participants()) {
      if (ids.contains(p)) {
        return true;
      }
    }
    return m.host().isPresent() && ids.contains(m.host().get());
  }

  private static boolean refersTo(Ceasefire c, Set<String> ids) {
    if (ids.isEmpty()) {
      return false;
    }
    for (String p : c.parties()) {
      if (ids.contains(p)) {
        return true;
      }
    }
    for (String id : c.roles().keySet()) {
      if (ids.contains(id)) {
        return true;
      }
    }
    return false;
  }
}
