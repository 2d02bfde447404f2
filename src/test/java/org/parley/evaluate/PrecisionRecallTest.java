package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrecisionRecallTest {

  @Test
  void computesPrecisionRecallAndF1() {
    PrecisionRecall counts = new PrecisionRecall(2, 1, 3);
    assertEquals(2.0 / 3, counts.precision(), 1e-12);
    assertEquals(0.4, counts.recall(), 1e-12);
    assertEquals(0.5, counts.f1(), 1e-12);
  }

  @Test
  void zeroDenominatorsGiveZero() {
    assertEquals(0.0, PrecisionRecall.ZERO.precision());
    assertEquals(0.0, PrecisionRecall.ZERO.recall());
    assertEquals(0.0, PrecisionRecall.ZERO.f1());
    PrecisionRecall nothingPredicted = new PrecisionRecall(0, 0, 4);
    assertEquals(0.0, nothingPredicted.precision());
    assertEquals(0.0, nothingPredicted.recall());
  }

  @Test
  void addsCounts() {
    assertEquals(
        new PrecisionRecall(3, 5, 7),
        new PrecisionRecall(1, 2, 3).plus(new PrecisionRecall(2, 3, 4)));
  }

  @Test
  void rejectsNegativeCounts() {
    assertThrows(IllegalArgumentException.class, () -> new PrecisionRecall(-1, 0, 0));
  }
}
