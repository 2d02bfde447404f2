package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-12-31|2021-12-31",
        "2021-12-31T23:30:00Z|2021-12-31",
        "2021-12-31T23:30:00-05:00|2021-12-31",
        "2022-01-01T01:30:00+09:00|2022-01-01",
        "2021-12-31 08:15:00.000|2021-12-31",
        "2021/12/31|2021-12-31",
        "Fri, 31 Dec 2021 23:59:59 GMT|2021-12-31",
        "March 2, 2002|2002-03-02",
        "Mar. 2nd 2002|2002-03-02",
        "Friday, January 4, 2019|2019-01-04",
        "2 March 2002|2002-03-02",
        "02-Mar-2002|2002-03-02",
        "20020302|2002-03-02",
        "20020302T101500Z|2002-03-02",
        "1014940800|2002-03-01",
        "1014940800000|2002-03-01",
      })
  void parsesCommonFormatsKeepingTheDateAsWritten(String input, String expected) {
    assertEquals(Optional.of(expected), PublicationDates.parse(input));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "  ", "yesterday", "2021-02-30", "2021-13-01", "31/12/2021", "20211340"})
  void rejectsWhatIsNotACalendarDate(String input) {
    assertEquals(Optional.empty(), PublicationDates.parse(input));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/archive/2021/12/31/story.txt|2021-12-31",
        "/archive/2021-12-31/story.txt|2021-12-31",
        "/archive/2021-12-31.jsonl|2021-12-31",
        "gs://bucket/news_20211231.csv.gz|2021-12-31",
        "/archive/20211231/story.txt|2021-12-31",
        "C:\\archive\\2021\\12\\31\\story.txt|2021-12-31",
        "/archive/2020-01-01/20200102.txt|2020-01-02",
      })
  void findsDatesInPaths(String path, String expected) {
    assertEquals(Optional.of(expected), PublicationDates.fromPath(path));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/data/reut2-000.sgm",
        "/data/html/04a6711caa7c6875920211231b89.html.gz",
        "/data/2021/13/01/story.txt",
        "/data/story-120211231.txt"
      })
  void ignoresNumbersThatAreNotPathDates(String path) {
    assertEquals(Optional.empty(), PublicationDates.fromPath(path));
  }
}
