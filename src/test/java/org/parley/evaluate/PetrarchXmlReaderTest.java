package org.parley.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PetrarchXmlReaderTest {

  private static PetrarchRecord record(List<PetrarchRecord> records, String id) {
    return records.stream()
        .filter(r -> r.sentence().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record " + id));
  }

  private static int events(List<PetrarchRecord> records) {
    return records.stream().mapToInt(r -> r.events().size()).sum();
  }

  private static long count(
      List<PetrarchRecord> records, java.util.function.Predicate<PetrarchRecord> p) {
    return records.stream().filter(p).count();
  }

  @Nested
  class UniversalPetrarchGsr {
    private final Path file = GoldData.folder("up-english-gsr").resolve("PETR2_GSR_validation.xml");
    private final List<PetrarchRecord> records = PetrarchXmlReader.read(file);

    @Test
    void reads78RecordsWith92EventCodings() {
      assertThat(records, hasSize(78));
      // 80 events + 12 noevents = 92 <EventCoding> elements; the README's 93 also counts the
      // "<EventCoding...>" mentioned in the file's '#' banner.
      assertEquals(80, events(records));
      assertEquals(12, count(records, PetrarchRecord::noEvents));
      assertEquals(0, count(records, r -> r.error() != null));
      assertEquals(78, count(records, PetrarchRecord::evaluate));
    }

    @Test
    void keepsLeadingZerosAndFullActorCodes() {
      PetrarchRecord first = records.get(0);
      assertEquals("AFP0808020625_4", first.sentence().id());
      assertEquals("AFP", first.category());
      assertThat(first.events(), contains(new CodedEvent("USA", "CHN", "042")));
      assertEquals(LocalDate.of(2008, 8, 4), first.sentence().date());
      assertThat(
          records.stream().flatMap(r -> r.events().stream()).map(CodedEvent::sourceCode).toList(),
          hasItem("IRQGOVMIL"));
    }

    @Test
    void joinsMultiLineTextCollapsesWhitespaceAndLeavesTheParseOut() throws Exception {
      // The record spans three text lines; rebuild the expected text from the file itself.
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      int start =
          lines.indexOf(
              "<Sentence category=\"AFP\" date=\"20080806\" id=\"AFP0808020675_1\""
                  + " evaluate=\"true\"/>");
      assertTrue(start >= 0, "record line not found");
      int textStart = lines.subList(start, lines.size()).indexOf("<Text>") + start;
      int textEnd = lines.subList(start, lines.size()).indexOf("</Text>") + start;
      assertEquals(3, textEnd - textStart - 1);
      String expected =
          String.join(" ", lines.subList(textStart + 1, textEnd)).strip().replaceAll("\\s+", " ");
      PetrarchRecord record = record(records, "AFP0808020675_1");
      assertEquals(expected, record.sentence().text());
      assertThat(record.events(), hasSize(2));
      for (PetrarchRecord each : records) {
        assertThat(each.sentence().text(), not(containsString("\t")));
        assertThat(each.sentence().text(), not(containsString("\n")));
        assertThat(each.sentence().text(), not(containsString("<")));
      }
    }

    @Test
    void leavesTheUnparsableSixDigitDateNull() {
      assertNull(record(records, "AFP0808020905_1").sentence().date());
      assertEquals(1, count(records, r -> r.sentence().date() == null));
    }

    @Test
    void readsTheOneRecordWithoutTextAsBlank() {
      List<String> blank =
          records.stream()
              .filter(r -> r.sentence().text().isBlank())
              .map(r -> r.sentence().id())
              .toList();
      assertThat(blank, contains("abc12_3"));
    }
  }

  @Nested
  class Petrarch2UnitTests {
    private final List<PetrarchRecord> records =
        PetrarchXmlReader.read(
            GoldData.folder("petrarch2-unittest").resolve("PETR.UnitTest.records.xml"));

    @Test
    void reads284RecordsWith385EventCodings() {
      assertThat(records, hasSize(284));
      assertEquals(359, events(records));
      assertEquals(19, count(records, PetrarchRecord::noEvents));
      assertEquals(7, count(records, r -> r.error() != null));
      assertEquals(385, events(records) + 19 + 7);
    }

    @Test
    void makesTheTwoRepeatedIdsUnique() {
      assertThat(
          records.stream().map(r -> r.sentence().id()).collect(Collectors.toSet()), hasSize(284));
      assertEquals("AGENT", record(records, "AGENTS-18").category());
      assertEquals("AGENTS", record(records, "AGENTS-18#2").category());
      record(records, "AGENTS-19#2");
    }

    @Test
    void readsSingleQuotedValuesThatContainDoubleQuotes() {
      List<String> sources =
          records.stream().flatMap(r -> r.events().stream()).map(CodedEvent::sourceCode).toList();
      assertThat(sources, hasItem("\"INJURY TOLL\""));
    }

    @Test
    void readsNoeventsWithSpacesAroundTheEqualsSign() {
      assertTrue(
          records.stream().filter(PetrarchRecord::noEvents).allMatch(r -> r.events().isEmpty()));
    }

    @Test
    void recordWhoseOnlyCodingIsCommentedOutHasNoEvents() {
      PetrarchRecord record = record(records, "PATTERN-06");
      assertThat(record.events(), empty());
      assertFalse(record.noEvents());
      assertNull(record.error());
    }

    @Test
    void datesEveryRecord() {
      assertEquals(0, count(records, r -> r.sentence().date() == null));
      assertEquals(226, count(records, r -> r.sentence().date().getYear() == 1995));
    }
  }

  @Nested
  class HandMadeLines {

    @Test
    void skipsBannerLinesBeforeTheFirstRecord() {
      List<PetrarchRecord> records =
          PetrarchXmlReader.parse(
              List.of(
                  "<Validation>",
                  "# the <EventCoding ...> lines below were checked by hand",
                  "<Sentence date=\"20010203\" id=\"A-1\" category=\"T\">",
                  "<EventCoding sourcecode=\"AAA\" targetcode=\"BBB\" eventcode=\"040\"/>",
                  "<Text>A met B.</Text>",
                  "</Sentence>"),
              "test");
      assertThat(records, hasSize(1));
      assertThat(records.get(0).events(), contains(new CodedEvent("AAA", "BBB", "040")));
      assertEquals("A met B.", records.get(0).sentence().text());
    }

    @Test
    void ignoresCodingsInsideMultiLineComments() {
      List<PetrarchRecord> records =
          PetrarchXmlReader.parse(
              List.of(
                  "<Sentence date='20010203' id='A-1'>",
                  "<!-- old coding:",
                  "<EventCoding sourcecode=\"AAA\" targetcode=\"BBB\" eventcode=\"040\"/>",
                  "-->",
                  "<EventCoding sourcecode='CCC' targetcode = 'DDD' eventcode='1823'/> <!-- x -->",
                  "<Text>",
                  "  C killed someone",
                  "  in D.",
                  "</Text>"),
              "test");
      assertThat(records.get(0).events(), contains(new CodedEvent("CCC", "DDD", "1823")));
      assertEquals("C killed someone in D.", records.get(0).sentence().text());
    }

    @Test
    void ignoresEverythingInsideTheParse() {
      List<PetrarchRecord> records =
          PetrarchXmlReader.parse(
              List.of(
                  "<Sentence date=\"20010203\" id=\"A-1\">",
                  "<Text>A met B.</Text>",
                  "<Parse>",
                  "<Text>not the text</Text>",
                  "<EventCoding sourcecode=\"X\" targetcode=\"Y\" eventcode=\"010\"/>",
                  "</Parse>",
                  "</Sentence>"),
              "test");
      assertThat(records.get(0).events(), empty());
      assertEquals("A met B.", records.get(0).sentence().text());
    }

    @Test
    void readsNoeventsErrorAndEvaluateFlags() {
      List<PetrarchRecord> records =
          PetrarchXmlReader.parse(
              List.of(
                  "<Sentence date=\"20010203\" id=\"A-1\" evaluate=\"false\"/>",
                  "<EventCoding noevents = \"True\" />",
                  "<Text>Nothing happened.</Text>",
                  "<Sentence date=\"20010203\" id=\"A-2\">",
                  "<EventCoding error=\"dateline\"></EventCoding>",
                  "<Text>Somewhere: --</Text>"),
              "test");
      assertFalse(records.get(0).evaluate());
      assertTrue(records.get(0).noEvents());
      assertTrue(records.get(1).evaluate());
      assertEquals("dateline", records.get(1).error());
      assertThat(records.get(1).events(), empty());
    }

    @Test
    void suffixesRepeatedIds() {
      List<PetrarchRecord> records =
          PetrarchXmlReader.parse(
              List.of(
                  "<Sentence id=\"A\">", "<Text>one</Text>",
                  "<Sentence id=\"A\">", "<Text>two</Text>",
                  "<Sentence id=\"A\">", "<Text>three</Text>"),
              "test");
      assertThat(
          records.stream().map(r -> r.sentence().id()).toList(), contains("A", "A#2", "A#3"));
      assertTrue(records.stream().map(r -> r.sentence().date()).allMatch(Objects::isNull));
    }

    @Test
    void rejectsAnImpossibleEightDigitDate() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PetrarchXmlReader.parse(
                      List.of("<Sentence date=\"20151301\" id=\"A\">", "<Text>x</Text>"), "f.xml"));
      assertThat(e.getMessage(), containsString("f.xml:1"));
    }

    @Test
    void rejectsACodingWithoutEventcodeNoeventsOrError() {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              PetrarchXmlReader.parse(
                  List.of("<Sentence id=\"A\">", "<EventCoding sourcecode=\"X\"/>"), "f.xml"));
    }

    @Test
    void rejectsATextThatIsNeverClosed() {
      assertThrows(
          IllegalArgumentException.class,
          () -> PetrarchXmlReader.parse(List.of("<Sentence id=\"A\">", "<Text>", "x"), "f.xml"));
    }
  }
}
