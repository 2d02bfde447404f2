package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;

class PetrarchScorerTest {

  private static PetrarchRecord record(String id, List<CodedEvent> events) {
    return record(id, "Sentence " + id + ".", true, events, false, null);
  }

  private static PetrarchRecord record(
      String id,
      String text,
      boolean evaluate,
      List<CodedEvent> events,
      boolean noEvents,
      @Nullable String error) {
    return new PetrarchRecord(
        new GoldSentence(id, text, null), "T", evaluate, events, noEvents, error);
  }

  private static CodedEvent event(String source, String target, String code) {
    return new CodedEvent(source, target, code);
  }

  @Test
  void skipsErrorNotEvaluatedAndTextlessRecordsAndDoesNotCodeThem() {
    List<PetrarchRecord> records =
        List.of(
            record("ok", List.of(event("USA", "RUS", "040"))),
            record("err", "Somewhere: --", true, List.of(), false, "dateline"),
            record("off", "Sentence off.", false, List.of(event("USA", "RUS", "040")), false, null),
            record("blank", "", true, List.of(event("USA", "RUS", "040")), false, null));
    assertEquals(
        List.of("ok"),
        PetrarchScorer.scored(records).stream().map(r -> r.sentence().id()).toList());
    GoldSetResult result =
        PetrarchScorer.score("up-gsr", records, Map.of("ok", List.of(event("USA", "RUS", "040"))));
    assertEquals(4, result.value("records"));
    assertEquals(1, result.value("records_scored"));
    assertEquals(1, result.value("skipped_error"));
    assertEquals(1, result.value("skipped_not_evaluated"));
    assertEquals(1, result.value("skipped_no_text"));
    assertEquals(1, result.value("gold_events"));
    assertEquals(1.0, result.value("triple_recall"));
  }

  @Test
  void triplesCompareCountriesAndRootsExactRecallComparesFullCodes() {
    List<PetrarchRecord> records =
        List.of(
            record(
                "a",
                List.of(event("IRQGOVMIL", "SYRGOV", "040"), event("SYRGOV", "IRQGOVMIL", "040"))));
    Map<String, List<CodedEvent>> predicted =
        Map.of("a", List.of(event("IRQMIL", "SYR", "043"), event("SYRGOV", "IRQGOVMIL", "040")));
    GoldSetResult result = PetrarchScorer.score("up-gsr", records, predicted);
    assertEquals(2, result.value("triple_tp"));
    assertEquals(1.0, result.value("triple_precision"));
    assertEquals(1, result.value("exact_tp"));
    assertEquals(0.5, result.value("exact_recall"));
  }

  @Test
  void anEmptyGoldActorOnlyMatchesAnEmptyPredictedOne() {
    List<PetrarchRecord> records = List.of(record("a", List.of(event("USA", "", "040"))));
    GoldSetResult wrong =
        PetrarchScorer.score("up-gsr", records, Map.of("a", List.of(event("USA", "RUS", "040"))));
    assertEquals(0, wrong.value("triple_tp"));
    GoldSetResult right =
        PetrarchScorer.score("up-gsr", records, Map.of("a", List.of(event("USA", "", "040"))));
    assertEquals(1, right.value("triple_tp"));
  }

  @Test
  void eachGoldEventMatchesAtMostOnce() {
    List<PetrarchRecord> records =
        List.of(record("a", List.of(event("SYRREB", "PHL", "193"), event("USA", "RUS", "1124"))));
    Map<String, List<CodedEvent>> predicted =
        Map.of(
            "a",
            List.of(
                event("SYRREB", "PHL", "193"),
                event("SYR", "PHL", "190"),
                event("SYRREB", "PHL", "193")));
    GoldSetResult result = PetrarchScorer.score("up-gsr", records, predicted);
    assertEquals(1, result.value("triple_tp"));
    assertEquals(2, result.value("triple_fp"));
    assertEquals(1, result.value("triple_fn"));
  }

  @Test
  void noEventShareCountsNoeventRecordsLeftEmptyAndFalseAlarmsAreFalsePositives() {
    List<PetrarchRecord> records =
        List.of(
            record("quiet", "Sentence quiet.", true, List.of(), true, null),
            record("noisy", "Sentence noisy.", true, List.of(), true, null),
            record("plain", List.of(event("USA", "RUS", "040"))));
    Map<String, List<CodedEvent>> predicted =
        Map.of("noisy", List.of(event("USA", "RUS", "040")), "plain", List.of());
    GoldSetResult result = PetrarchScorer.score("up-gsr", records, predicted);
    assertEquals(2, result.value("noevent_records"));
    assertEquals(1, result.value("noevent_correct"));
    assertEquals(0.5, result.value("noevent_share"));
    assertEquals(1, result.value("triple_fp"));
    assertEquals(1, result.value("triple_fn"));
    assertEquals(0.0, result.value("triple_f1"));
  }
}
