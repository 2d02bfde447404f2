package org.parley.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventMatchingTest {

  private static final CodedEvent USA_RUS_040 = new CodedEvent("USA", "RUS", "040");

  @Test
  void aGoldEventMatchesAtMostOncePredictedDuplicatesAreFalsePositives() {
    EventMatching matching =
        EventMatching.match(
            List.of(USA_RUS_040), List.of(USA_RUS_040, USA_RUS_040), Object::equals);
    assertEquals(new PrecisionRecall(1, 1, 0), matching.counts());
    assertThat(matching.unmatchedPredicted(), contains(1));
    assertThat(matching.unmatchedGold(), empty());
  }

  @Test
  void aPredictedEventMatchesAtMostOnceGoldDuplicatesAreMisses() {
    EventMatching matching =
        EventMatching.match(
            List.of(USA_RUS_040, USA_RUS_040), List.of(USA_RUS_040), Object::equals);
    assertEquals(new PrecisionRecall(1, 0, 1), matching.counts());
    assertThat(matching.unmatchedGold(), contains(1));
  }

  @Test
  void findsTheLargestMatchingWhereGreedyOrderWouldNot() {
    // The first gold event has an empty target and accepts both predictions; taking the first
    // prediction for it greedily would leave the second gold event unmatched.
    CodedEvent anyTarget = new CodedEvent("USA", "", "040");
    CodedEvent toRussia = new CodedEvent("USA", "RUS", "040");
    List<CodedEvent> predicted =
        List.of(new CodedEvent("USA", "RUS", "040"), new CodedEvent("USA", "CHN", "040"));
    EventMatching matching =
        EventMatching.match(List.of(anyTarget, toRussia), predicted, PloverScorer::tripleMatches);
    assertEquals(new PrecisionRecall(2, 0, 0), matching.counts());
  }

  @Test
  void emptySidesGiveOnlyMissesOrOnlyFalsePositives() {
    assertEquals(
        new PrecisionRecall(0, 0, 1),
        EventMatching.match(List.of(USA_RUS_040), List.<CodedEvent>of(), Object::equals).counts());
    assertEquals(
        new PrecisionRecall(0, 2, 0),
        EventMatching.match(
                List.<CodedEvent>of(), List.of(USA_RUS_040, USA_RUS_040), Object::equals)
            .counts());
  }
}
