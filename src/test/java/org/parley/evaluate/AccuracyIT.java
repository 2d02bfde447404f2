package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the published accuracy: the real pipeline over the PLOVER and UniversalPetrarch dev sets must
 * not fall more than 0.02 below the numbers recorded in docs/accuracy-baseline.json.
 */
class AccuracyIT {

  private static final double TOLERANCE = 0.02;
  private static Evaluation evaluation;
  private static JsonNode baseline;

  @BeforeAll
  static void evaluate() throws Exception {
    baseline = new ObjectMapper().readTree(Path.of("docs/accuracy-baseline.json").toFile());
    evaluation = Evaluation.run(List.of(GoldSet.PLOVER, GoldSet.UP_GSR), GoldData.goldDir(),
        SentenceCoders.pipeline(new String[] {"--progressSeconds=0"}));
    System.out.println(evaluation.table());
  }

  private static void assertNotBelowBaseline(String goldSet, String metric) {
    double recorded = baseline.path(goldSet).path(metric).asDouble(Double.NaN);
    assertTrue(!Double.isNaN(recorded), "docs/accuracy-baseline.json has no " + goldSet + "." + metric);
    double now = evaluation.result(goldSet).value(metric);
    assertTrue(now >= recorded - TOLERANCE, String.format(java.util.Locale.ROOT,
        "%s %s fell to %.4f, more than %.2f below the recorded %.4f", goldSet, metric, now, TOLERANCE, recorded));
  }

  @Test
  void ploverTripleAccuracyHoldsItsRecordedLevel() {
    assertNotBelowBaseline("plover", "triple_accuracy");
  }

  @Test
  void upGsrTripleF1HoldsItsRecordedLevel() {
    assertNotBelowBaseline("up-gsr", "triple_f1");
  }
}
