package io.github.newsevents.validate;

import io.github.newsevents.model.Actor;
import io.github.newsevents.model.Ceasefire;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import java.util.List;

/** The rule of {@link Validators#strict()} that every extracted item shows where it came from. */
final class EvidenceRules {
  private EvidenceRules() {}

  static final Rule EVIDENCE_MISSING = Rule.of(
      "evidence.missing",
      Severity.ERROR,
      "Every actor has a mention, every statement a span, every meeting and ceasefire some"
          + " evidence: the text it was extracted from (strict only).",
      EvidenceRules::evidenceMissing);

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
