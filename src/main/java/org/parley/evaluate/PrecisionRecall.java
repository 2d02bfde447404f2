package org.parley.evaluate;

/**
 * True positives, false positives and false negatives, with precision, recall and F1 derived from
 * them; a ratio whose denominator is zero is 0 (a coder that predicts nothing has precision 0).
 */
public record PrecisionRecall(int truePositives, int falsePositives, int falseNegatives) {

  /** No counts yet. */
  public static final PrecisionRecall ZERO = new PrecisionRecall(0, 0, 0);

  /** Rejects negative counts. */
  public PrecisionRecall {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** The sum of two sets of counts. */
  public PrecisionRecall plus(PrecisionRecall other) {
    return new PrecisionRecall(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** TP / (TP + FP), or 0 when nothing was predicted. */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** TP / (TP + FN), or 0 when there is nothing to find. */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /**
   * 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall, or 0 when all counts are 0.
   */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
