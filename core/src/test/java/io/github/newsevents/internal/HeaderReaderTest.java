package io.github.newsevents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.model.Diagnostic;
import io.github.newsevents.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private HeaderReader.Header read(String text) {
    return HeaderReader.read(text, diagnostics);
  }

  @Test
  void inlineFormStartsTheBodyAfterTheDate() {
    String text = " date 2025-04-12 The ministry said.";
    HeaderReader.Header h = read(text);
    assertThat(h.published()).contains(PartialDate.of(2025, 4, 12));
    assertThat(h.bodyStart()).isEqualTo(text.indexOf("The"));
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void blockFormStartsTheBodyAfterTheBlankLine() {
    String text = "\uFEFFdate: 2025-04-12\r\nheadline: Talks\r\n\r\nBody.";
    HeaderReader.Header h = read(text);
    assertThat(h.published()).contains(PartialDate.of(2025, 4, 12));
    assertThat(h.headline()).contains("Talks");
    assertThat(h.bodyStart()).isEqualTo(text.indexOf("Body"));
  }

  @Test
  void leadingBlankLinesBeforeTheHeaderAreSkipped() {
    String text = "\n\n  \ndate 2025-04-12\n\nBody.";
    assertThat(read(text).published()).contains(PartialDate.of(2025, 4, 12));
    assertThat(read(text).bodyStart()).isEqualTo(text.indexOf("Body"));
  }

  @Test
  void plainTextStartsAtZero() {
    HeaderReader.Header h = read("The ministry said talks would resume.");
    assertThat(h.bodyStart()).isZero();
    assertThat(h.published()).isEmpty();
    assertThat(read("Date night: a story").bodyStart()).isZero();
    assertThat(read("Title IX was cited.").bodyStart()).isZero();
  }

  @Test
  void capitalisedKeysNeedAColon() {
    assertThat(read("Author Jane Doe said so.").authors()).isEmpty();
    assertThat(read("Author: Jane Doe\n\nText").authors()).containsExactly("Jane Doe");
  }

  @Test
  void authorListsAreSplitAndDeduplicated() {
    List<String> authors = new ArrayList<>();
    String v = "By Jane Doe, John Roe & Ann Poe and Jane Doe; Li Wei";
    HeaderReader.addAuthors(v, 0, v.length(), authors);
    assertThat(authors).containsExactly("Jane Doe", "John Roe", "Ann Poe", "Li Wei");
  }

  @Test
  void languageTagsAreNormalised() {
    assertThat(read("language: EN_gb\n\nText").language()).contains("en-GB");
    assertThat(read("lang fr\n\nText").language()).contains("fr");
  }

  @Test
  void aHeaderRunningToTheEndHasNoBody() {
    String text = "date 2025-04-12\nsource: Wire";
    assertThat(read(text).bodyStart()).isEqualTo(text.length());
    assertThat(read(text).source()).contains("Wire");
  }
}
