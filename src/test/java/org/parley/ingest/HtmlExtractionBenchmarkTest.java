package org.parley.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.testing.SharedData;

class HtmlExtractionBenchmarkTest {

  /** Mean per-page token F1 reached when this test was last tuned (181 pages). */
  private static final double RECORDED_MEAN_F1 = 0.9736;

  /** Micro-averaged token F1 reached at the same time. */
  private static final double RECORDED_MICRO_F1 = 0.9788;

  private static final double ALLOWED_DROP = 0.02;

  @Test
  void extractionQualityDoesNotRegress() {
    Path dir = SharedData.data("corpus/html-extraction-benchmark");
    HtmlExtractionBenchmark.Result result = HtmlExtractionBenchmark.run(dir);
    System.out.println("HTML extraction benchmark: " + result.summary());
    assertEquals(181, result.pages().size());
    assertThat(result.summary(), result.meanF1(), greaterThanOrEqualTo(RECORDED_MEAN_F1 - ALLOWED_DROP));
    assertThat(result.summary(), result.microF1(), greaterThanOrEqualTo(RECORDED_MICRO_F1 - ALLOWED_DROP));
  }

  @Test
  void scoresBagOfLowerCasedTokens() {
    HtmlExtractionBenchmark.PageScore s =
        HtmlExtractionBenchmark.score("p", "The cat, the HAT and menu", "the cat sat on the hat");
    // Overlap: the x2, cat, hat = 4 of 6 predicted and of 6 expected tokens.
    assertEquals(4.0 / 6, s.precision(), 1e-9);
    assertEquals(4.0 / 6, s.recall(), 1e-9);
    assertEquals(4.0 / 6, s.f1(), 1e-9);
  }

  @Test
  void emptyExtractionScoresZero() {
    assertEquals(0.0, HtmlExtractionBenchmark.score("p", "", "some words").f1(), 1e-9);
  }
}
