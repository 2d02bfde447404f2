package org.parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  /** A Friday, the last day of a year. */
  private static final LocalDate FRIDAY_NEW_YEARS_EVE = LocalDate.of(2021, 12, 31);

  @Test
  void fridayNewYearsEveIsAFriday() {
    assertEquals(DayOfWeek.FRIDAY, FRIDAY_NEW_YEARS_EVE.getDayOfWeek());
  }

  // --- the Friday 2021-12-31 article ---

  @Test
  void futureSundayInAFridayArticleIsTheComingSunday() {
    EventDate date =
        resolve(
            "Biden and Putin will be talking on the phone on Sunday.",
            FRIDAY_NEW_YEARS_EVE,
            Tense.FUTURE);

    assertEquals(new EventDate(LocalDate.of(2022, 1, 2), DateBasis.WEEKDAY, "on Sunday"), date);
  }

  @Test
  void pastThursdayInAFridayArticleIsTheDayBefore() {
    EventDate date =
        resolve(
            "Biden warned Putin against an invasion in a call on Thursday.",
            FRIDAY_NEW_YEARS_EVE,
            Tense.PAST);

    assertEquals(new EventDate(LocalDate.of(2021, 12, 30), DateBasis.WEEKDAY, "on Thursday"), date);
  }

  @Test
  void futureJanuaryTenthInADecemberArticleIsNextYear() {
    EventDate date =
        resolve(
            "Officials from both countries will meet in Geneva on January 10.",
            FRIDAY_NEW_YEARS_EVE,
            Tense.FUTURE);

    assertEquals(
        new EventDate(LocalDate.of(2022, 1, 10), DateBasis.MONTH_DAY, "on January 10"), date);
  }

  @Test
  void yearIsTheFirstDayOfThatYear() {
    EventDate date =
        resolve("Russia annexed Crimea in 2014.", FRIDAY_NEW_YEARS_EVE, Tense.PAST);

    assertEquals(new EventDate(LocalDate.of(2014, 1, 1), DateBasis.YEAR, "in 2014"), date);
  }

  // --- weekdays ---

  @Test
  void pastSundayInAFridayArticleIsFiveDaysEarlier() {
    assertEquals(
        LocalDate.of(2021, 12, 26),
        resolve("The ministers met on Sunday.", FRIDAY_NEW_YEARS_EVE, Tense.PAST).date());
  }

  @Test
  void pastWeekdayOfPublicationIsThePublicationDay() {
    assertEquals(
        FRIDAY_NEW_YEARS_EVE,
        resolve("The ministers met on Friday.", FRIDAY_NEW_YEARS_EVE, Tense.PAST).date());
  }

  @Test
  void futureWeekdayOfPublicationIsAWeekLater() {
    assertEquals(
        LocalDate.of(2022, 1, 7),
        resolve("The ministers will meet on Friday.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE).date());
  }

  @Test
  void presentTenseWeekdayTakesTheNearerOccurrence() {
    // Sunday is two days ahead and five days back.
    assertEquals(
        LocalDate.of(2022, 1, 2),
        resolve("The ministers meet on Sunday.", FRIDAY_NEW_YEARS_EVE, Tense.PRESENT).date());
  }

  @Test
  void unknownTenseWeekdayTakesTheNearerOccurrence() {
    // Thursday is one day back and six days ahead.
    assertEquals(
        LocalDate.of(2021, 12, 30),
        resolve("Ministers, meeting on Thursday.", FRIDAY_NEW_YEARS_EVE, Tense.UNKNOWN).date());
  }

  @Test
  void lastWeekdayIsStrictlyBeforePublication() {
    assertEquals(
        LocalDate.of(2021, 12, 24),
        resolve("The ministers met last Friday.", FRIDAY_NEW_YEARS_EVE, Tense.PAST).date());
  }

  @Test
  void lastWeekdayIgnoresTense() {
    assertEquals(
        LocalDate.of(2021, 12, 26),
        resolve("Ministers, last Sunday.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE).date());
  }

  @Test
  void nextWeekdayIsTheFirstAfterPublication() {
    assertEquals(
        LocalDate.of(2022, 1, 2),
        resolve("The ministers meet next Sunday.", FRIDAY_NEW_YEARS_EVE, Tense.UNKNOWN).date());
  }

  @Test
  void futureThisWeekdayIsTheComingOne() {
    assertEquals(
        LocalDate.of(2022, 1, 2),
        resolve("They will meet this Sunday.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE).date());
  }

  @Test
  void pastThisWeekdayIsTheRecentOne() {
    assertEquals(
        LocalDate.of(2021, 12, 28),
        resolve("They met this Tuesday.", FRIDAY_NEW_YEARS_EVE, Tense.PAST).date());
  }

  @Test
  void pastWeekdayCrossesBackIntoThePreviousYear() {
    assertEquals(
        LocalDate.of(2021, 12, 31),
        resolve("The envoy left on Friday.", LocalDate.of(2022, 1, 3), Tense.PAST).date());
  }

  @Test
  void pastWeekdayCanLandOnALeapDay() {
    assertEquals(
        LocalDate.of(2024, 2, 29),
        resolve("The envoy left on Thursday.", LocalDate.of(2024, 3, 1), Tense.PAST).date());
  }

  // --- relative days ---

  @Test
  void yesterdayIsTheDayBeforePublicationWithRelativeDayBasis() {
    EventDate date = resolve("Troops withdrew yesterday.", LocalDate.of(2022, 1, 1), Tense.PAST);

    assertEquals(
        new EventDate(FRIDAY_NEW_YEARS_EVE, DateBasis.RELATIVE_DAY, "yesterday"), date);
  }

  @Test
  void tomorrowCrossesIntoTheNextYear() {
    assertEquals(
        LocalDate.of(2022, 1, 1),
        resolve("Talks open tomorrow.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE).date());
  }

  @Test
  void yesterdayAfterALeapDayIsTheLeapDay() {
    assertEquals(
        LocalDate.of(2024, 2, 29),
        resolve("Troops withdrew yesterday.", LocalDate.of(2024, 3, 1), Tense.PAST).date());
  }

  @Test
  void todayIsThePublicationDateWithRelativeDayBasis() {
    EventDate date = resolve("Talks open today.", FRIDAY_NEW_YEARS_EVE, Tense.PRESENT);

    assertEquals(new EventDate(FRIDAY_NEW_YEARS_EVE, DateBasis.RELATIVE_DAY, "today"), date);
  }

  // --- relative periods ---

  @Test
  void lastWeekIsSevenDaysBeforePublication() {
    EventDate date =
        resolve("Iran rejected the offer last week.", FRIDAY_NEW_YEARS_EVE, Tense.PAST);

    assertEquals(
        new EventDate(LocalDate.of(2021, 12, 24), DateBasis.RELATIVE_PERIOD, "last week"), date);
  }

  @Test
  void lastWeekCrossesBackIntoThePreviousYear() {
    assertEquals(
        LocalDate.of(2021, 12, 27),
        resolve("Iran rejected the offer last week.", LocalDate.of(2022, 1, 3), Tense.PAST).date());
  }

  @Test
  void twoDaysAgoIsTwoDaysBeforePublication() {
    assertEquals(
        LocalDate.of(2021, 12, 29),
        resolve("Talks collapsed two days ago.", FRIDAY_NEW_YEARS_EVE, Tense.PAST).date());
  }

  @Test
  void lastMonthFromTheThirtyFirstOfMarchIsTheLeapDay() {
    assertEquals(
        LocalDate.of(2024, 2, 29),
        resolve("Talks collapsed last month.", LocalDate.of(2024, 3, 31), Tense.PAST).date());
  }

  @Test
  void aYearAgoFromALeapDayIsTheTwentyEighth() {
    assertEquals(
        LocalDate.of(2023, 2, 28),
        resolve("Talks collapsed a year ago.", LocalDate.of(2024, 2, 29), Tense.PAST).date());
  }

  @Test
  void nextYearIsOneYearAfterPublication() {
    assertEquals(
        LocalDate.of(2022, 12, 31),
        resolve("Elections are due next year.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE).date());
  }

  @Test
  void earlierThisMonthIsThePublicationDate() {
    assertEquals(
        FRIDAY_NEW_YEARS_EVE,
        resolve("Seoul recalled its envoy earlier this month.", FRIDAY_NEW_YEARS_EVE, Tense.PAST)
            .date());
  }

  // --- month and day ---

  @Test
  void pastDecemberDateInEarlyJanuaryIsThePreviousYear() {
    assertEquals(
        LocalDate.of(2021, 12, 28),
        resolve("The treaty was signed on December 28.", LocalDate.of(2022, 1, 3), Tense.PAST)
            .date());
  }

  @Test
  void pastJanuaryDateInDecemberIsTheSameYear() {
    assertEquals(
        LocalDate.of(2021, 1, 10),
        resolve("The treaty was signed on January 10.", FRIDAY_NEW_YEARS_EVE, Tense.PAST).date());
  }

  @Test
  void unknownTenseMonthDayTakesTheNearerOccurrence() {
    assertEquals(
        LocalDate.of(2021, 12, 28),
        resolve("Signing on December 28.", LocalDate.of(2022, 1, 3), Tense.UNKNOWN).date());
  }

  @Test
  void presentTenseMonthDayAcrossNewYearTakesTheNearerOccurrence() {
    assertEquals(
        LocalDate.of(2022, 1, 10),
        resolve("Talks open January 10.", FRIDAY_NEW_YEARS_EVE, Tense.PRESENT).date());
  }

  @Test
  void futureMonthDayOfPublicationIsThePublicationDay() {
    assertEquals(
        FRIDAY_NEW_YEARS_EVE,
        resolve("They will sign on December 31.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE).date());
  }

  @Test
  void pastLeapDayInALeapYearIsThatYear() {
    assertEquals(
        LocalDate.of(2024, 2, 29),
        resolve("Troops left on February 29.", LocalDate.of(2024, 3, 5), Tense.PAST).date());
  }

  @Test
  void pastLeapDayAfterALeapYearIsTheLastLeapDay() {
    assertEquals(
        LocalDate.of(2024, 2, 29),
        resolve("Troops left on February 29.", LocalDate.of(2025, 3, 1), Tense.PAST).date());
  }

  @Test
  void futureLeapDayIsTheNextLeapDay() {
    assertEquals(
        LocalDate.of(2024, 2, 29),
        resolve("Troops will leave on February 29.", LocalDate.of(2023, 1, 10), Tense.FUTURE)
            .date());
  }

  @Test
  void fullDateIsExplicitWhateverTheTense() {
    EventDate date =
        resolve("The accord dated January 10, 2022, lapsed.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE);

    assertEquals(
        new EventDate(LocalDate.of(2022, 1, 10), DateBasis.EXPLICIT, "January 10, 2022"), date);
  }

  // --- months ---

  @Test
  void pastMonthIsTheFirstDayOfItsLatestOccurrence() {
    EventDate date = resolve("Fighting resumed in March.", FRIDAY_NEW_YEARS_EVE, Tense.PAST);

    assertEquals(new EventDate(LocalDate.of(2021, 3, 1), DateBasis.MONTH, "in March"), date);
  }

  @Test
  void futureMonthIsTheFirstDayOfItsNextOccurrence() {
    assertEquals(
        LocalDate.of(2022, 3, 1),
        resolve("Fighting will resume in March.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE).date());
  }

  @Test
  void pastDecemberInJanuaryIsThePreviousYear() {
    assertEquals(
        LocalDate.of(2021, 12, 1),
        resolve("Fighting resumed in December.", LocalDate.of(2022, 1, 5), Tense.PAST).date());
  }

  @Test
  void futureJanuaryInDecemberIsTheNextYear() {
    assertEquals(
        LocalDate.of(2022, 1, 1),
        resolve("Fighting will resume in January.", FRIDAY_NEW_YEARS_EVE, Tense.FUTURE).date());
  }

  @Test
  void futureMonthOfPublicationIsTheCurrentMonth() {
    assertEquals(
        LocalDate.of(2021, 12, 1),
        resolve("A vote is expected in December.", LocalDate.of(2021, 12, 15), Tense.FUTURE)
            .date());
  }

  @Test
  void unknownTenseMonthTakesTheNearerOccurrence() {
    assertEquals(
        LocalDate.of(2022, 2, 1),
        resolve("Elections in February.", FRIDAY_NEW_YEARS_EVE, Tense.UNKNOWN).date());
  }

  @Test
  void lastMonthNameInThatMonthIsAYearEarlier() {
    assertEquals(
        LocalDate.of(2021, 3, 1),
        resolve("Fighting resumed last March.", LocalDate.of(2022, 3, 10), Tense.PAST).date());
  }

  @Test
  void nextMonthNameInThatMonthIsAYearLater() {
    assertEquals(
        LocalDate.of(2023, 3, 1),
        resolve("Elections are due next March.", LocalDate.of(2022, 3, 10), Tense.FUTURE).date());
  }

  @Test
  void monthWithYearIsTheFirstDayOfThatMonth() {
    EventDate date =
        resolve("Russia annexed Crimea in March 2014.", FRIDAY_NEW_YEARS_EVE, Tense.PAST);

    assertEquals(new EventDate(LocalDate.of(2014, 3, 1), DateBasis.MONTH, "in March 2014"), date);
  }

  // --- unknown publication date ---

  @Test
  void weekdayWithoutPublicationDateIsUnknownButKeepsItsText() {
    assertEquals(
        EventDate.unknown("on Sunday"), resolve("They met on Sunday.", null, Tense.PAST));
  }

  @Test
  void relativeDayWithoutPublicationDateIsUnknown() {
    assertEquals(EventDate.unknown("yesterday"), resolve("They met yesterday.", null, Tense.PAST));
  }

  @Test
  void fullDateWithoutPublicationDateIsStillExplicit() {
    assertEquals(
        new EventDate(LocalDate.of(2022, 1, 10), DateBasis.EXPLICIT, "2022-01-10"),
        resolve("They met on 2022-01-10.", null, Tense.PAST));
  }

  @Test
  void yearWithoutPublicationDateIsStillAYear() {
    assertEquals(
        new EventDate(LocalDate.of(2014, 1, 1), DateBasis.YEAR, "in 2014"),
        resolve("They met in 2014.", null, Tense.PAST));
  }

  private static EventDate resolve(String sentence, LocalDate publicationDate, Tense tense) {
    List<DateMention> mentions = DateExpressions.find(sentence);
    assertEquals(1, mentions.size(), () -> "mentions in '" + sentence + "': " + mentions);
    return DateResolver.resolve(mentions.get(0), publicationDate, tense);
  }
}
