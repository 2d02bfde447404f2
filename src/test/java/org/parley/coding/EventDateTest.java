package org.parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {

  @Test
  void noMentionGivesThePublicationDateWithPublicationBasis() {
    EventDate date = EventDate.ofPublication(LocalDate.of(2021, 12, 31));

    assertEquals(new EventDate(LocalDate.of(2021, 12, 31), DateBasis.PUBLICATION, null), date);
  }

  @Test
  void noMentionAndNoPublicationDateGivesUnknown() {
    EventDate date = EventDate.ofPublication(null);

    assertNull(date.date());
    assertEquals(DateBasis.UNKNOWN, date.basis());
    assertNull(date.text());
  }

  @Test
  void unknownKeepsTheUnresolvedExpression() {
    assertEquals("on Sunday", EventDate.unknown("on Sunday").text());
  }

  @Test
  void isoDateIsTheEventDateColumnValue() {
    assertEquals("2022-01-02", EventDate.ofPublication(LocalDate.of(2022, 1, 2)).isoDate());
  }

  @Test
  void isoDateIsNullWhenUnknown() {
    assertNull(EventDate.unknown("on Sunday").isoDate());
  }

  @Test
  void knownBasisWithoutDateIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new EventDate(null, DateBasis.WEEKDAY, "Sunday"));
  }

  @Test
  void unknownBasisWithDateIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new EventDate(LocalDate.of(2022, 1, 2), DateBasis.UNKNOWN, null));
  }

  @Test
  void basisColumnValuesAreSnakeCase() {
    assertEquals("relative_period", DateBasis.RELATIVE_PERIOD.column());
  }
}
