package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RootConfusionTest {

  @Test
  void countsHitsSubstitutesMissesAndFalseAlarms() {
    RootConfusion confusion = new RootConfusion();
    confusion.add(
        Set.of("04"), List.of(new CodedEvent("A", "B", "040"), new CodedEvent("A", "B", "190")));
    confusion.add(
        Set.of("04"), List.of(new CodedEvent("A", "B", "051"), new CodedEvent("A", "B", "057")));
    confusion.add(Set.of("04"), List.of());
    confusion.add(Set.of(), List.of(new CodedEvent("A", "B", "173")));
    assertEquals(
        Map.of("04", Map.of("04", 1, "05", 1, "none", 1), "none", Map.of("17", 1)),
        confusion.counts());
  }
}
