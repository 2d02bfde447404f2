package org.parley.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a coder on IndiaPoliceEvents: sentence-level precision, recall and F1 per police-action
 * label, where a sentence is predicted positive when one of its events has the label according to
 * {@link #labelsOf(List)}. FAIL is not scored: no CAMEO code says that the police failed to act.
 */
public final class IndiaPoliceScorer {

  /** The labels that are scored, in report order. */
  public static final List<PoliceLabel> SCORED_LABELS =
      List.of(PoliceLabel.ARREST, PoliceLabel.FORCE, PoliceLabel.KILL, PoliceLabel.ANY_ACTION);

  // CAMEO codes whose definition says that someone died: 186 assassinate, 1823 kill by physical
  // assault, 202 engage in mass killings. Fighting (19x) and repression (175) need not kill.
  private static final Set<String> KILL_CODES = Set.of("186", "1823", "202");

  private IndiaPoliceScorer() {}

  /**
   * The labels that a sentence's events express: ARREST for code 173; FORCE for code 175 or root 18
   * or 19; KILL for codes 186, 1823 or 202; ANY_ACTION for a police source actor ({@link
   * CameoCodes#isPolice(String)}). The actor is only checked for ANY_ACTION.
   */
  public static Set<PoliceLabel> labelsOf(List<CodedEvent> events) {
    Set<PoliceLabel> labels = EnumSet.noneOf(PoliceLabel.class);
    for (CodedEvent event : events) {
      String code = event.cameoCode();
      String root = event.root();
      if (code.equals("173")) {
        labels.add(PoliceLabel.ARREST);
      }
      if (code.equals("175") || root.equals("18") || root.equals("19")) {
        labels.add(PoliceLabel.FORCE);
      }
      if (KILL_CODES.contains(code)) {
        labels.add(PoliceLabel.KILL);
      }
      if (CameoCodes.isPolice(event.sourceCode())) {
        labels.add(PoliceLabel.ANY_ACTION);
      }
    }
    return labels;
  }

  /** Scores the predictions (sentence id to events) against the gold sentences. */
  public static GoldSetResult score(
      String goldSet, List<PoliceSentence> sentences, Map<String, List<CodedEvent>> predicted) {
    Map<PoliceLabel, PrecisionRecall> counts = new EnumMap<>(PoliceLabel.class);
    SCORED_LABELS.forEach(label -> counts.put(label, PrecisionRecall.ZERO));
    List<ErrorCase> errors = new ArrayList<>();
    for (PoliceSentence sentence : sentences) {
      GoldSentence gold = sentence.sentence();
      List<CodedEvent> events = predicted.getOrDefault(gold.id(), List.of());
      Set<PoliceLabel> predictedLabels = labelsOf(events);
      for (PoliceLabel label : SCORED_LABELS) {
        boolean isGold = sentence.labels().contains(label);
        boolean isPredicted = predictedLabels.contains(label);
        counts.merge(
            label,
            new PrecisionRecall(
                isGold && isPredicted ? 1 : 0,
                !isGold && isPredicted ? 1 : 0,
                isGold && !isPredicted ? 1 : 0),
            PrecisionRecall::plus);
        if (isGold != isPredicted) {
          errors.add(
              new ErrorCase(
                  gold.id(),
                  isGold ? ErrorCase.Kind.MISS : ErrorCase.Kind.FALSE_POSITIVE,
                  label.name(),
                  sentence.labels().toString(),
                  CodedEvent.briefs(events),
                  gold.text()));
        }
      }
    }
    List<Metric> metrics = new ArrayList<>();
    metrics.add(Metric.count("sentences", sentences.size()));
    for (PoliceLabel label : SCORED_LABELS) {
      String prefix = label.name().toLowerCase(Locale.ROOT) + "_";
      PrecisionRecall c = counts.get(label);
      metrics.add(Metric.count(prefix + "gold", c.truePositives() + c.falseNegatives()));
      metrics.add(Metric.count(prefix + "tp", c.truePositives()));
      metrics.add(Metric.count(prefix + "fp", c.falsePositives()));
      metrics.add(Metric.count(prefix + "fn", c.falseNegatives()));
      metrics.add(Metric.rate(prefix + "precision", c.precision()));
      metrics.add(Metric.rate(prefix + "recall", c.recall()));
      metrics.add(Metric.rate(prefix + "f1", c.f1()));
    }
    return new GoldSetResult(goldSet, metrics, Map.of(), errors);
  }
}
