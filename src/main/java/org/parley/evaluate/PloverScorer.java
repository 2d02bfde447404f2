package org.parley.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a coder on the PLOVER gold records: sentence-level detection, root, dyad and triple
 * accuracy, and event-level triple precision, recall and F1.
 *
 * <p>Gold events are {@link PloverRecord#goldEvents()}: one per (source, target) pair. Countries
 * are compared with {@link CameoCodes#country(String)} and an empty gold side matches any predicted
 * actor. The one record without a CAMEO code cannot be scored on codes and is left out of every
 * metric (it is not sent to the coder), so all PLOVER numbers describe the same sentences.
 */
public final class PloverScorer {

  private PloverScorer() {}

  /** The records that are scored: those with a CAMEO code. */
  public static List<PloverRecord> scored(List<PloverRecord> records) {
    return records.stream().filter(record -> record.cameoCode() != null).toList();
  }

  /**
   * Whether a predicted event has the gold event's countries (an empty gold side matches anything).
   */
  public static boolean dyadMatches(CodedEvent gold, CodedEvent predicted) {
    return sideMatches(gold.sourceCountry(), predicted.sourceCountry())
        && sideMatches(gold.targetCountry(), predicted.targetCountry());
  }

  /** Whether a predicted event matches the gold event's dyad and CAMEO root. */
  public static boolean tripleMatches(CodedEvent gold, CodedEvent predicted) {
    return dyadMatches(gold, predicted) && gold.root().equals(predicted.root());
  }

  private static boolean sideMatches(String goldCountry, String predictedCountry) {
    return goldCountry.isEmpty() || goldCountry.equals(predictedCountry);
  }

  /** Scores the predictions (sentence id to events) against all records read from the gold file. */
  public static GoldSetResult score(
      String goldSet, List<PloverRecord> records, Map<String, List<CodedEvent>> predicted) {
    List<PloverRecord> scored = scored(records);
    int detected = 0;
    int rootHits = 0;
    int dyadHits = 0;
    int tripleHits = 0;
    int goldEvents = 0;
    int predictedEvents = 0;
    PrecisionRecall counts = PrecisionRecall.ZERO;
    RootConfusion confusion = new RootConfusion();
    List<ErrorCase> errors = new ArrayList<>();
    for (PloverRecord record : scored) {
      GoldSentence sentence = record.sentence();
      List<CodedEvent> gold = record.goldEvents();
      List<CodedEvent> events = predicted.getOrDefault(sentence.id(), List.of());
      String goldRoot = CameoCodes.root(record.cameoCode());
      goldEvents += gold.size();
      predictedEvents += events.size();
      detected += events.isEmpty() ? 0 : 1;
      rootHits += events.stream().anyMatch(e -> e.root().equals(goldRoot)) ? 1 : 0;
      dyadHits += anyPair(gold, events, false) ? 1 : 0;
      tripleHits += anyPair(gold, events, true) ? 1 : 0;
      EventMatching matching = EventMatching.match(gold, events, PloverScorer::tripleMatches);
      counts = counts.plus(matching.counts());
      confusion.add(Set.of(goldRoot), events);
      errors.addAll(ErrorCase.eventErrors(sentence, gold, events, matching));
    }
    int n = scored.size();
    List<Metric> metrics =
        List.of(
            Metric.count("sentences", records.size()),
            Metric.count("sentences_scored", n),
            Metric.rate("detected", PrecisionRecall.ratio(detected, n)),
            Metric.rate("root_accuracy", PrecisionRecall.ratio(rootHits, n)),
            Metric.rate("dyad_accuracy", PrecisionRecall.ratio(dyadHits, n)),
            Metric.rate("triple_accuracy", PrecisionRecall.ratio(tripleHits, n)),
            Metric.count("gold_events", goldEvents),
            Metric.count("predicted_events", predictedEvents),
            Metric.count("triple_tp", counts.truePositives()),
            Metric.count("triple_fp", counts.falsePositives()),
            Metric.count("triple_fn", counts.falseNegatives()),
            Metric.rate("triple_precision", counts.precision()),
            Metric.rate("triple_recall", counts.recall()),
            Metric.rate("triple_f1", counts.f1()));
    return new GoldSetResult(goldSet, metrics, confusion.counts(), errors);
  }

  private static boolean anyPair(List<CodedEvent> gold, List<CodedEvent> events, boolean withRoot) {
    return gold.stream()
        .anyMatch(
            g -> events.stream().anyMatch(p -> withRoot ? tripleMatches(g, p) : dyadMatches(g, p)));
  }
}
