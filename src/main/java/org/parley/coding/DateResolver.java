package org.parley.coding;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.parley.coding.DateValue.CalendarDate;
import org.parley.coding.DateValue.CalendarYear;
import org.parley.coding.DateValue.DayOfMonth;
import org.parley.coding.DateValue.DayOffset;
import org.parley.coding.DateValue.MonthName;
import org.parley.coding.DateValue.MonthOfYear;
import org.parley.coding.DateValue.PeriodOffset;
import org.parley.coding.DateValue.Weekday;

/**
 * Places a date mention on the calendar from the article's publication date and the verb's tense.
 *
 * <p>The rules are described for users in docs/event-dates.md.
 */
public final class DateResolver {

  /** Years searched either side of publication for a month-day; February 29 recurs within 8. */
  private static final int MONTH_DAY_SEARCH_YEARS = 8;

  private DateResolver() {}

  /**
   * Returns the event date a mention gives in an article published on {@code publicationDate},
   * which may be null when unknown.
   */
  public static EventDate resolve(
      DateMention mention, @Nullable LocalDate publicationDate, Tense tense) {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(tense, "tense");
    DateValue value = mention.value();
    LocalDate absolute = absoluteDate(value);
    if (absolute != null) {
      return new EventDate(absolute, value.basis(), mention.text());
    }
    if (publicationDate == null) {
      return EventDate.unknown(mention.text());
    }
    LocalDate date = relativeDate(value, publicationDate, tense);
    return new EventDate(date, value.basis(), mention.text());
  }

  /** Dates that do not depend on publication; month and year give the first day of the period. */
  private static @Nullable LocalDate absoluteDate(DateValue value) {
    if (value instanceof CalendarDate date) {
      return date.date();
    }
    if (value instanceof MonthOfYear month) {
      return month.yearMonth().atDay(1);
    }
    if (value instanceof CalendarYear year) {
      return year.year().atDay(1);
    }
    return null;
  }

  private static LocalDate relativeDate(DateValue value, LocalDate published, Tense tense) {
    if (value instanceof Weekday weekday) {
      return weekday(weekday, published, tense);
    }
    if (value instanceof DayOffset offset) {
      return published.plusDays(offset.days());
    }
    if (value instanceof PeriodOffset offset) {
      // Month and year steps keep the day of month, clamped to the month's end (Mar 31 -> Feb 28).
      return published.plus(offset.amount(), offset.unit());
    }
    if (value instanceof DayOfMonth dayOfMonth) {
      return dayOfMonth(dayOfMonth, published, tense);
    }
    if (value instanceof MonthName monthName) {
      return monthName(monthName, published, tense).atDay(1);
    }
    throw new IllegalStateException("no rule for date value " + value);
  }

  private static LocalDate weekday(Weekday weekday, LocalDate published, Tense tense) {
    DayOfWeek day = weekday.day();
    LocalDate onOrBefore = published.with(TemporalAdjusters.previousOrSame(day));
    // A future weekday never means the publication day itself: "will meet on Friday" written on a
    // Friday is taken as the Friday after.
    LocalDate after = published.with(TemporalAdjusters.next(day));
    return switch (weekday.modifier()) {
      case LAST -> published.with(TemporalAdjusters.previous(day));
      case NEXT -> after;
      case NONE, THIS -> byTense(
          onOrBefore,
          after,
          DAYS.between(onOrBefore, published),
          DAYS.between(published, after),
          tense);
    };
  }

  private static LocalDate dayOfMonth(DayOfMonth dayOfMonth, LocalDate published, Tense tense) {
    LocalDate onOrBefore = search(dayOfMonth, published, -1);
    LocalDate onOrAfter = search(dayOfMonth, published, 1);
    return byTense(
        onOrBefore,
        onOrAfter,
        DAYS.between(onOrBefore, published),
        DAYS.between(published, onOrAfter),
        tense);
  }

  /** Steps a year at a time from publication (back for -1) to the first occurrence on that side. */
  private static LocalDate search(DayOfMonth dayOfMonth, LocalDate published, int step) {
    for (int i = 0; i <= MONTH_DAY_SEARCH_YEARS; i++) {
      YearMonth yearMonth = YearMonth.of(published.getYear() + i * step, dayOfMonth.month());
      if (yearMonth.isValidDay(dayOfMonth.day())) {
        LocalDate candidate = yearMonth.atDay(dayOfMonth.day());
        boolean onThisSide =
            step < 0 ? !candidate.isAfter(published) : !candidate.isBefore(published);
        if (onThisSide) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("no " + dayOfMonth + " within 8 years of " + published);
  }

  private static YearMonth monthName(MonthName monthName, LocalDate published, Tense tense) {
    YearMonth current = YearMonth.from(published);
    YearMonth inPublicationYear = YearMonth.of(published.getYear(), monthName.month());
    YearMonth before =
        inPublicationYear.isBefore(current) ? inPublicationYear : inPublicationYear.minusYears(1);
    YearMonth after =
        inPublicationYear.isAfter(current) ? inPublicationYear : inPublicationYear.plusYears(1);
    return switch (monthName.modifier()) {
      case LAST -> before;
      case NEXT -> after;
      case NONE, THIS -> {
        if (inPublicationYear.equals(current)) {
          yield current; // "in December" in a December article is this month whatever the tense
        }
        yield byTense(
            before,
            after,
            DAYS.between(before.atEndOfMonth(), published),
            DAYS.between(published, after.atDay(1)),
            tense);
      }
    };
  }

  /** Past tense takes the past candidate, future the future one, else the nearer (ties: past). */
  private static <T> T byTense(T past, T future, long daysBack, long daysAhead, Tense tense) {
    return switch (tense) {
      case PAST -> past;
      case FUTURE -> future;
      case PRESENT, UNKNOWN -> daysAhead < daysBack ? future : past;
    };
  }
}
