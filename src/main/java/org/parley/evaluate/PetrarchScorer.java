package org.parley.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a coder on PETRARCH-style validation records: event-level triple precision, recall and F1
 * on (source country, target country, CAMEO root), recall of the exact full codes, and the share of
 * no-event records left without events.
 *
 * <p>Records marked {@code error="..."} (the coder is expected to reject them), records with {@code
 * evaluate="false"} and records without text are skipped and not sent to the coder. Countries and
 * roots are compared exactly (an empty gold actor code only matches an empty predicted one).
 */
public final class PetrarchScorer {

  private PetrarchScorer() {}

  /** The records that are scored, in file order. */
  public static List<PetrarchRecord> scored(List<PetrarchRecord> records) {
    return records.stream().filter(PetrarchScorer::isScored).toList();
  }

  private static boolean isScored(PetrarchRecord record) {
    return record.error() == null && record.evaluate() && !record.sentence().text().isBlank();
  }

  /** Whether two events agree on source country, target country and CAMEO root. */
  public static boolean tripleMatches(CodedEvent gold, CodedEvent predicted) {
    return gold.sourceCountry().equals(predicted.sourceCountry())
        && gold.targetCountry().equals(predicted.targetCountry())
        && gold.root().equals(predicted.root());
  }

  /** Whether two events have the same full source, target and event codes. */
  public static boolean exactMatches(CodedEvent gold, CodedEvent predicted) {
    return gold.equals(predicted);
  }

  /** Scores the predictions (sentence id to events) against all records read from the file. */
  public static GoldSetResult score(
      String goldSet, List<PetrarchRecord> records, Map<String, List<CodedEvent>> predicted) {
    int skippedError = 0;
    int skippedNotEvaluated = 0;
    int skippedNoText = 0;
    for (PetrarchRecord record : records) {
      if (record.error() != null) {
        skippedError++;
      } else if (!record.evaluate()) {
        skippedNotEvaluated++;
      } else if (record.sentence().text().isBlank()) {
        skippedNoText++;
      }
    }
    List<PetrarchRecord> scored = scored(records);
    int goldEvents = 0;
    int predictedEvents = 0;
    int exactMatched = 0;
    int noEventRecords = 0;
    int noEventCorrect = 0;
    PrecisionRecall counts = PrecisionRecall.ZERO;
    RootConfusion confusion = new RootConfusion();
    List<ErrorCase> errors = new ArrayList<>();
    for (PetrarchRecord record : scored) {
      List<CodedEvent> gold = record.events();
      List<CodedEvent> events = predicted.getOrDefault(record.sentence().id(), List.of());
      goldEvents += gold.size();
      predictedEvents += events.size();
      EventMatching matching = EventMatching.match(gold, events, PetrarchScorer::tripleMatches);
      counts = counts.plus(matching.counts());
      exactMatched += EventMatching.match(gold, events, PetrarchScorer::exactMatches).matched();
      if (record.noEvents()) {
        noEventRecords++;
        noEventCorrect += events.isEmpty() ? 1 : 0;
      }
      Set<String> goldRoots = gold.stream().map(CodedEvent::root).collect(Collectors.toSet());
      confusion.add(goldRoots, events);
      errors.addAll(ErrorCase.eventErrors(record.sentence(), gold, events, matching));
    }
    List<Metric> metrics =
        List.of(
            Metric.count("records", records.size()),
            Metric.count("records_scored", scored.size()),
            Metric.count("skipped_error", skippedError),
            Metric.count("skipped_not_evaluated", skippedNotEvaluated),
            Metric.count("skipped_no_text", skippedNoText),
            Metric.count("gold_events", goldEvents),
            Metric.count("predicted_events", predictedEvents),
            Metric.count("triple_tp", counts.truePositives()),
            Metric.count("triple_fp", counts.falsePositives()),
            Metric.count("triple_fn", counts.falseNegatives()),
            Metric.rate("triple_precision", counts.precision()),
            Metric.rate("triple_recall", counts.recall()),
            Metric.rate("triple_f1", counts.f1()),
            Metric.count("exact_tp", exactMatched),
            Metric.rate("exact_recall", PrecisionRecall.ratio(exactMatched, goldEvents)),
            Metric.count("noevent_records", noEventRecords),
            Metric.count("noevent_correct", noEventCorrect),
            Metric.rate("noevent_share", PrecisionRecall.ratio(noEventCorrect, noEventRecords)));
    return new GoldSetResult(goldSet, metrics, confusion.counts(), errors);
  }
}
