package org.parley.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** What a date expression says, before it is placed on the calendar by {@link DateResolver}. */
public sealed interface DateValue
    permits DateValue.Weekday,
        DateValue.DayOffset,
        DateValue.PeriodOffset,
        DateValue.DayOfMonth,
        DateValue.MonthName,
        DateValue.MonthOfYear,
        DateValue.CalendarYear,
        DateValue.CalendarDate {

  /** Returns the basis an event date resolved from this value is reported with. */
  DateBasis basis();

  /** Word in front of a weekday or month name that says which occurrence is meant. */
  enum Modifier {
    /** No word ("on Sunday"), resolved with the verb's tense. */
    NONE,
    /** "this Sunday", resolved like {@link #NONE}. */
    THIS,
    /** "last", "past" or "this past": the latest occurrence strictly before publication. */
    LAST,
    /** "next", "coming" or "this coming": the first occurrence strictly after publication. */
    NEXT
  }

  /** A day of the week, such as "last Thursday" or "on Sunday night". */
  record Weekday(DayOfWeek day, Modifier modifier) implements DateValue {
    /** Rejects missing parts. */
    public Weekday {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(modifier, "modifier");
    }

    @Override
    public DateBasis basis() {
      return DateBasis.WEEKDAY;
    }
  }

  /** A day counted from publication, such as "yesterday" (-1) or "tonight" (0). */
  record DayOffset(int days) implements DateValue {
    @Override
    public DateBasis basis() {
      return DateBasis.RELATIVE_DAY;
    }
  }

  /** A number of calendar units counted from publication, such as "last week" or "two days ago". */
  record PeriodOffset(int amount, ChronoUnit unit) implements DateValue {
    /** Rejects units other than days, weeks, months and years. */
    public PeriodOffset {
      if (unit != ChronoUnit.DAYS
          && unit != ChronoUnit.WEEKS
          && unit != ChronoUnit.MONTHS
          && unit != ChronoUnit.YEARS) {
        throw new IllegalArgumentException("unsupported unit: " + unit);
      }
    }

    @Override
    public DateBasis basis() {
      return DateBasis.RELATIVE_PERIOD;
    }
  }

  /** A day of a month without a year, such as "January 10" or "the 28th of December". */
  record DayOfMonth(Month month, int day) implements DateValue {
    /** Rejects days that the month never has (February 29 is allowed). */
    public DayOfMonth {
      Objects.requireNonNull(month, "month");
      if (day < 1 || day > month.maxLength()) {
        throw new IllegalArgumentException(month + " has no day " + day);
      }
    }

    @Override
    public DateBasis basis() {
      return DateBasis.MONTH_DAY;
    }
  }

  /** A month without a year, such as "in March" or "last May". */
  record MonthName(Month month, Modifier modifier) implements DateValue {
    /** Rejects missing parts. */
    public MonthName {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(modifier, "modifier");
    }

    @Override
    public DateBasis basis() {
      return DateBasis.MONTH;
    }
  }

  /** A month of a given year, such as "March 2014". */
  record MonthOfYear(YearMonth yearMonth) implements DateValue {
    /** Rejects a missing month. */
    public MonthOfYear {
      Objects.requireNonNull(yearMonth, "yearMonth");
    }

    @Override
    public DateBasis basis() {
      return DateBasis.MONTH;
    }
  }

  /** A calendar year, such as "in 2014". */
  record CalendarYear(Year year) implements DateValue {
    /** Rejects a missing year. */
    public CalendarYear {
      Objects.requireNonNull(year, "year");
    }

    @Override
    public DateBasis basis() {
      return DateBasis.YEAR;
    }
  }

  /** A full date, such as "January 10, 2022" or "2022-01-10". */
  record CalendarDate(LocalDate date) implements DateValue {
    /** Rejects a missing date. */
    public CalendarDate {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public DateBasis basis() {
      return DateBasis.EXPLICIT;
    }
  }
}
