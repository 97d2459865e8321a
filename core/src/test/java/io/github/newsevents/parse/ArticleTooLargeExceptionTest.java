package io.github.newsevents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTooLargeExceptionTest {

  @Test
  void carriesBothSizesAndTellsHowToRaiseTheLimit() {
    ArticleTooLargeException e = new ArticleTooLargeException(12_000_000, 10_485_760);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.length()).isEqualTo(12_000_000);
    assertThat(e.limit()).isEqualTo(10_485_760);
    assertThat(e.getMessage())
        .isEqualTo(
            "article text has 12000000 characters, more than the limit of 10485760; raise it with"
                + " ParseOptions.withMaxLength(int)");
  }
}
