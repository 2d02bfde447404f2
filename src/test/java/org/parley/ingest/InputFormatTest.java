package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void detectsFormatFromExtensionIgnoringGz() {
    assertEquals(Optional.of(InputFormat.TXT), InputFormat.fromFileName("/a/b/story.txt"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.fromFileName("feed.JSONL.gz"));
    assertEquals(Optional.of(InputFormat.JSON), InputFormat.fromFileName("gs://bucket/x/all.json"));
    assertEquals(Optional.of(InputFormat.CSV), InputFormat.fromFileName("news.csv.gz"));
    assertEquals(Optional.of(InputFormat.HTML), InputFormat.fromFileName("page.htm"));
    assertEquals(Optional.of(InputFormat.HTML), InputFormat.fromFileName("page.html.gz"));
  }

  @Test
  void unknownOrMissingExtensionGivesNoFormat() {
    assertEquals(Optional.empty(), InputFormat.fromFileName("reut2-000.sgm"));
    assertEquals(Optional.empty(), InputFormat.fromFileName("README"));
    assertEquals(Optional.empty(), InputFormat.fromFileName("archive.gz"));
  }

  @Test
  void namesAreCaseInsensitive() {
    assertEquals(Optional.of(InputFormat.CSV), InputFormat.fromName("CSV"));
    assertEquals(Optional.of(InputFormat.JSONL), InputFormat.fromName("ndjson"));
    assertEquals(Optional.empty(), InputFormat.fromName("xml"));
  }
}
