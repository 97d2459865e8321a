package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlScoreReportTest {
  @Test
  void writesOneSelfContainedPage(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("report.html");

    String out = StandardOutput.of(() -> HtmlScoreReport.main(new String[] {page.toString()}));

    assertThat(out).startsWith("wrote " + page + "\nstatements ");
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Extraction score</h1>", "Article seed",
        "Kremlin spokesperson Dmitry Peskov").doesNotContain("<script", "https://");
  }
}
