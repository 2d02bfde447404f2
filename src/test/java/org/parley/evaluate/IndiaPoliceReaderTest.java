package org.parley.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndiaPoliceReaderTest {

  private static List<PoliceSentence> sentences;

  @BeforeAll
  static void readGold() {
    sentences = IndiaPoliceReader.read(GoldData.folder("india-police-dev"));
  }

  @Test
  void reads1908SentencesFrom120Articles() {
    assertThat(sentences, hasSize(1908));
    assertThat(
        sentences.stream().map(PoliceSentence::docId).collect(Collectors.toSet()), hasSize(120));
    assertThat(
        sentences.stream().map(s -> s.sentence().id()).collect(Collectors.toSet()), hasSize(1908));
  }

  @Test
  void countsTheAdjudicatedLabels() {
    Map<PoliceLabel, Integer> counts = new EnumMap<>(PoliceLabel.class);
    sentences.forEach(s -> s.labels().forEach(label -> counts.merge(label, 1, Integer::sum)));
    assertEquals(
        Map.of(
            PoliceLabel.ANY_ACTION, 245,
            PoliceLabel.FORCE, 29,
            PoliceLabel.ARREST, 23,
            PoliceLabel.FAIL, 22,
            PoliceLabel.KILL, 19),
        counts);
    assertEquals(1644, sentences.stream().filter(s -> s.labels().isEmpty()).count());
  }

  @Test
  void datesEverySentenceWithItsArticleInMarch2002() {
    PoliceSentence first = sentences.get(0);
    assertEquals("4-0", first.sentence().id());
    assertEquals(LocalDate.of(2002, 3, 2), first.sentence().date());
    assertTrue(
        sentences.stream()
            .map(s -> s.sentence().date())
            .allMatch(d -> d.getYear() == 2002 && d.getMonthValue() == 3));
  }

  @Test
  void joinsStringAndNumberDocIdsAndReadsLabelsGivenAsStrings(@TempDir Path dir) throws Exception {
    Path sents = dir.resolve("sents.jsonl");
    Path meta = dir.resolve("meta.jsonl");
    Files.writeString(
        sents,
        String.join(
            "\n",
            "{\"doc_id\": \"7\", \"sent_id\": 0, \"sent_labels\": \"[]\", \"sent_text\": \"a\"}",
            "{\"doc_id\": 7, \"sent_id\": 1, \"sent_labels\": \"['ARREST', 'ANY_ACTION']\","
                + " \"sent_text\": \"b\"}",
            "{\"doc_id\": 7, \"sent_id\": \"2\", \"sent_labels\": [\"KILL\"], \"sent_text\":"
                + " \"c\"}",
            ""));
    Files.writeString(meta, "{\"doc_id\": 7, \"date\": \"2002-03-09\", \"url\": \"u\"}\n");
    List<PoliceSentence> read = IndiaPoliceReader.read(sents, meta);
    assertThat(read.get(0).labels(), empty());
    assertEquals(Set.of(PoliceLabel.ARREST, PoliceLabel.ANY_ACTION), read.get(1).labels());
    assertEquals(Set.of(PoliceLabel.KILL), read.get(2).labels());
    assertEquals("7-2", read.get(2).sentence().id());
    assertEquals(LocalDate.of(2002, 3, 9), read.get(2).sentence().date());
  }

  @Test
  void failsOnAnUnknownLabel(@TempDir Path dir) throws Exception {
    Path sents = dir.resolve("sents.jsonl");
    Path meta = dir.resolve("meta.jsonl");
    Files.writeString(
        sents,
        "{\"doc_id\": 1, \"sent_id\": 0, \"sent_labels\": [\"RIOT\"], \"sent_text\": \"a\"}\n");
    Files.writeString(meta, "{\"doc_id\": 1, \"date\": \"2002-03-09\"}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IndiaPoliceReader.read(sents, meta));
    assertThat(e.getMessage(), containsString("RIOT"));
  }

  @Test
  void failsWhenAnArticleHasNoMetadata(@TempDir Path dir) throws Exception {
    Path sents = dir.resolve("sents.jsonl");
    Path meta = dir.resolve("meta.jsonl");
    Files.writeString(
        sents, "{\"doc_id\": 2, \"sent_id\": 0, \"sent_labels\": [], \"sent_text\": \"a\"}\n");
    Files.writeString(meta, "{\"doc_id\": 1, \"date\": \"2002-03-09\"}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IndiaPoliceReader.read(sents, meta));
    assertThat(e.getMessage(), containsString("doc_id 2"));
  }

  @Test
  void failsWithThePathWhenAFileIsMissing(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IndiaPoliceReader.read(dir));
    assertThat(e.getMessage(), containsString(IndiaPoliceReader.METADATA_FILE));
  }
}
