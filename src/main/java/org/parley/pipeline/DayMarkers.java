package org.parley.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Records, per archive day, which run last wrote the day and with what fingerprint (version,
 * dictionaries, inputs), so that backfills can skip days that are already done.
 */
public final class DayMarkers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DayMarkers() {}

  /** The marker file of a day: OUTPUT/_runs/days/DAY.json. */
  public static Path file(Path output, String day) {
    return output.resolve("_runs").resolve("days").resolve(day + ".json");
  }

  /** Writes (atomically) that the day was written by this run with this fingerprint. */
  static void write(Path output, String day, String runId, String fingerprint) throws IOException {
    Path file = file(output, day);
    Files.createDirectories(file.getParent());
    ObjectNode node = JSON.createObjectNode();
    node.put("day", day);
    node.put("run_id", runId);
    node.put("parley_version", Version.get());
    node.put("fingerprint", fingerprint);
    Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(temp, JSON.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** True when the day was last written with exactly this fingerprint. */
  public static boolean isDone(Path output, String day, String fingerprint) throws IOException {
    Path file = file(output, day);
    if (!Files.exists(file)) {
      return false;
    }
    JsonNode node = JSON.readTree(file.toFile());
    return fingerprint.equals(node.path("fingerprint").asText());
  }
}
