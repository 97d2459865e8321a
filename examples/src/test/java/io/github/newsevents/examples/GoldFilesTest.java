package io.github.newsevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldFilesTest {
  @Test
  void writesTheCorpusLayoutAndReadsItBackEqual() throws Exception {
    String out = StandardOutput.of(() -> GoldFiles.main(new String[0]));

    assertThat(out).startsWith("{\n \"actors\": [\n  {\n   \"name\": \"Ingrid Solberg\",\n   \"kind\": \"PERSON\",");
    assertThat(out).contains("   \"date\": \"2025-06-02\",\n   \"date_precision\": \"DAY\",");
    assertThat(out).endsWith("read back equal: true\nwritten again byte for byte: true\n");
  }
}
