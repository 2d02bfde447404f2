package org.parley.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  private static EvaluateCommand.Options parse(String... args) {
    return EvaluateCommand.parse(args);
  }

  @Test
  void defaultsToTheFirstFourGoldSetsAndTheSharedDataFolder() {
    EvaluateCommand.Options options = parse();
    assertEquals(
        List.of(GoldSet.PLOVER, GoldSet.UP_GSR, GoldSet.INDIA_POLICE, GoldSet.CAMEO_MANUAL),
        options.goldSets());
    assertEquals(Path.of("../shared/data/gold"), options.dataDir());
    assertNull(options.jsonFile());
    assertNull(options.errorsFile());
    assertEquals(List.of(), options.passthroughArgs());
    assertFalse(options.help());
  }

  @Test
  void goldIsRepeatableKeepsOrderAndDropsRepeats() {
    assertEquals(
        List.of(GoldSet.PETRARCH_UNITTEST, GoldSet.PLOVER),
        parse("--gold", "petrarch-unittest", "--gold=plover", "--gold", "petrarch-unittest")
            .goldSets());
  }

  @Test
  void allAddsTheFirstFourSets() {
    assertEquals(
        List.of(
            GoldSet.PETRARCH_UNITTEST,
            GoldSet.PLOVER,
            GoldSet.UP_GSR,
            GoldSet.INDIA_POLICE,
            GoldSet.CAMEO_MANUAL),
        parse("--gold", "petrarch-unittest", "--gold", "all").goldSets());
  }

  @Test
  void readsFilesAndPassesEverythingAfterTheSeparatorToThePipeline() {
    EvaluateCommand.Options options =
        parse(
            "--data",
            "gold",
            "--json",
            "m.json",
            "--errors=e.json",
            "--",
            "--runner=DirectRunner",
            "--gold",
            "x");
    assertEquals(Path.of("gold"), options.dataDir());
    assertEquals(Path.of("m.json"), options.jsonFile());
    assertEquals(Path.of("e.json"), options.errorsFile());
    assertEquals(List.of("--runner=DirectRunner", "--gold", "x"), options.passthroughArgs());
  }

  @Test
  void rejectsUnknownOptionsAndGoldSetsAndMissingValues() {
    assertThat(
        assertThrows(IllegalArgumentException.class, () -> parse("--runner=DirectRunner"))
            .getMessage(),
        containsString("after --"));
    assertThat(
        assertThrows(IllegalArgumentException.class, () -> parse("--gold", "acled")).getMessage(),
        containsString("india-police"));
    assertThrows(IllegalArgumentException.class, () -> parse("--json"));
    assertThrows(IllegalArgumentException.class, () -> parse("--json", "--gold", "plover"));
    assertThrows(IllegalArgumentException.class, () -> parse("--data="));
  }

  @Test
  void recognisesHelp() {
    assertTrue(parse("--help").help());
    assertTrue(parse("-h").help());
  }

  @Test
  void printsTheTableAndWritesTheRequestedFiles(@TempDir Path dir) throws Exception {
    Path goldDir = GoldData.goldDir();
    Path json = dir.resolve("metrics.json");
    Path errors = dir.resolve("errors.json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--gold",
                "cameo-manual",
                "--gold",
                "up-gsr",
                "--data",
                goldDir.toString(),
                "--json",
                json.toString(),
                "--errors",
                errors.toString()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    EvaluateCommand.run(
        EvaluateCommand.parse(args.toArray(String[]::new)), GoldOracle.empty(), out);

    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table, startsWith("gold set "));
    assertThat(table, containsString("cameo-manual       root_accuracy                  0.0000"));
    assertThat(table, containsString("up-gsr             noevent_share                  1.0000"));

    JsonNode metrics = new ObjectMapper().readTree(json.toFile());
    List<String> sets = new ArrayList<>();
    metrics.fieldNames().forEachRemaining(sets::add);
    assertEquals(List.of("cameo-manual", "up-gsr"), sets);
    assertEquals(128, metrics.get("cameo-manual").get("sentences").asInt());
    assertEquals(79, metrics.get("up-gsr").get("triple_fn").asInt());

    JsonNode errorCases = new ObjectMapper().readTree(errors.toFile());
    assertEquals(128, errorCases.get("cameo-manual").get("errors").size());
    assertEquals(79, errorCases.get("up-gsr").get("errors").size());
  }

  @Test
  void failsWithAHintWhenTheGoldFolderIsMissing(@TempDir Path dir) {
    EvaluateCommand.Options options = parse("--data", dir.resolve("nowhere").toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EvaluateCommand.run(options, GoldOracle.empty(), System.out));
    assertThat(e.getMessage(), containsString("--data"));
  }
}
