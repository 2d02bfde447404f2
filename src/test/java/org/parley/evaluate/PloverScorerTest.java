package org.parley.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PloverScorerTest {

  private static GoldActor actor(String code) {
    return new GoldActor(code.toLowerCase(), code, null);
  }

  private static PloverRecord record(
      String id, List<String> sources, List<String> targets, String cameoCode) {
    return new PloverRecord(
        new GoldSentence(id, "Sentence " + id + ".", null),
        sources.stream().map(PloverScorerTest::actor).toList(),
        targets.stream().map(PloverScorerTest::actor).toList(),
        "CONSULT",
        cameoCode);
  }

  private static CodedEvent event(String source, String target, String code) {
    return new CodedEvent(source, target, code);
  }

  @Test
  void dyadComparesCountriesAndAnEmptyGoldSideMatchesAnything() {
    assertTrue(
        PloverScorer.dyadMatches(event("USA", "RUS", "040"), event("USAGOV", "RUSMIL", "190")));
    assertTrue(PloverScorer.dyadMatches(event("USA", "", "040"), event("USAGOV", "CHN", "040")));
    assertTrue(PloverScorer.dyadMatches(event("USA", "", "040"), event("USA", "", "040")));
    assertFalse(PloverScorer.dyadMatches(event("USA", "RUS", "040"), event("USA", "", "040")));
    assertFalse(PloverScorer.dyadMatches(event("USA", "RUS", "040"), event("RUS", "USA", "040")));
    assertTrue(
        PloverScorer.dyadMatches(event("IGO", "SRB", "040"), event("IGOWSTNAT", "SRB", "040")));
  }

  @Test
  void tripleNeedsDyadAndRootInTheSameEvent() {
    assertTrue(PloverScorer.tripleMatches(event("USA", "RUS", "0312"), event("USA", "RUS", "036")));
    assertFalse(
        PloverScorer.tripleMatches(event("USA", "RUS", "0312"), event("USA", "RUS", "043")));
  }

  @Test
  void scoresSentenceAccuraciesOverAllScoredSentences() {
    List<PloverRecord> records =
        List.of(
            record("a", List.of("USA"), List.of("RUS"), "040"),
            record("b", List.of("FRA"), List.of("DEU"), "190"),
            record("c", List.of("ISR"), List.of(), "173"),
            record("d", List.of("GBR"), List.of("IRL"), "057"));
    Map<String, List<CodedEvent>> predicted =
        Map.of(
            // a: everything right
            "a", List.of(event("USAGOV", "RUS", "042")),
            // b: dyad from one event, root from another: no triple
            "b", List.of(event("FRA", "DEU", "040"), event("CHN", "JPN", "193")),
            // c: empty gold target matches any target
            "c", List.of(event("ISRMIL", "PSE", "173")));
    GoldSetResult result = PloverScorer.score("plover", records, predicted);
    assertEquals(4, result.value("sentences_scored"));
    assertEquals(0.75, result.value("detected"));
    assertEquals(0.75, result.value("root_accuracy"));
    assertEquals(0.75, result.value("dyad_accuracy"));
    assertEquals(0.5, result.value("triple_accuracy"));
  }

  @Test
  void compoundGoldGivesOneEventPerPairAndEachMatchesAtMostOnce() {
    List<PloverRecord> records = List.of(record("a", List.of("JOR", "GBR"), List.of(), "0312"));
    Map<String, List<CodedEvent>> predicted =
        Map.of(
            "a",
            List.of(
                event("JOR", "GBR", "036"),
                event("JORGOV", "GBR", "030"),
                event("USA", "GBR", "036")));
    GoldSetResult result = PloverScorer.score("plover", records, predicted);
    assertEquals(2, result.value("gold_events"));
    assertEquals(3, result.value("predicted_events"));
    // both JOR predictions fit the JOR gold event, but it matches only once; GBR is missed
    assertEquals(1, result.value("triple_tp"));
    assertEquals(2, result.value("triple_fp"));
    assertEquals(1, result.value("triple_fn"));
    assertEquals(1.0 / 3, result.value("triple_precision"), 1e-12);
    assertEquals(0.5, result.value("triple_recall"), 1e-12);
    assertEquals(0.4, result.value("triple_f1"), 1e-12);
    assertEquals(1.0, result.value("triple_accuracy"));
  }

  @Test
  void leavesARecordWithoutCameoCodeOutOfEveryMetric() {
    List<PloverRecord> records =
        List.of(
            record("a", List.of("USA"), List.of("RUS"), "040"),
            record("nocode", List.of("AZE"), List.of("RUS"), null));
    Map<String, List<CodedEvent>> predicted =
        Map.of(
            "a",
            List.of(event("USA", "RUS", "040")),
            "nocode",
            List.of(event("AZE", "RUS", "130")));
    GoldSetResult result = PloverScorer.score("plover", records, predicted);
    assertEquals(2, result.value("sentences"));
    assertEquals(1, result.value("sentences_scored"));
    assertEquals(1.0, result.value("detected"));
    assertEquals(0, result.value("triple_fp"));
    assertEquals(1.0, result.value("triple_precision"));
  }

  @Test
  void listsMissesAndFalsePositivesWithTheSentence() {
    List<PloverRecord> records = List.of(record("a", List.of("USA"), List.of("RUS"), "040"));
    GoldSetResult result =
        PloverScorer.score("plover", records, Map.of("a", List.of(event("RUS", "USA", "040"))));
    assertThat(
        result.errors(),
        contains(
            new ErrorCase(
                "a", ErrorCase.Kind.MISS, "triple", "USA RUS 040", "RUS USA 040", "Sentence a."),
            new ErrorCase(
                "a",
                ErrorCase.Kind.FALSE_POSITIVE,
                "triple",
                "USA RUS 040",
                "RUS USA 040",
                "Sentence a.")));
    assertEquals(Map.of("04", Map.of("04", 1)), result.rootConfusion());
  }
}
