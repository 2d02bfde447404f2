package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every gold set end to end with an oracle coder and with an empty coder. */
class GoldSetEvaluationTest {

  private static Path goldDir;

  @BeforeAll
  static void locateGold() {
    goldDir = GoldData.goldDir();
  }

  @Test
  void theOracleScoresOneOnEveryRateOfEveryGoldSet() {
    GoldOracle oracle = GoldOracle.perfect(goldDir);
    Evaluation evaluation = Evaluation.run(List.of(GoldSet.values()), goldDir, oracle);
    assertEquals(5, evaluation.results().size());
    for (GoldSetResult result : evaluation.results()) {
      for (Metric metric : result.metrics()) {
        if (!metric.isCount()) {
          assertEquals(1.0, metric.value(), result.goldSet() + " " + metric.name());
        }
      }
      assertEquals(List.of(), result.errors(), result.goldSet() + " has errors");
    }
  }

  @Test
  void onlyScoredSentencesAreSentToTheCoderOneBatchPerGoldSet() {
    GoldOracle oracle = GoldOracle.perfect(goldDir);
    Evaluation.run(List.of(GoldSet.values()), goldDir, oracle);
    // plover: 112 - 1 without CAMEO code; up-gsr: 78 - 1 without text;
    // petrarch-unittest: 284 - 7 expected errors
    assertEquals(List.of(111, 77, 1908, 128, 277), oracle.batchSizes());
  }

  @Test
  void theEmptyCoderHasZeroRecallAndLeavesEveryNoEventRecordEmpty() {
    Evaluation evaluation = Evaluation.run(List.of(GoldSet.values()), goldDir, GoldOracle.empty());
    for (GoldSetResult result : evaluation.results()) {
      for (Metric metric : result.metrics()) {
        if (!metric.isCount()) {
          double expected = metric.name().equals("noevent_share") ? 1.0 : 0.0;
          assertEquals(expected, metric.value(), result.goldSet() + " " + metric.name());
        }
      }
    }
  }

  @Test
  void reportsTheGoldCountsOfEachSet() {
    Evaluation evaluation = Evaluation.run(List.of(GoldSet.values()), goldDir, GoldOracle.empty());
    GoldSetResult plover = evaluation.result("plover");
    assertEquals(112, plover.value("sentences"));
    assertEquals(111, plover.value("sentences_scored"));
    assertEquals(120, plover.value("gold_events"));
    GoldSetResult upGsr = evaluation.result("up-gsr");
    assertEquals(78, upGsr.value("records"));
    assertEquals(77, upGsr.value("records_scored"));
    assertEquals(1, upGsr.value("skipped_no_text"));
    assertEquals(79, upGsr.value("gold_events"));
    assertEquals(12, upGsr.value("noevent_records"));
    assertEquals(12, upGsr.value("noevent_correct"));
    GoldSetResult police = evaluation.result("india-police");
    assertEquals(1908, police.value("sentences"));
    assertEquals(23, police.value("arrest_gold"));
    assertEquals(29, police.value("force_gold"));
    assertEquals(19, police.value("kill_gold"));
    assertEquals(245, police.value("any_action_gold"));
    assertEquals(128, evaluation.result("cameo-manual").value("sentences"));
    GoldSetResult unit = evaluation.result("petrarch-unittest");
    assertEquals(284, unit.value("records"));
    assertEquals(7, unit.value("skipped_error"));
    assertEquals(359, unit.value("gold_events"));
    assertEquals(19, unit.value("noevent_records"));
  }
}
