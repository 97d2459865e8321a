package io.github.newsevents.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsevents.NewsEvents;
import io.github.newsevents.model.Extraction;
import io.github.newsevents.validate.ValidationResult;
import io.github.newsevents.validate.Validators;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the extractor builds passes the standard validators: no ERROR, on the seed and on our articles. */
class ExtractionValidityTest {

  static Stream<String> articles() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add(ExtractorTest.seed());
    texts.add(News.article("2025-04-14",
        "GENEVA (Reuters) - Foreign Minister Lena Marsh of Norway met Russian President Oskar Vallin on Friday.",
        "\u201CWe are closer than we were,\u201D she said. \u201CBut nothing is agreed.\u201D",
        "The talks, which focused on prisoner exchanges, will resume next week in Oslo, a Norwegian official said.",
        "A 30-day ceasefire between Armenia and Azerbaijan took effect on Monday, and a truce in the Black Sea"
            + " was violated twice, the Kremlin said.",
        "\u201CThis has to stop,",
        "\u201Cand it has to stop now,\u201D Marsh told reporters."));
    texts.add(News.article("2024-11-03",
        "President Jonas Keller will meet Prime Minister Aino Virtanen in Helsinki on Tuesday, officials said.",
        "A phone call between Keller and Chancellor Olaf Brandt was called off, Brandt's office said.",
        "Hamas and Israel agreed to a humanitarian truce that will run from 5 November to 12 November,"
            + " Qatar said, brokered by Egypt."));
    texts.add(News.undated(
        "Envoys from the United States and China held talks in Geneva on Friday.",
        "\u201CThe door is open,\u201D a senior US official said."));
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void theStandardValidatorsFindNoError(String text) {
    Extraction x = NewsEvents.extract(text);
    ValidationResult result = Validators.standard().validate(x);
    assertThat(result.errors()).as("errors in %s", x).isEmpty();
    assertThat(x.actors()).isNotEmpty();
  }
}
