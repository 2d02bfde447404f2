package org.parley.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a coder on the CAMEO codebook examples: per sentence, whether any predicted event has the
 * example's CAMEO root (root accuracy) or its exact code (code accuracy); actors are not scored.
 */
public final class CameoManualScorer {

  private CameoManualScorer() {}

  /** Scores the predictions (sentence id to events) against the examples. */
  public static GoldSetResult score(
      String goldSet, List<CodebookExample> examples, Map<String, List<CodedEvent>> predicted) {
    int detected = 0;
    int rootHits = 0;
    int codeHits = 0;
    RootConfusion confusion = new RootConfusion();
    List<ErrorCase> errors = new ArrayList<>();
    for (CodebookExample example : examples) {
      GoldSentence sentence = example.sentence();
      List<CodedEvent> events = predicted.getOrDefault(sentence.id(), List.of());
      String goldRoot = CameoCodes.root(example.cameoCode());
      boolean rootHit = events.stream().anyMatch(e -> e.root().equals(goldRoot));
      boolean codeHit = events.stream().anyMatch(e -> e.cameoCode().equals(example.cameoCode()));
      detected += events.isEmpty() ? 0 : 1;
      rootHits += rootHit ? 1 : 0;
      codeHits += codeHit ? 1 : 0;
      confusion.add(Set.of(goldRoot), events);
      if (!codeHit) {
        errors.add(
            new ErrorCase(
                sentence.id(),
                ErrorCase.Kind.MISS,
                rootHit ? "code" : "root",
                example.cameoCode(),
                CodedEvent.briefs(events),
                sentence.text()));
      }
    }
    int n = examples.size();
    List<Metric> metrics =
        List.of(
            Metric.count("sentences", n),
            Metric.rate("detected", PrecisionRecall.ratio(detected, n)),
            Metric.rate("root_accuracy", PrecisionRecall.ratio(rootHits, n)),
            Metric.rate("code_accuracy", PrecisionRecall.ratio(codeHits, n)));
    return new GoldSetResult(goldSet, metrics, confusion.counts(), errors);
  }
}
