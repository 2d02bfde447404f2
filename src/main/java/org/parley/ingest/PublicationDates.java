package org.parley.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates written in common formats, and dates embedded in file paths. */
public final class PublicationDates {

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** 2021-12-31, 2021-12-31T23:10:00+02:00, 2021/12/31, 2021.12.31: the date part as written. */
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

  /** 20211231 or 20211231T101500Z. */
  private static final Pattern COMPACT =
      Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:[T ]?\\d{2,6}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$");

  /** March 2, 2002 / Mar. 2nd 2002 / Friday, January 4, 2019. */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  /** 2 March 2002 / Fri, 31 Dec 2021 10:00:00 GMT / 2-Mar-2002. */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+(?:of\\s+)?" + MONTH + ",?[\\s-]+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  /** Seconds or milliseconds since the epoch, as some JSON feeds give them. */
  private static final Pattern EPOCH = Pattern.compile("^(\\d{10}|\\d{13})$");

  /** Dates in paths: 2021/12/31/, 2021-12-31, 2021_12_31 with one separator throughout. */
  private static final Pattern PATH_SEPARATED =
      Pattern.compile(
          "(?<![0-9A-Za-z])((?:19|20)\\d{2})([/_.-])(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");

  /** Dates in paths written as 20211231, as a segment or part of a file name. */
  private static final Pattern PATH_COMPACT =
      Pattern.compile(
          "(?<![0-9A-Za-z])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

  private PublicationDates() {}

  /** Parses a date as written in a record, returning ISO yyyy-MM-dd without shifting time zones. */
  public static Optional<String> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.trim();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = EPOCH.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(s);
      Instant instant = s.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return Optional.of(instant.atZone(ZoneOffset.UTC).toLocalDate().toString());
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return ymd(m.group(1), m.group(2), m.group(3));
    }
    m = ISO.matcher(s);
    if (m.find()) {
      return ymd(m.group(1), m.group(3), m.group(4));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      return ymd(m.group(3), monthNumber(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      return ymd(m.group(3), monthNumber(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  /** Finds a date in a file path or URI ({@code 2021/12/31/}, {@code 2021-12-31}, {@code 20211231}). */
  public static Optional<String> fromPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String p = path.replace('\\', '/');
    Optional<String> found = Optional.empty();
    int foundAt = -1;
    Matcher m = PATH_SEPARATED.matcher(p);
    while (m.find()) {
      Optional<String> d = ymd(m.group(1), m.group(3), m.group(4));
      if (d.isPresent() && m.start() > foundAt) {
        found = d;
        foundAt = m.start();
      }
    }
    m = PATH_COMPACT.matcher(p);
    while (m.find()) {
      Optional<String> d = ymd(m.group(1), m.group(2), m.group(3));
      if (d.isPresent() && m.start() > foundAt) {
        found = d;
        foundAt = m.start();
      }
    }
    // The last date wins: a file name is more specific than the folders above it.
    return found;
  }

  private static String monthNumber(String name) {
    return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
  }

  private static Optional<String> ymd(String year, String month, String day) {
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return Optional.of(date.toString());
    } catch (DateTimeException | NumberFormatException e) {
      // Not a calendar date (2021-02-30, 2021-13-01): the caller falls back to other sources.
      return Optional.empty();
    }
  }
}
