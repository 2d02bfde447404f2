package org.parley.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverGsrReaderTest {

  private static List<PloverRecord> records;

  @BeforeAll
  static void readGold() {
    records = PloverGsrReader.read(GoldData.folder("plover-gsr-dev"));
  }

  private static PloverRecord record(String id) {
    return records.stream()
        .filter(r -> r.sentence().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record " + id));
  }

  @Test
  void readsTheSentencesAndSkipsTheDocumentHeader() {
    assertThat(records, hasSize(112));
    assertThat(
        records.stream().map(PloverRecord::ploverEvent).collect(Collectors.toSet()),
        not(hasItem("DOCUMENT")));
    Set<String> ids = records.stream().map(r -> r.sentence().id()).collect(Collectors.toSet());
    assertThat(ids, hasSize(112));
  }

  @Test
  void joinsCameoCodesWithLeadingZerosAndKeepsTheOneMissingCode() {
    assertEquals("0312", record("PLOVER-GSR01-AGREE-0004").cameoCode());
    assertEquals("032", record("PLOVER-GSR01-AGREE-0008").cameoCode());
    List<String> withoutCode =
        records.stream().filter(r -> r.cameoCode() == null).map(r -> r.sentence().id()).toList();
    assertThat(withoutCode, contains("PLOVER-GSR01-THREATEN-0005"));
  }

  @Test
  void datesEveryRecordWithThePlaceholderDate() {
    assertThat(
        records.stream().map(r -> r.sentence().date()).collect(Collectors.toSet()),
        is(Set.of(LocalDate.of(2000, 1, 1))));
  }

  @Test
  void expandsACompoundSourceIntoOneGoldEventPerActor() {
    PloverRecord compound = record("PLOVER-GSR01-AGREE-0004");
    assertThat(compound.sources(), hasSize(2));
    assertThat(compound.targets(), empty());
    assertThat(
        compound.goldEvents(),
        contains(new CodedEvent("JOR", "", "0312"), new CodedEvent("GBR", "", "0312")));
  }

  @Test
  void treatsAnAbsentTargetLikeAnEmptyOne() {
    long withoutTarget = records.stream().filter(r -> r.targets().isEmpty()).count();
    // 12 records have no target: 9 omit the key, 3 give "".
    assertEquals(12, withoutTarget);
    assertThat(records.stream().map(PloverRecord::sources).toList(), everyItem(not(empty())));
  }

  @Test
  void expandsTheGoldSetTo120EventsOverTheSentencesWithACode() {
    int events = records.stream().mapToInt(r -> r.goldEvents().size()).sum();
    assertEquals(120, events);
  }

  @Test
  void keepsTheSectorWhenGivenAndNullOtherwise() {
    List<GoldActor> actors =
        records.stream()
            .flatMap(r -> Stream.concat(r.sources().stream(), r.targets().stream()))
            .toList();
    assertThat(actors, hasSize(221));
    assertEquals(134, actors.stream().filter(actor -> actor.sector() != null).count());
  }

  @Test
  void failsWhenARecordHasNoCameoRow(@TempDir Path dir) throws Exception {
    Path recordsFile = dir.resolve("records.json");
    Path cameoFile = dir.resolve("cameo.jsonl");
    Files.writeString(
        recordsFile,
        "[{\"id\": \"T-1\", \"event\": \"CONSULT\", \"text\": \"A met B.\", \"date\":"
            + " \"2001-02-03\", \"source\": [{\"actorText\": \"A\", \"code\": \"AAA\"}],"
            + " \"target\": \"\"}]");
    Files.writeString(cameoFile, "{\"plover_id\": \"T-2\", \"cameo_code\": \"040\"}\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PloverGsrReader.read(recordsFile, cameoFile));
    assertThat(e.getMessage(), containsString("T-1"));
  }

  @Test
  void readsAHandMadeRecordWithANullCameoCode(@TempDir Path dir) throws Exception {
    Path recordsFile = dir.resolve("records.json");
    Path cameoFile = dir.resolve("cameo.jsonl");
    Files.writeString(
        recordsFile,
        "[{\"id\": \"DOC\", \"event\": \"DOCUMENT\"},"
            + " {\"id\": \"T-1\", \"event\": \"CONSULT\", \"text\": \"A met B.\","
            + " \"source\": [{\"actorText\": \"A\", \"code\": \"AAA\", \"sector\": \"GOV\"}]}]");
    Files.writeString(cameoFile, "{\"plover_id\": \"T-1\", \"cameo_code\": null}\n");
    List<PloverRecord> read = PloverGsrReader.read(recordsFile, cameoFile);
    assertThat(read, hasSize(1));
    assertNull(read.get(0).cameoCode());
    assertNull(read.get(0).sentence().date());
    assertEquals(new GoldActor("A", "AAA", "GOV"), read.get(0).sources().get(0));
    assertThat(read.get(0).goldEvents(), empty());
  }
}
