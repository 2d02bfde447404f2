package org.parley.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads the PLOVER gold-standard records (a JSON array whose first record is a DOCUMENT header) and
 * joins each sentence with its CAMEO code from {@code plover_to_cameo_code.dev.jsonl}.
 */
public final class PloverGsrReader {

  /** File name of the PLOVER records inside the gold folder. */
  public static final String RECORDS_FILE = "PLOVER_GSR_CAMEO.dev.json";

  /** File name of the PLOVER id to CAMEO code table inside the gold folder. */
  public static final String CAMEO_FILE = "plover_to_cameo_code.dev.jsonl";

  private PloverGsrReader() {}

  /** Reads the records of a {@code plover-gsr-dev} folder. */
  public static List<PloverRecord> read(Path folder) {
    return read(folder.resolve(RECORDS_FILE), folder.resolve(CAMEO_FILE));
  }

  /**
   * Reads the records file and joins the CAMEO codes; every record must have a row in the CAMEO
   * file (its code may be null).
   */
  public static List<PloverRecord> read(Path recordsFile, Path cameoFile) {
    Map<String, @Nullable String> cameoCodes = readCameoCodes(cameoFile);
    JsonNode root = GoldFiles.readTree(recordsFile);
    if (!root.isArray()) {
      throw new IllegalArgumentException(recordsFile + ": expected a JSON array of PLOVER records");
    }
    List<PloverRecord> records = new ArrayList<>();
    for (JsonNode node : root) {
      String id = GoldFiles.requiredText(node, "id", recordsFile);
      String event = GoldFiles.requiredText(node, "event", recordsFile);
      if (event.equals("DOCUMENT")) {
        continue;
      }
      if (!cameoCodes.containsKey(id)) {
        throw new IllegalArgumentException(
            cameoFile + ": no CAMEO code row for PLOVER record " + id);
      }
      String text = GoldFiles.requiredText(node, "text", recordsFile);
      GoldSentence sentence = new GoldSentence(id, text, date(node, recordsFile));
      records.add(
          new PloverRecord(
              sentence,
              actors(node.get("source"), id, recordsFile),
              actors(node.get("target"), id, recordsFile),
              event,
              cameoCodes.get(id)));
    }
    return List.copyOf(records);
  }

  private static Map<String, @Nullable String> readCameoCodes(Path cameoFile) {
    Map<String, @Nullable String> codes = new HashMap<>();
    for (JsonNode row : GoldFiles.readJsonLines(cameoFile)) {
      String id = GoldFiles.requiredText(row, "plover_id", cameoFile);
      JsonNode code = row.get("cameo_code");
      codes.put(id, code == null || code.isNull() ? null : code.asText());
    }
    return codes;
  }

  // A side is a list of actor objects, or "" / absent when the sentence names none.
  private static List<GoldActor> actors(@Nullable JsonNode side, String id, Path file) {
    if (side == null || side.isNull() || (side.isTextual() && side.asText().isEmpty())) {
      return List.of();
    }
    if (!side.isArray()) {
      throw new IllegalArgumentException(
          file + ": record " + id + " has a source/target that is neither a list nor \"\"");
    }
    List<GoldActor> actors = new ArrayList<>();
    for (JsonNode actor : side) {
      JsonNode sector = actor.get("sector");
      actors.add(
          new GoldActor(
              actor.path("actorText").asText(""),
              GoldFiles.requiredText(actor, "code", file),
              sector == null || sector.isNull() ? null : sector.asText()));
    }
    return actors;
  }

  private static @Nullable LocalDate date(JsonNode node, Path file) {
    JsonNode date = node.get("date");
    if (date == null || date.isNull() || date.asText().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(file + ": bad date " + date.asText(), e);
    }
  }
}
