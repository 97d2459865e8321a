package io.github.newsevents.validate;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.util.List;

/**
 * Rules about evidence: every item shows where it came from ({@link Validators#strict()} only), and
 * no item lists the same span twice.
 */
final class EvidenceRules {
  private EvidenceRules() {}

  static final Rule EVIDENCE_MISSING = Rule.of(
      "evidence.missing",
      Severity.ERROR,
      "Every actor has a mention, every statement a span, every meeting and ceasefire some"
          + " evidence: the text it was extracted from (strict only).",
      EvidenceRules::evidenceMissing);

  static final Rule EVIDENCE_DUPLICATE = Rule.of(
      "evidence.duplicate",
      Severity.WARNING,
      "No meeting or ceasefire lists the same evidence span twice, and no actor the same mention"
          + " twice (a repeated span adds nothing and usually means two records were merged twice).",
      EvidenceRules::evidenceDuplicate);

  private static void evidenceDuplicate(Extraction extraction, Rule.Context context) {
    List<Actor> actors = extraction.actors();
    for (int i = 0; i < actors.size(); i++) {
      repeated(actors.get(i).mentions(), "actors[" + i + "].mentions", context);
    }
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      repeated(meetings.get(i).evidence(), "meetings[" + i + "].evidence", context);
    }
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      repeated(ceasefires.get(i).evidence(), "ceasefires[" + i + "].evidence", context);
    }
  }

  private static void repeated(List<io.github.newsevents.model.Span> spans, String path, Rule.Context context) {
    java.util.Set<io.github.newsevents.model.Span> seen = new java.util.HashSet<>();
    for (int k = 0; k < spans.size(); k++) {
      if (!seen.add(spans.get(k))) {
        context.report(path + "[" + k + "]", "the span " + spans.get(k).start() + "-" + spans.get(k).end()
            + " is listed before; list each span once");
      }
    }
  }

  private static void evidenceMissing(Extraction extraction, Rule.Context context) {
    List<Actor> actors = extraction.actors();
    for (int i = 0; i < actors.size(); i++) {
      if (actors.get(i).mentions().isEmpty()) {
        context.report(
            "actors[" + i + "].mentions",
            "actor '" + actors.get(i).id() + "' has no mention; add the span of each place the"
                + " article names it");
      }
    }
    List<Statement> statements = extraction.statements();
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).span().isEmpty()) {
        context.report(
            "statements[" + i + "].span",
            "the statement has no span; add the span of its words in the article");
      }
    }
    List<Meeting> meetings = extraction.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      if (meetings.get(i).evidence().isEmpty()) {
        context.report(
            "meetings[" + i + "].evidence",
            "the meeting has no evidence; add the span of the text that reports it");
      }
    }
    List<Ceasefire> ceasefires = extraction.ceasefires();
    for (int i = 0; i < ceasefires.size(); i++) {
      if (ceasefires.get(i).evidence().isEmpty()) {
        context.report(
            "ceasefires[" + i + "].evidence",
            "the ceasefire has no evidence; add the span of the text that reports it");
      }
    }
  }
}
