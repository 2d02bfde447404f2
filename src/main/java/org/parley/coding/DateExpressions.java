package org.parley.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.coding.DateValue.CalendarDate;
import org.parley.coding.DateValue.CalendarYear;
import org.parley.coding.DateValue.DayOfMonth;
import org.parley.coding.DateValue.DayOffset;
import org.parley.coding.DateValue.Modifier;
import org.parley.coding.DateValue.MonthName;
import org.parley.coding.DateValue.MonthOfYear;
import org.parley.coding.DateValue.PeriodOffset;
import org.parley.coding.DateValue.Weekday;

/**
 * Finds date expressions in an English news sentence.
 *
 * <p>Month and weekday names must be capitalised and need context (a day number, a year, or a word
 * such as "in", "on", "last") so that "May" the verb, "march" and "the Sunday Times" are not dates.
 * Expressions after "since", "until", "till", "by", "before", "after", "from", "to", "through" or
 * "between" bound a period or set a deadline rather than date an event, so they are not returned.
 * See docs/event-dates.md for the full list of forms.
 */
public final class DateExpressions {

  /** Start of a word: not preceded by a letter or digit. */
  private static final String START = "(?<![\\p{L}\\p{N}])";

  /** End of a word: not followed by a letter or digit. */
  private static final String END = "(?![\\p{L}\\p{N}])";

  private static final String WEEKDAYS =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private static final String FULL_MONTHS =
      "(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December)";

  private static final String MONTH =
      "(?<month>"
          + FULL_MONTHS
          + END
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?"
          + END
          + ")";

  /** Day of month, not part of a number, a percentage or a clock time ("May 10:30"). */
  private static final String DAY =
      "(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?" + END + "(?!\\s*%|[.,:]\\d)";

  /** A four-digit year from 1800 to 2099, not the start of a range or a longer number. */
  private static final String YEAR = "(?<year>1[89][0-9]{2}|20[0-9]{2})" + END + "(?![.,/-]\\d)";

  private static final String EARLY_MID_LATE = "(?:early|mid|late)(?:-|\\s+)";

  private static final String NUMBER =
      "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  /** Words before a date that make it a period boundary or deadline, not the day of an event. */
  private static final Set<String> BOUNDARY_WORDS =
      Set.of("since", "until", "till", "by", "before", "after", "from", "through", "to", "between");

  /** Capitalised words that may stand before a bare weekday without making it a name. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("on", "and", "but", "or", "so", "then", "early", "late", "also", "again");

  /** Words that select an occurrence of a weekday; a bare weekday after one was already judged. */
  private static final Set<String> MODIFIER_WORDS =
      Set.of("last", "next", "this", "past", "coming");

  /** Words after "the day before" that show it is counted from something other than publication. */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
          "these", "those");

  private static final Pattern WEEKDAY =
      Pattern.compile(
          START
              + "(?:(?<prep>(?i:on))\\s+)?"
              + "(?:(?<mod>(?i:this\\s+past|this\\s+coming|last|next|this|past|coming))\\s+)?"
              + "(?<weekday>"
              + WEEKDAYS
              + ")(?:\\s+(?i:morning|afternoon|evening|night))?"
              + END);

  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          START
              + "(?i:(?<minus2>the\\s+day\\s+before\\s+yesterday)"
              + "|(?<plus2>the\\s+day\\s+after\\s+tomorrow)"
              + "|(?<daybefore>the\\s+(?:day\\s+before|previous\\s+day))"
              + "|(?<today>(?:earlier\\s+|later\\s+)?today|tonight"
              + "|this\\s+(?:morning|afternoon|evening))"
              + "|(?<yesterday>yesterday(?:\\s+(?:morning|afternoon|evening))?|last\\s+night)"
              + "|(?<tomorrow>tomorrow(?:\\s+(?:morning|afternoon|evening|night))?))"
              + END);

  private static final Pattern RELATIVE_PERIOD =
      Pattern.compile(
          START
              + "(?i:(?:earlier|later)\\s+this\\s+(?<thisunit>week|month|year)"
              + "|(?<mod>last|next|this)\\s+(?<modunit>week|month|year)"
              + "|(?<count>"
              + NUMBER
              + ")\\s+(?<agounit>day|week|month|year)s?\\s+ago)"
              + END);

  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          START
              + "(?:(?i:on)\\s+)?(?:"
              + WEEKDAYS
              + ",?\\s+)?"
              + MONTH
              + "\\s+"
              + DAY
              + "(?:,?\\s+"
              + YEAR
              + ")?");

  private static final Pattern DAY_FIRST =
      Pattern.compile(
          START
              + "(?:(?i:on)\\s+)?(?:"
              + WEEKDAYS
              + ",?\\s+)?(?:(?i:the)\\s+)?"
              + DAY
              + "(?:\\s+(?i:of))?\\s+"
              + MONTH
              + "(?:,?\\s+"
              + YEAR
              + ")?");

  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          START
              + "(?:(?i:in|during)\\s+)?(?:(?i:"
              + EARLY_MID_LATE
              + "))?"
              + MONTH
              + "(?:\\s+(?i:of))?,?\\s+"
              + YEAR);

  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          START
              + "(?<lead>(?i:(?:in|during)\\s+(?:"
              + EARLY_MID_LATE
              + ")?|"
              + EARLY_MID_LATE
              + "|this\\s+(?:past|coming)\\s+|(?:last|next|this)\\s+|(?:earlier|later)\\s+in\\s+))"
              + "(?<month>"
              + FULL_MONTHS
              + ")"
              + END);

  private static final Pattern YEAR_ONLY =
      Pattern.compile(
          START
              + "(?i:in|during)\\s+(?:(?i:"
              + EARLY_MID_LATE
              + "))?"
              + YEAR
              + "(?!\\s*%|\\s+(?i:per\\s*cent))");

  private static final Pattern ISO_DATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})"
              + "(?![\\p{N}]|[-/]\\d)");

  private static final Pattern SLASH_DATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.-])(?<first>\\d{1,2})/(?<second>\\d{1,2})/(?<year>\\d{4})"
              + "(?![\\p{N}]|[-/]\\d)");

  private static final List<Rule> RULES =
      List.of(
          new Rule(WEEKDAY, DateExpressions::weekday),
          new Rule(RELATIVE_DAY, DateExpressions::relativeDay),
          new Rule(RELATIVE_PERIOD, DateExpressions::relativePeriod),
          new Rule(MONTH_FIRST, DateExpressions::dayOfMonth),
          new Rule(DAY_FIRST, DateExpressions::dayOfMonth),
          new Rule(MONTH_YEAR, DateExpressions::monthOfYear),
          new Rule(MONTH_ALONE, DateExpressions::monthAlone),
          new Rule(YEAR_ONLY, DateExpressions::yearOnly),
          new Rule(ISO_DATE, DateExpressions::isoDate),
          new Rule(SLASH_DATE, DateExpressions::slashDate));

  private DateExpressions() {}

  /** Returns the date expressions of a sentence in reading order, the longest of overlaps. */
  public static List<DateMention> find(String sentence) {
    List<DateMention> candidates = new ArrayList<>();
    // Spans of expressions after a boundary word: nothing that starts inside one is a mention,
    // so "since earlier this month" does not leave "this month" behind.
    List<int[]> blocked = new ArrayList<>();
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(sentence);
      int from = 0;
      while (from < sentence.length() && matcher.find(from)) {
        // Restart one char later rather than at the match end, so that a match rejected for its
        // context does not hide a shorter one inside it.
        from = matcher.start() + 1;
        int start = matcher.start();
        int end = matcher.end();
        if (BOUNDARY_WORDS.contains(lower(wordBefore(sentence, start)))) {
          blocked.add(new int[] {start, end});
          continue;
        }
        String text = matcher.group();
        rule.parse()
            .apply(matcher, sentence)
            .ifPresent(value -> candidates.add(new DateMention(start, end, text, value)));
      }
    }
    candidates.removeIf(
        candidate ->
            blocked.stream()
                .anyMatch(span -> candidate.start() >= span[0] && candidate.start() < span[1]));
    candidates.sort(
        Comparator.comparingInt(DateMention::start)
            .thenComparing(Comparator.comparingInt(DateMention::end).reversed()));
    List<DateMention> mentions = new ArrayList<>();
    int covered = 0;
    for (DateMention candidate : candidates) {
      if (candidate.start() >= covered) {
        mentions.add(candidate);
        covered = candidate.end();
      }
    }
    return List.copyOf(mentions);
  }

  private static Optional<DateValue> weekday(Matcher m, String sentence) {
    String mod = m.group("mod");
    if (m.group("prep") == null && mod == null) {
      String before = wordBefore(sentence, m.start());
      if (MODIFIER_WORDS.contains(lower(before))) {
        return Optional.empty(); // the match with the modifier was rejected: "the last Sunday of"
      }
      // A capitalised word before or after a bare weekday makes it part of a name:
      // "Black Sunday", "Super Tuesday", "the Sunday Times".
      boolean nameBefore =
          isCapitalised(before) && !FUNCTION_WORDS.contains(lower(before)) && !isPossessive(before);
      if (nameBefore || isCapitalised(wordAfter(sentence, m.end()))) {
        return Optional.empty();
      }
    }
    if (mod != null && isArticle(wordBefore(sentence, m.start()))) {
      return Optional.empty(); // "the last Sunday of the month"
    }
    DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
    return Optional.of(new Weekday(day, modifier(mod)));
  }

  private static Optional<DateValue> relativeDay(Matcher m, String sentence) {
    if (m.group("minus2") != null) {
      return Optional.of(new DayOffset(-2));
    }
    if (m.group("plus2") != null) {
      return Optional.of(new DayOffset(2));
    }
    if (m.group("daybefore") != null) {
      String after = wordAfter(sentence, m.end());
      // "the day before the summit" counts from the summit, not from publication.
      if (DETERMINERS.contains(lower(after)) || isCapitalised(after) || startsWithDigit(after)) {
        return Optional.empty();
      }
      return Optional.of(new DayOffset(-1));
    }
    // A capitalised "Today" after another word is a name: "USA Today", "Russia Today".
    if (isCapitalised(m.group()) && !wordBefore(sentence, m.start()).isEmpty()) {
      return Optional.empty();
    }
    if (m.group("today") != null) {
      return Optional.of(new DayOffset(0));
    }
    if (m.group("yesterday") != null) {
      return Optional.of(new DayOffset(-1));
    }
    return Optional.of(new DayOffset(1));
  }

  private static Optional<DateValue> relativePeriod(Matcher m, String sentence) {
    if (m.group("thisunit") != null) {
      return Optional.of(new PeriodOffset(0, unit(m.group("thisunit"))));
    }
    if (m.group("mod") != null) {
      if (isArticle(wordBefore(sentence, m.start()))) {
        return Optional.empty(); // "over the last year" is a span, not a point
      }
      int amount =
          switch (lower(m.group("mod"))) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
          };
      return Optional.of(new PeriodOffset(amount, unit(m.group("modunit"))));
    }
    String count = lower(m.group("count"));
    int amount =
        NUMBER_WORDS.containsKey(count) ? NUMBER_WORDS.get(count) : Integer.parseInt(count);
    return Optional.of(new PeriodOffset(-amount, unit(m.group("agounit"))));
  }

  private static Optional<DateValue> dayOfMonth(Matcher m, String sentence) {
    Month month = month(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    String year = m.group("year");
    if (year == null) {
      return day <= month.maxLength()
          ? Optional.of(new DayOfMonth(month, day))
          : Optional.empty();
    }
    return calendarDate(Integer.parseInt(year), month.getValue(), day);
  }

  private static Optional<DateValue> monthOfYear(Matcher m, String sentence) {
    YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group("year")), month(m.group("month")));
    return Optional.of(new MonthOfYear(yearMonth));
  }

  private static Optional<DateValue> monthAlone(Matcher m, String sentence) {
    String lead = lower(m.group("lead")).trim();
    Month month = month(m.group("month"));
    boolean possessive =
        sentence.startsWith("'s", m.end()) || sentence.startsWith("\u2019s", m.end());
    if (month == Month.MAY && lead.equals("in") && possessive) {
      return Optional.empty(); // "in May's cabinet" is Theresa May
    }
    Modifier modifier;
    if (lead.contains("last") || lead.contains("past")) {
      modifier = Modifier.LAST;
    } else if (lead.contains("next") || lead.contains("coming")) {
      modifier = Modifier.NEXT;
    } else if (lead.startsWith("this")) {
      modifier = Modifier.THIS;
    } else {
      modifier = Modifier.NONE;
    }
    if (modifier != Modifier.NONE && isArticle(wordBefore(sentence, m.start()))) {
      return Optional.empty();
    }
    return Optional.of(new MonthName(month, modifier));
  }

  private static Optional<DateValue> yearOnly(Matcher m, String sentence) {
    return Optional.of(new CalendarYear(Year.of(Integer.parseInt(m.group("year")))));
  }

  private static Optional<DateValue> isoDate(Matcher m, String sentence) {
    return calendarDate(
        Integer.parseInt(m.group("year")),
        Integer.parseInt(m.group("month")),
        Integer.parseInt(m.group("day")));
  }

  /** Accepts d/m/y and m/d/y only when one number is above 12 or both are equal. */
  private static Optional<DateValue> slashDate(Matcher m, String sentence) {
    int first = Integer.parseInt(m.group("first"));
    int second = Integer.parseInt(m.group("second"));
    int year = Integer.parseInt(m.group("year"));
    if (first > 12 && second <= 12) {
      return calendarDate(year, second, first);
    }
    if (second > 12 && first <= 12) {
      return calendarDate(year, first, second);
    }
    if (first == second) {
      return calendarDate(year, first, second);
    }
    return Optional.empty();
  }

  private static Optional<DateValue> calendarDate(int year, int month, int day) {
    if (year < 1800 || year > 2099 || month < 1 || month > 12) {
      return Optional.empty();
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    return yearMonth.isValidDay(day)
        ? Optional.of(new CalendarDate(yearMonth.atDay(day)))
        : Optional.empty();
  }

  private static Modifier modifier(String word) {
    if (word == null) {
      return Modifier.NONE;
    }
    String lower = lower(word);
    if (lower.contains("past") || lower.equals("last")) {
      return Modifier.LAST;
    }
    if (lower.contains("coming") || lower.equals("next")) {
      return Modifier.NEXT;
    }
    return Modifier.THIS;
  }

  private static Month month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return month;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static ChronoUnit unit(String word) {
    return switch (lower(word)) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      case "year" -> ChronoUnit.YEARS;
      default -> throw new IllegalArgumentException("not a unit: " + word);
    };
  }

  /** Returns the word right before {@code index}, or "" when punctuation or nothing comes first. */
  private static String wordBefore(String sentence, int index) {
    int end = index;
    while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isWordChar(sentence.charAt(start - 1))) {
      start--;
    }
    return sentence.substring(start, end);
  }

  /** Returns the word right after {@code index}, or "" when punctuation or nothing follows. */
  private static String wordAfter(String sentence, int index) {
    int start = index;
    while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < sentence.length() && isWordChar(sentence.charAt(end))) {
      end++;
    }
    return sentence.substring(start, end);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean isPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("\u2019s");
  }

  private static boolean isArticle(String word) {
    String lower = lower(word);
    return lower.equals("the") || lower.equals("a");
  }

  private static boolean startsWithDigit(String word) {
    return !word.isEmpty() && Character.isDigit(word.charAt(0));
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** One form of date expression and how to read it; the parser returns empty to reject a match. */
  private record Rule(Pattern pattern, BiFunction<Matcher, String, Optional<DateValue>> parse) {}
}
