package org.parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.coding.DateValue.CalendarDate;
import org.parley.coding.DateValue.CalendarYear;
import org.parley.coding.DateValue.DayOfMonth;
import org.parley.coding.DateValue.DayOffset;
import org.parley.coding.DateValue.Modifier;
import org.parley.coding.DateValue.MonthName;
import org.parley.coding.DateValue.MonthOfYear;
import org.parley.coding.DateValue.PeriodOffset;
import org.parley.coding.DateValue.Weekday;

class DateExpressionsTest {

  // --- weekdays ---

  @Test
  void weekdayAfterOnIsFoundWithThePreposition() {
    DateMention mention = only("The two leaders will speak by phone on Sunday, aides said.");

    assertEquals("on Sunday", mention.text());
    assertEquals(DateBasis.WEEKDAY, mention.kind());
    assertEquals(new Weekday(DayOfWeek.SUNDAY, Modifier.NONE), mention.value());
  }

  @Test
  void offsetsPointAtTheMatchedText() {
    String sentence = "The two leaders will speak by phone on Sunday, aides said.";

    DateMention mention = only(sentence);

    assertEquals(36, mention.start());
    assertEquals(45, mention.end());
    assertEquals(mention.text(), sentence.substring(mention.start(), mention.end()));
  }

  @Test
  void bareWeekdayAfterAVerbIsFound() {
    assertEquals(
        new Weekday(DayOfWeek.THURSDAY, Modifier.NONE),
        only("The foreign minister said Thursday that the border would stay shut.").value());
  }

  @Test
  void sentenceInitialWeekdayIsFound() {
    assertEquals("Tuesday", only("Tuesday, the envoy flew to Ankara.").text());
  }

  @Test
  void lastWeekdayHasTheLastModifier() {
    assertEquals(
        new Weekday(DayOfWeek.THURSDAY, Modifier.LAST),
        only("Ministers met in Vienna last Thursday.").value());
  }

  @Test
  void thisPastWeekdayCountsAsLast() {
    assertEquals(
        new Weekday(DayOfWeek.SUNDAY, Modifier.LAST),
        only("Voters went to the polls this past Sunday.").value());
  }

  @Test
  void comingWeekdayCountsAsNext() {
    assertEquals(
        new Weekday(DayOfWeek.MONDAY, Modifier.NEXT),
        only("The delegation arrives this coming Monday.").value());
  }

  @Test
  void nextWeekdayHasTheNextModifier() {
    assertEquals(
        new Weekday(DayOfWeek.FRIDAY, Modifier.NEXT),
        only("Talks resume next Friday in Geneva.").value());
  }

  @Test
  void thisWeekdayHasTheThisModifier() {
    assertEquals(
        new Weekday(DayOfWeek.SUNDAY, Modifier.THIS),
        only("Parliament votes this Sunday on the treaty.").value());
  }

  @Test
  void partOfDayIsIncludedInTheWeekdayText() {
    assertEquals("on Monday morning", only("Rebels shelled the town on Monday morning.").text());
  }

  @Test
  void weekdayFollowedByNightIsAWeekday() {
    DateMention mention = only("Police said the blast came Sunday night.");

    assertEquals("Sunday night", mention.text());
    assertEquals(DateBasis.WEEKDAY, mention.kind());
  }

  @Test
  void capitalisedOnStartingASentenceIsKept() {
    assertEquals("On Friday evening", only("On Friday evening, the embassy was closed.").text());
  }

  @Test
  void possessiveWeekdayIsAWeekday() {
    assertEquals("Sunday", only("Observers criticised Sunday's election.").text());
  }

  @Test
  void sundayTimesIsNotADate() {
    assertNoMention("He told the Sunday Times that talks had stalled.");
  }

  @Test
  void blackSundayIsNotADate() {
    assertNoMention("Black Sunday is remembered across the region.");
  }

  @Test
  void bloodySundayAfterOfIsNotADate() {
    assertNoMention("Crowds marked the anniversary of Bloody Sunday in Derry.");
  }

  @Test
  void superTuesdayIsNotADate() {
    assertNoMention("Candidates campaigned hard before Super Tuesday primaries.");
  }

  @Test
  void lowercaseWeekdayIsNotADate() {
    assertNoMention("the envoy said sunday was a day of rest.");
  }

  @Test
  void pluralWeekdayIsHabitNotADate() {
    assertNoMention("Protesters gather outside the ministry on Sundays.");
  }

  @Test
  void lastWeekdayOfTheMonthIsNotADate() {
    assertNoMention("Elections are held on the last Sunday of the month.");
  }

  @Test
  void capitalisedNameBeforeABareWeekdayIsTakenAsAName() {
    // Known miss: "Biden Sunday" in headline style is read as a name like "Black Sunday".
    assertNoMention("President Biden Sunday warned of sanctions.");
  }

  // --- relative days ---

  @Test
  void yesterdayIsOneDayBack() {
    DateMention mention = only("The army withdrew yesterday from the village.");

    assertEquals(DateBasis.RELATIVE_DAY, mention.kind());
    assertEquals(new DayOffset(-1), mention.value());
  }

  @Test
  void todayIsDayZero() {
    assertEquals(new DayOffset(0), only("The ministers meet today in Brussels.").value());
  }

  @Test
  void tonightIsDayZero() {
    assertEquals(new DayOffset(0), only("He will address the nation tonight.").value());
  }

  @Test
  void earlierTodayIsOneExpression() {
    DateMention mention = only("The president spoke earlier today with his counterpart.");

    assertEquals("earlier today", mention.text());
    assertEquals(new DayOffset(0), mention.value());
  }

  @Test
  void thisMorningIsDayZero() {
    assertEquals(new DayOffset(0), only("Troops crossed the river this morning.").value());
  }

  @Test
  void tomorrowEveningIsOneDayAhead() {
    DateMention mention = only("The summit opens tomorrow evening.");

    assertEquals("tomorrow evening", mention.text());
    assertEquals(new DayOffset(1), mention.value());
  }

  @Test
  void lastNightIsOneDayBack() {
    assertEquals(new DayOffset(-1), only("Rockets hit the port last night.").value());
  }

  @Test
  void dayBeforeYesterdayIsOneExpressionTwoDaysBack() {
    DateMention mention = only("Officials met the day before yesterday.");

    assertEquals("the day before yesterday", mention.text());
    assertEquals(new DayOffset(-2), mention.value());
  }

  @Test
  void dayAfterTomorrowIsTwoDaysAhead() {
    assertEquals(new DayOffset(2), only("Voting starts the day after tomorrow.").value());
  }

  @Test
  void dayBeforeOnItsOwnIsOneDayBack() {
    assertEquals(new DayOffset(-1), only("The two sides had spoken the day before.").value());
  }

  @Test
  void dayBeforeANamedEventIsNotCountedFromPublication() {
    assertNoMention("The two sides had spoken the day before the summit.");
  }

  @Test
  void newspaperNamedTodayIsNotADate() {
    assertNoMention("He told USA Today that he would run again.");
  }

  // --- relative periods ---

  @Test
  void lastWeekIsOneWeekBack() {
    DateMention mention = only("Iran rejected the offer last week.");

    assertEquals(DateBasis.RELATIVE_PERIOD, mention.kind());
    assertEquals(new PeriodOffset(-1, ChronoUnit.WEEKS), mention.value());
  }

  @Test
  void nextMonthIsOneMonthAhead() {
    assertEquals(
        new PeriodOffset(1, ChronoUnit.MONTHS), only("Inspectors return next month.").value());
  }

  @Test
  void lastYearIsOneYearBack() {
    assertEquals(
        new PeriodOffset(-1, ChronoUnit.YEARS), only("The accord was signed last year.").value());
  }

  @Test
  void earlierThisMonthIsTheCurrentMonth() {
    DateMention mention = only("Seoul recalled its ambassador earlier this month.");

    assertEquals("earlier this month", mention.text());
    assertEquals(new PeriodOffset(0, ChronoUnit.MONTHS), mention.value());
  }

  @Test
  void numberWordDaysAgoCountsBack() {
    assertEquals(
        new PeriodOffset(-2, ChronoUnit.DAYS),
        only("Two days ago the rebels took the airport.").value());
  }

  @Test
  void digitWeeksAgoCountsBack() {
    assertEquals(
        new PeriodOffset(-3, ChronoUnit.WEEKS),
        only("The ceasefire collapsed 3 weeks ago.").value());
  }

  @Test
  void aYearAgoCountsOneYearBack() {
    assertEquals(
        new PeriodOffset(-1, ChronoUnit.YEARS), only("Relations were cut a year ago.").value());
  }

  @Test
  void overTheLastYearIsASpanNotADate() {
    assertNoMention("Exports have fallen over the last year.");
  }

  @Test
  void firstTimeInTwoYearsIsNotADate() {
    assertNoMention("The envoys met for the first time in two years.");
  }

  @Test
  void aWeekEarlierIsNotCountedFromPublication() {
    assertNoMention("A week earlier the minister had resigned.");
  }

  @Test
  void aFewDaysAgoIsTooVagueToDate() {
    assertNoMention("The talks broke down a few days ago.");
  }

  // --- month and day ---

  @Test
  void monthAndDayWithoutYearIsAMonthDay() {
    DateMention mention = only("Negotiators will meet on January 10 in Geneva.");

    assertEquals("on January 10", mention.text());
    assertEquals(DateBasis.MONTH_DAY, mention.kind());
    assertEquals(new DayOfMonth(Month.JANUARY, 10), mention.value());
  }

  @Test
  void abbreviatedMonthWithPeriodIsAMonthDay() {
    assertEquals(new DayOfMonth(Month.JANUARY, 10), only("Talks open Jan. 10 in Geneva.").value());
  }

  @Test
  void abbreviatedMonthWithOrdinalIsAMonthDay() {
    DateMention mention = only("Talks open Jan 10th in Geneva.");

    assertEquals("Jan 10th", mention.text());
    assertEquals(new DayOfMonth(Month.JANUARY, 10), mention.value());
  }

  @Test
  void septAbbreviationIsSeptember() {
    assertEquals(new DayOfMonth(Month.SEPTEMBER, 3), only("The deal lapsed on Sept. 3.").value());
  }

  @Test
  void dayBeforeMonthIsAMonthDay() {
    assertEquals(new DayOfMonth(Month.JANUARY, 10), only("Talks open on 10 January.").value());
  }

  @Test
  void ordinalOfMonthIsAMonthDay() {
    DateMention mention = only("The treaty was signed on the 28th of December.");

    assertEquals("on the 28th of December", mention.text());
    assertEquals(new DayOfMonth(Month.DECEMBER, 28), mention.value());
  }

  @Test
  void monthDayWithYearIsExplicit() {
    DateMention mention = only("The treaty was signed on January 10, 2022, in Minsk.");

    assertEquals("on January 10, 2022", mention.text());
    assertEquals(DateBasis.EXPLICIT, mention.kind());
    assertEquals(new CalendarDate(LocalDate.of(2022, 1, 10)), mention.value());
  }

  @Test
  void dayMonthYearIsExplicit() {
    assertEquals(
        new CalendarDate(LocalDate.of(2022, 1, 10)),
        only("The treaty was signed on 10 January 2022.").value());
  }

  @Test
  void weekdayBeforeAFullDateJoinsTheDate() {
    DateMention mention = only("Voting took place on Sunday, January 2, 2022.");

    assertEquals("on Sunday, January 2, 2022", mention.text());
    assertEquals(new CalendarDate(LocalDate.of(2022, 1, 2)), mention.value());
  }

  @Test
  void februaryTwentyNinthWithoutYearIsAccepted() {
    assertEquals(new DayOfMonth(Month.FEBRUARY, 29), only("Troops left on February 29.").value());
  }

  @Test
  void februaryTwentyNinthOfACommonYearIsNotADate() {
    assertNoMention("Troops left on February 29, 2023.");
  }

  @Test
  void dayThatNoMonthHasIsNotADate() {
    assertNoMention("Troops left on February 30.");
  }

  @Test
  void clockTimeAfterMonthIsNotADay() {
    assertNoMention("The vote was set for May 10:30 local time.");
  }

  // --- months ---

  @Test
  void inMonthIsAMonth() {
    DateMention mention = only("Fighting resumed in March after a brief truce.");

    assertEquals("in March", mention.text());
    assertEquals(DateBasis.MONTH, mention.kind());
    assertEquals(new MonthName(Month.MARCH, Modifier.NONE), mention.value());
  }

  @Test
  void lastMonthNameHasTheLastModifier() {
    assertEquals(
        new MonthName(Month.MARCH, Modifier.LAST), only("Fighting resumed last March.").value());
  }

  @Test
  void nextMayIsTheMonth() {
    assertEquals(
        new MonthName(Month.MAY, Modifier.NEXT), only("Elections are due next May.").value());
  }

  @Test
  void midMonthIsTheMonth() {
    DateMention mention = only("Fighting resumed in mid-March.");

    assertEquals("in mid-March", mention.text());
    assertEquals(new MonthName(Month.MARCH, Modifier.NONE), mention.value());
  }

  @Test
  void monthWithYearIsOneMonthMention() {
    DateMention mention = only("Russia annexed Crimea in March 2014.");

    assertEquals("in March 2014", mention.text());
    assertEquals(new MonthOfYear(YearMonth.of(2014, 3)), mention.value());
  }

  @Test
  void modalMayIsNotADate() {
    assertNoMention("Talks may resume if both sides agree.");
  }

  @Test
  void sentenceInitialModalMayIsNotADate() {
    assertNoMention("May the negotiations bring peace, the bishop said.");
  }

  @Test
  void personNamedMayIsNotADate() {
    assertNoMention("Prime Minister Theresa May met the Irish leader.");
  }

  @Test
  void inMayPossessiveIsThePersonNotTheMonth() {
    assertNoMention("Ministers lost confidence in May's leadership.");
  }

  @Test
  void marchAsAVerbIsNotADate() {
    assertNoMention("Veterans will March to parliament to demand pensions.");
  }

  @Test
  void marchAsANounIsNotADate() {
    assertNoMention("Thousands joined the March on Washington.");
  }

  @Test
  void monthWithoutContextIsNotADate() {
    // Known miss: a bare month as subject has no preposition or day to anchor it.
    assertNoMention("January was the deadliest month of the war.");
  }

  @Test
  void modalMayBeforeTheMonthMayIsIgnoredButTheMonthIsFound() {
    DateMention mention = only("Talks may resume in May.");

    assertEquals("in May", mention.text());
  }

  // --- years ---

  @Test
  void inYearIsAYear() {
    DateMention mention = only("Russia annexed Crimea in 2014.");

    assertEquals("in 2014", mention.text());
    assertEquals(DateBasis.YEAR, mention.kind());
    assertEquals(new CalendarYear(Year.of(2014)), mention.value());
  }

  @Test
  void inLateYearIsAYear() {
    assertEquals("in late 2014", only("The rebels took the city in late 2014.").text());
  }

  @Test
  void sinceYearIsAPeriodStartNotAnEventDate() {
    assertNoMention("The two countries have been at odds since 2014.");
  }

  @Test
  void yearAsAdjectiveIsNotADate() {
    assertNoMention("The 2014 annexation was condemned by the assembly.");
  }

  @Test
  void decadeIsNotADate() {
    assertNoMention("The border was drawn in the 1990s.");
  }

  @Test
  void numberBeforePercentIsNotAYear() {
    assertNoMention("Prices rose in 2000 percent increments.");
  }

  // --- numeric dates ---

  @Test
  void isoDateIsExplicit() {
    DateMention mention = only("The statement is dated 2022-01-10.");

    assertEquals("2022-01-10", mention.text());
    assertEquals(new CalendarDate(LocalDate.of(2022, 1, 10)), mention.value());
  }

  @Test
  void slashDateWithDayAboveTwelveFirstIsDayMonthYear() {
    assertEquals(
        new CalendarDate(LocalDate.of(2021, 12, 25)),
        only("The note is dated 25/12/2021.").value());
  }

  @Test
  void slashDateWithDayAboveTwelveSecondIsMonthDayYear() {
    assertEquals(
        new CalendarDate(LocalDate.of(2021, 12, 25)),
        only("The note is dated 12/25/2021.").value());
  }

  @Test
  void ambiguousSlashDateIsNotADate() {
    assertNoMention("The note is dated 10/01/2022.");
  }

  @Test
  void invalidIsoDateIsNotADate() {
    assertNoMention("The note is dated 2022-02-30.");
  }

  // --- boundaries and deadlines ---

  @Test
  void sinceWeekdayIsNotAnEventDate() {
    assertNoMention("Protesters have occupied the square since Sunday.");
  }

  @Test
  void untilTomorrowIsNotAnEventDate() {
    assertNoMention("The curfew lasts until tomorrow.");
  }

  @Test
  void byNextYearIsADeadlineNotAnEventDate() {
    assertNoMention("Both sides pledged to withdraw troops by next year.");
  }

  @Test
  void rangeEndAfterToIsNotAnEventDate() {
    assertNoMention("Ceasefire talks ran from March 3 to March 5.");
  }

  @Test
  void sinceEarlierThisMonthLeavesNoPartBehind() {
    assertNoMention("Prices have doubled since earlier this month.");
  }

  @Test
  void sinceLastSundayLeavesNoBareWeekdayBehind() {
    assertNoMention("Protesters have occupied the square since last Sunday.");
  }

  @Test
  void beforeWeekdayIsNotAnEventDate() {
    assertNoMention("Violence flared before Sunday's vote.");
  }

  // --- several mentions ---

  @Test
  void allMentionsAreReturnedInReadingOrder() {
    List<DateMention> mentions =
        DateExpressions.find(
            "Lavrov said on Thursday that talks set for January 10 would go ahead as agreed"
                + " last week.");

    assertEquals(
        List.of("on Thursday", "January 10", "last week"),
        mentions.stream().map(DateMention::text).toList());
    assertEquals(
        List.of(DateBasis.WEEKDAY, DateBasis.MONTH_DAY, DateBasis.RELATIVE_PERIOD),
        mentions.stream().map(DateMention::kind).toList());
  }

  @Test
  void sentenceWithoutDateHasNoMentions() {
    assertNoMention("The foreign ministers discussed trade and security.");
  }

  private static DateMention only(String sentence) {
    List<DateMention> mentions = DateExpressions.find(sentence);
    assertEquals(1, mentions.size(), () -> "mentions in '" + sentence + "': " + mentions);
    return mentions.get(0);
  }

  private static void assertNoMention(String sentence) {
    assertEquals(List.of(), DateExpressions.find(sentence), sentence);
  }
}
