package org.parley.evaluate;

import java.util.Objects;

/** One reported number: a count (an integer) or a rate (a ratio in [0, 1]). */
public record Metric(String name, boolean isCount, double value) {

  /** Checks the name and that counts are whole numbers. */
  public Metric {
    Objects.requireNonNull(name, "name");
    if (isCount && value != Math.rint(value)) {
      throw new IllegalArgumentException("count " + name + " must be a whole number: " + value);
    }
  }

  /** A count such as the number of sentences. */
  public static Metric count(String name, long value) {
    return new Metric(name, true, value);
  }

  /** A rate such as an accuracy or a precision. */
  public static Metric rate(String name, double value) {
    return new Metric(name, false, value);
  }
}
