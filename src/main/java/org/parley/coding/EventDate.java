package org.parley.coding;

import java.time.LocalDate;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The date of one event with how it was obtained and the expression that gave it.
 *
 * <p>{@code date} is null only when {@code basis} is {@link DateBasis#UNKNOWN}; {@code text} is
 * null when no date expression was used.
 */
public record EventDate(@Nullable LocalDate date, DateBasis basis, @Nullable String text) {

  /** Checks that a date is present exactly when the basis is known. */
  public EventDate {
    Objects.requireNonNull(basis, "basis");
    if ((date == null) != (basis == DateBasis.UNKNOWN)) {
      throw new IllegalArgumentException(
          "date must be null exactly when basis is unknown: " + basis);
    }
  }

  /** Event date for a sentence without a date expression: the publication date, or unknown. */
  public static EventDate ofPublication(@Nullable LocalDate publicationDate) {
    return publicationDate == null
        ? unknown(null)
        : new EventDate(publicationDate, DateBasis.PUBLICATION, null);
  }

  /** Event date that cannot be worked out, keeping the expression that could not be resolved. */
  public static EventDate unknown(@Nullable String text) {
    return new EventDate(null, DateBasis.UNKNOWN, text);
  }

  /** Returns the date as yyyy-MM-dd for the {@code event_date} column, or null when unknown. */
  public @Nullable String isoDate() {
    return date == null ? null : date.toString();
  }
}
