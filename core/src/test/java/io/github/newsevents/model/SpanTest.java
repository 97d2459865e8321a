package io.github.newsevents.model;

import static io.github.newsevents.model.ValueAssertions.assertEqualExactlyWhenAttributesAre;
import static io.github.newsevents.model.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void ofAndTheBuilderGiveTheSameSpan() {
    Span span = Span.of(4, 9);

    assertThat(span.start()).isEqualTo(4);
    assertThat(span.end()).isEqualTo(9);
    assertThat(new Span.Builder().start(4).end(9).build()).isEqualTo(span);
  }

  @Test
  void anEmptySpanIsAllowed() {
    assertThat(Span.of(0, 0).length()).isZero();
    assertThat(Span.of(7, 7).of("Kyiv talks")).isEmpty();
  }

  @Test
  void aNegativeStartIsRefused() {
    assertRefused(() -> Span.of(-1, 3), "Span.start").hasMessageContaining("-1");
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    assertRefused(() -> Span.of(5, 4), "Span.end").hasMessageContaining("Span.start");
    assertRefused(() -> new Span.Builder().start(5).end(4).build(), "Span.end");
  }

  @Test
  void aMissingAttributeIsNamed() {
    assertRefused(() -> new Span.Builder().start(1).build(), "end");
  }

  @Test
  void theBuilderIsStrict() {
    assertRefused(() -> new Span.Builder().start(1).start(2), "start");
  }

  @Test
  void lengthCountsUtf16Units() {
    String text = "talks 🕊 now";
    Span dove = Span.of(6, 8);

    assertThat(dove.length()).isEqualTo(2);
    assertThat(dove.of(text)).isEqualTo("🕊");
  }

  @Test
  void ofGivesTheTextItMarks() {
    assertThat(Span.of(0, 4).of("Kyiv talks")).isEqualTo("Kyiv");
    assertThat(Span.of(5, 10).of("Kyiv talks")).isEqualTo("talks");
    assertThatThrownBy(() -> Span.of(5, 11).of("Kyiv talks"))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void enclosesWhatLiesWhollyInside() {
    Span span = Span.of(10, 20);

    assertThat(span.encloses(Span.of(10, 20))).isTrue();
    assertThat(span.encloses(Span.of(12, 15))).isTrue();
    assertThat(span.encloses(Span.of(10, 10))).isTrue();
    assertThat(span.encloses(Span.of(20, 20))).isTrue();
    assertThat(span.encloses(Span.of(9, 15))).isFalse();
    assertThat(span.encloses(Span.of(15, 21))).isFalse();
    assertThat(span.encloses(Span.of(0, 30))).isFalse();
  }

  @Test
  void ordersByStartThenEnd() {
    List<Span> spans =
        new ArrayList<>(List.of(Span.of(5, 9), Span.of(0, 3), Span.of(5, 6), Span.of(0, 0)));
    Collections.sort(spans);

    assertThat(spans).containsExactly(Span.of(0, 0), Span.of(0, 3), Span.of(5, 6), Span.of(5, 9));
    assertThat(Span.of(2, 4).compareTo(Span.of(2, 4))).isZero();
  }

  @Test
  void equalExactlyWhenAttributesAre() {
    assertEqualExactlyWhenAttributesAre(
        Span.class,
        changed -> Span.of(changed.equals("start") ? 2 : 1, changed.equals("end") ? 4 : 3));
  }
}
