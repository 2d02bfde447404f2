package org.parley.coding;

import java.util.Locale;

/** How an event date was obtained, as written in the {@code event_date_basis} column. */
public enum DateBasis {
  PUBLICATION,
  WEEKDAY,
  RELATIVE_DAY,
  RELATIVE_PERIOD,
  MONTH_DAY,
  MONTH,
  YEAR,
  EXPLICIT,
  UNKNOWN;

  /** Returns the value stored in the {@code event_date_basis} column, e.g. {@code relative_day}. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }
}
