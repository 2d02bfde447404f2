package org.parley.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scoring error for error analysis: a gold event or label the coder missed, or a predicted one
 * that matched nothing, with the sentence it came from.
 */
public record ErrorCase(
    String sentenceId, Kind kind, String field, String gold, String predicted, String text) {

  /** What went wrong. */
  public enum Kind {
    /** A gold event (or positive label) that the coder did not produce. */
    MISS,
    /** A predicted event (or positive label) that matched no gold one. */
    FALSE_POSITIVE
  }

  /** Checks that no field is null. */
  public ErrorCase {
    Objects.requireNonNull(sentenceId, "sentenceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The misses (unmatched gold events) and false positives (unmatched predicted events) of one
   * sentence, each listed with all events of the other side.
   */
  public static List<ErrorCase> eventErrors(
      GoldSentence sentence,
      List<CodedEvent> gold,
      List<CodedEvent> predicted,
      EventMatching matching) {
    List<ErrorCase> cases = new ArrayList<>();
    String allGold = CodedEvent.briefs(gold);
    String allPredicted = CodedEvent.briefs(predicted);
    for (int g : matching.unmatchedGold()) {
      cases.add(
          new ErrorCase(
              sentence.id(),
              Kind.MISS,
              "triple",
              gold.get(g).brief(),
              allPredicted,
              sentence.text()));
    }
    for (int p : matching.unmatchedPredicted()) {
      cases.add(
          new ErrorCase(
              sentence.id(),
              Kind.FALSE_POSITIVE,
              "triple",
              allGold,
              predicted.get(p).brief(),
              sentence.text()));
    }
    return cases;
  }
}
