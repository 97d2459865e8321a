package io.github.newsevents.validate;

import static io.github.newsevents.validate.Fixture.span;
import static io.github.newsevents.validate.Fixture.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.newsevents.model.Meeting;
import io.github.newsevents.model.Statement;
import io.github.newsevents.model.StatementKind;
import org.junit.jupiter.api.Test;

/** Issue 16, point 7: duplicate statements and repeated evidence spans are reported. */
class DuplicateRulesTest {
  @Test
  void theSameStatementTwiceIsAWarning() {
    Fixture f = new Fixture();
    f.statements.add(f.statements.get(0));

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("statement.duplicate", "statements[2]", Severity.WARNING));
  }

  @Test
  void theSameWordsWithOtherQuotationMarksAndCaseAreTheSameStatement() {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder().speaker("dmitry-peskov").text("\u2018Theoretically  possible\u2019")
        .kind(StatementKind.DIRECT).build());

    assertThat(standard(f.build())).extracting(Violation::code).containsExactly("statement.duplicate");
  }

  @Test
  void oneQuoteReportedDirectAndIndirectAtTheSameSpanIsAWarning() {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder().speaker("dmitry-peskov").text("theoretically possible")
        .kind(StatementKind.INDIRECT).span(span("\u201Ctheoretically possible\u201D")).build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("statement.duplicate", "statements[2].span"));
  }

  @Test
  void theSameWordsBySomeoneElseAreNoDuplicate() {
    Fixture f = new Fixture();
    f.statements.add(new Statement.Builder().speaker("donald-trump").text("theoretically possible")
        .kind(StatementKind.DIRECT).build());

    assertThat(standard(f.build())).isEmpty();
  }

  @Test
  void aRepeatedEvidenceSpanIsAWarning() {
    Fixture f = new Fixture();
    Meeting m = f.meetings.get(0);
    f.meetings.set(0, new Meeting.Builder()
        .addAllParticipants(m.participants())
        .location(m.location().get())
        .date(m.date().get())
        .kind(m.kind())
        .status(m.status())
        .host(m.host().get())
        .addAllEvidence(m.evidence())
        .addEvidence(m.evidence().get(0))
        .build());

    assertThat(standard(f.build()))
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple("evidence.duplicate", "meetings[0].evidence[1]", Severity.WARNING));
  }
}
