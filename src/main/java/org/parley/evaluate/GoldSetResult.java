package org.parley.evaluate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The scores of one gold set: its metrics in report order, and for error analysis the root
 * confusion and the list of misses and false positives.
 */
public record GoldSetResult(
    String goldSet,
    List<Metric> metrics,
    Map<String, Map<String, Integer>> rootConfusion,
    List<ErrorCase> errors) {

  /** Copies the collections; the root confusion is sorted by gold root, then predicted root. */
  public GoldSetResult {
    Objects.requireNonNull(goldSet, "goldSet");
    metrics = List.copyOf(metrics);
    rootConfusion = sortedCopy(rootConfusion);
    errors = List.copyOf(errors);
  }

  /** The metric with this name. */
  public Metric metric(String name) {
    return metrics.stream()
        .filter(metric -> metric.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(goldSet + " has no metric " + name));
  }

  /** The value of the metric with this name. */
  public double value(String name) {
    return metric(name).value();
  }

  private static Map<String, Map<String, Integer>> sortedCopy(
      Map<String, Map<String, Integer>> confusion) {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    confusion.forEach(
        (gold, row) -> copy.put(gold, Collections.unmodifiableMap(new TreeMap<>(row))));
    return Collections.unmodifiableMap(copy);
  }
}
