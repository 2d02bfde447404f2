package org.parley.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CAMEO codebook examples ({@code cameo_manual_examples.dev.jsonl}); they carry no date.
 */
public final class CameoManualReader {

  /** File name of the examples inside the gold folder. */
  public static final String EXAMPLES_FILE = "cameo_manual_examples.dev.jsonl";

  private CameoManualReader() {}

  /** Reads the examples of a {@code cameo-manual-dev} folder. */
  public static List<CodebookExample> read(Path folder) {
    return readFile(folder.resolve(EXAMPLES_FILE));
  }

  /** Reads one examples file. */
  public static List<CodebookExample> readFile(Path file) {
    List<CodebookExample> examples = new ArrayList<>();
    for (JsonNode row : GoldFiles.readJsonLines(file)) {
      GoldSentence sentence =
          new GoldSentence(
              GoldFiles.requiredText(row, "id", file),
              GoldFiles.requiredText(row, "text", file),
              null);
      JsonNode note = row.get("note");
      examples.add(
          new CodebookExample(
              sentence,
              GoldFiles.requiredText(row, "cameo_code", file),
              row.path("cameo_name").asText(""),
              note == null || note.isNull() ? null : note.asText()));
    }
    return List.copyOf(examples);
  }
}
