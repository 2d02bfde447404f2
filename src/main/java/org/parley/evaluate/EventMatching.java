package org.parley.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A one-to-one matching between the gold and the predicted events of one sentence: each gold event
 * is matched at most once and each predicted event at most once, and the number of matched pairs is
 * the largest possible (a maximum bipartite matching, so the result does not depend on the order in
 * which a coder lists its events).
 */
public final class EventMatching {

  private final int[] goldToPredicted;
  private final int[] predictedToGold;

  private EventMatching(int[] goldToPredicted, int[] predictedToGold) {
    this.goldToPredicted = goldToPredicted;
    this.predictedToGold = predictedToGold;
  }

  /**
   * Matches gold against predicted events, where {@code matches(gold, predicted)} allows a pair.
   */
  public static <G, P> EventMatching match(
      List<G> gold, List<P> predicted, BiPredicate<? super G, ? super P> matches) {
    boolean[][] allowed = new boolean[gold.size()][predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        allowed[g][p] = matches.test(gold.get(g), predicted.get(p));
      }
    }
    int[] goldToPredicted = new int[gold.size()];
    int[] predictedToGold = new int[predicted.size()];
    Arrays.fill(goldToPredicted, -1);
    Arrays.fill(predictedToGold, -1);
    // Kuhn's augmenting paths: sentences hold a handful of events, so O(V * E) is nothing.
    for (int g = 0; g < gold.size(); g++) {
      augment(g, allowed, goldToPredicted, predictedToGold, new boolean[predicted.size()]);
    }
    return new EventMatching(goldToPredicted, predictedToGold);
  }

  private static boolean augment(
      int g, boolean[][] allowed, int[] goldToPredicted, int[] predictedToGold, boolean[] visited) {
    for (int p = 0; p < predictedToGold.length; p++) {
      if (!allowed[g][p] || visited[p]) {
        continue;
      }
      visited[p] = true;
      if (predictedToGold[p] < 0
          || augment(predictedToGold[p], allowed, goldToPredicted, predictedToGold, visited)) {
        predictedToGold[p] = g;
        goldToPredicted[g] = p;
        return true;
      }
    }
    return false;
  }

  /** Number of matched pairs (true positives). */
  public int matched() {
    int count = 0;
    for (int p : goldToPredicted) {
      if (p >= 0) {
        count++;
      }
    }
    return count;
  }

  /** Positions of the gold events left unmatched (misses), in gold order. */
  public List<Integer> unmatchedGold() {
    return unmatched(goldToPredicted);
  }

  /** Positions of the predicted events left unmatched (false positives), in predicted order. */
  public List<Integer> unmatchedPredicted() {
    return unmatched(predictedToGold);
  }

  /** The counts of this sentence: matched, unmatched predicted, unmatched gold. */
  public PrecisionRecall counts() {
    int matched = matched();
    return new PrecisionRecall(
        matched, predictedToGold.length - matched, goldToPredicted.length - matched);
  }

  private static List<Integer> unmatched(int[] partner) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < partner.length; i++) {
      if (partner[i] < 0) {
        positions.add(i);
      }
    }
    return positions;
  }
}
