package org.parley.evaluate;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts, per gold CAMEO root, which roots the coder produced in the same sentences; "none" stands
 * for a sentence without gold events (row) or without predicted events (column).
 *
 * <p>For each sentence and each distinct gold root g: (g, g) if some predicted event has root g,
 * otherwise (g, p) once for each distinct predicted root p, or (g, none) when nothing was
 * predicted. In a sentence without gold events each distinct predicted root p counts (none, p).
 */
public final class RootConfusion {

  /** Row or column name for "no event". */
  public static final String NONE = "none";

  private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

  /** Adds one sentence. */
  public void add(Set<String> goldRoots, List<CodedEvent> predicted) {
    Set<String> predictedRoots = new LinkedHashSet<>();
    predicted.forEach(event -> predictedRoots.add(event.root()));
    if (goldRoots.isEmpty()) {
      predictedRoots.forEach(p -> increment(NONE, p));
      return;
    }
    for (String g : new TreeSet<>(goldRoots)) {
      if (predictedRoots.contains(g)) {
        increment(g, g);
      } else if (predictedRoots.isEmpty()) {
        increment(g, NONE);
      } else {
        predictedRoots.forEach(p -> increment(g, p));
      }
    }
  }

  private void increment(String gold, String predicted) {
    counts.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
  }

  /** Gold root to predicted root to count, both sorted. */
  public Map<String, Map<String, Integer>> counts() {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    counts.forEach((gold, row) -> copy.put(gold, Collections.unmodifiableMap(new TreeMap<>(row))));
    return Collections.unmodifiableMap(copy);
  }
}
