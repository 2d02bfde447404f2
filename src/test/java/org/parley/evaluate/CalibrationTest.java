package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void eventsListedAsFalsePositivesCountAgainstTheirBand() {
    GoldSetResult result = new GoldSetResult("plover", List.of(), Map.of(), List.of(
        new ErrorCase("s1", ErrorCase.Kind.FALSE_POSITIVE, "triple", "USA RUS 040", "USA CHN 040", "text"),
        new ErrorCase("s2", ErrorCase.Kind.MISS, "triple", "FRA DEU 040", "", "text")));
    Calibration c = Calibration.of(result, Map.of(
        "s1|USA CHN 040", 0.9, "s3|FRA DEU 040", 0.95, "s4|ITA - 190", 0.4));
    assertEquals(2, c.bands().get(3).events());
    assertEquals(0.5, c.bands().get(3).precision());
    assertEquals(1, c.bands().get(0).events());
    assertEquals(1.0, c.bands().get(0).precision());
    assertEquals(0, c.bands().get(1).events());
  }
}
