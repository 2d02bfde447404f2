package org.parley.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CameoManualReaderTest {

  private static List<CodebookExample> examples;

  @BeforeAll
  static void readGold() {
    examples = CameoManualReader.read(GoldData.folder("cameo-manual-dev"));
  }

  @Test
  void reads128UndatedExamplesWithUniqueIds() {
    assertThat(examples, hasSize(128));
    assertThat(
        examples.stream().map(e -> e.sentence().id()).collect(Collectors.toSet()), hasSize(128));
    assertTrue(examples.stream().allMatch(e -> e.sentence().date() == null));
  }

  @Test
  void keepsCodesAsStringsWithLeadingZeros() {
    CodebookExample first = examples.get(0);
    assertEquals("CAMEO-MANUAL-010-1", first.sentence().id());
    assertEquals("010", first.cameoCode());
    assertNull(first.note());
    assertTrue(examples.stream().allMatch(e -> e.cameoCode().matches("\\d{3,4}")));
  }

  @Test
  void coversEveryRootFrom01To19() {
    List<String> roots =
        IntStream.rangeClosed(1, 19).mapToObj(i -> String.format("%02d", i)).toList();
    assertEquals(
        roots,
        examples.stream().map(e -> CameoCodes.root(e.cameoCode())).distinct().sorted().toList());
  }

  @Test
  void keepsTheNotes() {
    assertEquals(21, examples.stream().map(CodebookExample::note).filter(Objects::nonNull).count());
  }
}
