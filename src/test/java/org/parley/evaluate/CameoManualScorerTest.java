package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CameoManualScorerTest {

  private static CodebookExample example(String id, String code) {
    return new CodebookExample(
        new GoldSentence(id, "Example " + id + ".", null), code, "name", null);
  }

  @Test
  void rootAndCodeAccuracyAreOverAllExamplesAndIgnoreActors() {
    List<CodebookExample> examples =
        List.of(
            example("a", "0312"), example("b", "0312"), example("c", "190"), example("d", "173"));
    Map<String, List<CodedEvent>> predicted =
        Map.of(
            "a", List.of(new CodedEvent("", "", "0312")),
            "b", List.of(new CodedEvent("JOR", "GBR", "036"), new CodedEvent("JOR", "GBR", "010")),
            "c", List.of(new CodedEvent("USA", "IRQ", "193")));
    GoldSetResult result = CameoManualScorer.score("cameo-manual", examples, predicted);
    assertEquals(4, result.value("sentences"));
    assertEquals(0.75, result.value("detected"));
    assertEquals(0.75, result.value("root_accuracy"));
    assertEquals(0.25, result.value("code_accuracy"));
    assertEquals(
        List.of("b:code", "c:code", "d:root"),
        result.errors().stream().map(e -> e.sentenceId() + ":" + e.field()).toList());
    assertEquals(
        Map.of("03", Map.of("03", 2), "17", Map.of("none", 1), "19", Map.of("19", 1)),
        result.rootConfusion());
  }
}
