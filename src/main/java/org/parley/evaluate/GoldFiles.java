package org.parley.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** File helpers shared by the gold readers; every failure names the file it came from. */
final class GoldFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFiles() {}

  /** All lines of a UTF-8 file; a missing file is reported with its path. */
  static List<String> readLines(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("gold file not found: " + file.toAbsolutePath());
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The whole file as one JSON tree. */
  static JsonNode readTree(Path file) {
    try {
      return JSON.readTree(String.join("\n", readLines(file)));
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not valid JSON", e);
    }
  }

  /** The non-blank lines of a JSON-lines file, each parsed. */
  static List<JsonNode> readJsonLines(Path file) {
    List<JsonNode> rows = new ArrayList<>();
    List<String> lines = readLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        rows.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a JSON object", e);
      }
    }
    return rows;
  }

  /** A scalar field as text; absent, null or structured values are an error naming the file. */
  static String requiredText(JsonNode node, String field, Path file) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      throw new IllegalArgumentException(file + ": record without \"" + field + "\": " + node);
    }
    return value.asText();
  }
}
