package io.github.newsevents.testkit.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Span;
import io.github.newsevents.model.Statement;

/**
 * An extraction as the JSON of the newsevents contract, those of its fields the scorer reads
 * (this module cannot use newsevents-jackson, whose tests use it): what the command line writes
 * for actors, statements, meetings and ceasefires, absent optionals as null.
 */
final class PredictionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PredictionJson() {}

  static String of(Extraction e) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode actors = root.putArray("actors");
    for (Actor a : e.actors()) {
      ObjectNode n = actors.addObject();
      n.put("id", a.id());
      n.put("name", a.name());
      n.put("kind", a.kind().name());
      a.titles().forEach(n.putArray("titles")::add);
      n.put("country", a.country().orElse(null));
      a.aliases().forEach(n.putArray("aliases")::add);
    }
    ArrayNode statements = root.putArray("statements");
    for (Statement s : e.statements()) {
      ObjectNode n = statements.addObject();
      n.put("speaker", s.speaker().orElse(null));
      n.put("text", s.text());
      n.put("kind", s.kind().name());
      s.span().ifPresentOrElse(sp -> span(n.putObject("span"), sp), () -> n.putNull("span"));
    }
    ArrayNode meetings = root.putArray("meetings");
    for (Meeting m : e.meetings()) {
      ObjectNode n = meetings.addObject();
      m.participants().forEach(n.putArray("participants")::add);
      m.location().ifPresentOrElse(
          l -> n.putObject("location").put("name", l.name()).put("country", l.country().orElse(null)),
          () -> n.putNull("location"));
      n.put("date", m.date().map(Object::toString).orElse(null));
      n.put("kind", m.kind().name());
      n.put("status", m.status().name());
      ArrayNode evidence = n.putArray("evidence");
      m.evidence().forEach(sp -> span(evidence.addObject(), sp));
    }
    ArrayNode ceasefires = root.putArray("ceasefires");
    for (Ceasefire c : e.ceasefires()) {
      ObjectNode n = ceasefires.addObject();
      c.parties().forEach(n.putArray("parties")::add);
      n.put("scope", c.scope().name());
      n.put("scopeNote", c.scopeNote().orElse(null));
      n.put("duration", c.duration().map(Object::toString).orElse(null));
      n.put("date", c.date().map(Object::toString).orElse(null));
      n.put("status", c.status().name());
      ArrayNode evidence = n.putArray("evidence");
      c.evidence().forEach(sp -> span(evidence.addObject(), sp));
    }
    return root.toPrettyString();
  }

  private static void span(ObjectNode n, Span s) {
    n.put("start", s.start());
    n.put("end", s.end());
  }
}
