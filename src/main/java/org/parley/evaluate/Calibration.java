package org.parley.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well the events table's confidence column predicts correctness: the triple precision of the
 * predicted events in each confidence band, over the gold sets scored event by event.
 */
public final class Calibration {

  /** Band edges; the last band includes 1.0. */
  static final double[] EDGES = {0.0, 0.5, 0.7, 0.85, 1.0};

  /** One confidence band and the precision of its events. */
  public record Band(double from, double to, int events, int correct) {

    /** Share of the band's events that match a gold event, 0 for an empty band. */
    public double precision() {
      return events == 0 ? 0 : (double) correct / events;
    }
  }

  private final List<Band> bands;

  private Calibration(List<Band> bands) {
    this.bands = List.copyOf(bands);
  }

  /**
   * Bands over the predicted events of one gold set's result (the confidences must be that set's):
   * an event is correct unless the result lists it as a triple false positive.
   */
  public static Calibration of(GoldSetResult result, Map<String, Double> confidences) {
    Set<String> falsePositives = new HashSet<>();
    for (ErrorCase e : result.errors()) {
      if (e.kind() == ErrorCase.Kind.FALSE_POSITIVE && e.field().equals("triple")) {
        falsePositives.add(e.sentenceId() + "|" + e.predicted());
      }
    }
    int[] events = new int[EDGES.length - 1];
    int[] correct = new int[EDGES.length - 1];
    for (Map.Entry<String, Double> c : confidences.entrySet()) {
      if (c.getValue() == null) {
        continue;
      }
      int band = band(c.getValue());
      events[band]++;
      if (!falsePositives.contains(c.getKey())) {
        correct[band]++;
      }
    }
    List<Band> bands = new ArrayList<>();
    for (int b = 0; b < events.length; b++) {
      bands.add(new Band(EDGES[b], EDGES[b + 1], events[b], correct[b]));
    }
    return new Calibration(bands);
  }

  private static int band(double confidence) {
    for (int b = EDGES.length - 2; b >= 0; b--) {
      if (confidence >= EDGES[b]) {
        return b;
      }
    }
    return 0;
  }

  public List<Band> bands() {
    return bands;
  }

  /** A fixed-width table, one line per band. */
  public String table() {
    StringBuilder sb = new StringBuilder("confidence band   events  precision\n");
    for (Band b : bands) {
      sb.append(String.format(Locale.ROOT, "[%.2f, %.2f%s  %6d  %9.4f%n", b.from(), b.to(),
          b.to() >= 1.0 ? "]" : ")", b.events(), b.precision()));
    }
    return sb.toString();
  }

  /** The bands as JSON. */
  public ArrayNode toJson() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Band b : bands) {
      array.addObject().put("from", b.from()).put("to", b.to()).put("events", b.events())
          .put("precision", Math.round(b.precision() * 10000) / 10000.0);
    }
    return array;
  }
}
