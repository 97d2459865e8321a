package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementTest {

  @Test
  void onlyTextAndKindAreRequired() {
    Statement s =
        new Statement.Builder().text("We are ready to talk").kind(StatementKind.DIRECT).build();

    assertThat(s.speaker()).isEmpty();
    assertThat(s.verb()).isEmpty();
    assertThat(s.channel()).isEmpty();
    assertThat(s.date()).isEmpty();
    assertThat(s.span()).isEmpty();
  }

  @Test
  void anAbsentOptionalEqualsOneNeverSet() {
    assertThat(
            new Statement.Builder()
                .text("No.")
                .kind(StatementKind.DIRECT)
                .speaker(Optional.empty())
                .build())
        .isEqualTo(new Statement.Builder().text("No.").kind(StatementKind.DIRECT).build());
  }

  @BlankStringTest
  void aBlankTextIsRefused(String blank) {
    assertRefused(
        () -> new Statement.Builder().text(blank).kind(StatementKind.INDIRECT).build(),
        "Statement.text");
  }

  @BlankStringTest
  void aBlankSpeakerIsRefused(String blank) {
    assertRefused(() -> builder().speaker(blank).build(), "Statement.speaker");
  }

  @BlankStringTest
  void aBlankVerbIsRefused(String blank) {
    assertRefused(() -> builder().verb(blank).build(), "Statement.verb");
  }

  @BlankStringTest
  void aBlankChannelIsRefused(String blank) {
    assertRefused(() -> builder().channel(blank).build(), "Statement.channel");
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Statement.class,
        changed ->
            new Statement.Builder()
                .speaker(changed.equals("speaker") ? "dmitry-peskov" : "donald-trump")
                .text(changed.equals("text") ? "Hamas must agree" : "Hamas must accept")
                .kind(changed.equals("kind") ? StatementKind.INDIRECT : StatementKind.DIRECT)
                .verb(changed.equals("verb") ? "wrote" : "posted")
                .channel(changed.equals("channel") ? "a statement" : "Truth Social")
                .date(
                    changed.equals("date")
                        ? PartialDate.parse("2025-04-12")
                        : PartialDate.parse("2025-04-11"))
                .span(changed.equals("span") ? Span.of(10, 26) : Span.of(10, 27))
                .build());
  }

  private static Statement.Builder builder() {
    return new Statement.Builder().text("We are ready to talk").kind(StatementKind.DIRECT);
  }
}
