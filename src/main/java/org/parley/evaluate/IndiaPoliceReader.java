package org.parley.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads IndiaPoliceEvents sentences ({@code sents.dev.jsonl}) and dates each with its article's
 * date from {@code metadata.dev.jsonl}.
 *
 * <p>{@code doc_id} may be a number in one file and a string in the other, so ids are compared as
 * text; {@code sent_labels} may be a JSON list or a string holding one ({@code "[]"}, {@code
 * "['ARREST', 'ANY_ACTION']"}).
 */
public final class IndiaPoliceReader {

  /** File name of the sentences inside the gold folder. */
  public static final String SENTENCES_FILE = "sents.dev.jsonl";

  /** File name of the article metadata inside the gold folder. */
  public static final String METADATA_FILE = "metadata.dev.jsonl";

  private IndiaPoliceReader() {}

  /** Reads the sentences of an {@code india-police-dev} folder. */
  public static List<PoliceSentence> read(Path folder) {
    return read(folder.resolve(SENTENCES_FILE), folder.resolve(METADATA_FILE));
  }

  /** Reads the sentences file; every sentence's article must have a dated metadata row. */
  public static List<PoliceSentence> read(Path sentencesFile, Path metadataFile) {
    Map<String, LocalDate> dates = new HashMap<>();
    for (JsonNode row : GoldFiles.readJsonLines(metadataFile)) {
      String docId = GoldFiles.requiredText(row, "doc_id", metadataFile);
      String date = GoldFiles.requiredText(row, "date", metadataFile);
      try {
        dates.put(docId, LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            metadataFile + ": article " + docId + " has a bad date " + date, e);
      }
    }
    List<PoliceSentence> sentences = new ArrayList<>();
    for (JsonNode row : GoldFiles.readJsonLines(sentencesFile)) {
      String docId = GoldFiles.requiredText(row, "doc_id", sentencesFile);
      String sentId = GoldFiles.requiredText(row, "sent_id", sentencesFile);
      LocalDate date = dates.get(docId);
      if (date == null) {
        throw new IllegalArgumentException(
            metadataFile + ": no row for doc_id " + docId + " used in " + sentencesFile);
      }
      int sentIndex;
      try {
        sentIndex = Integer.parseInt(sentId);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(sentencesFile + ": sent_id is not a number: " + row, e);
      }
      String text = GoldFiles.requiredText(row, "sent_text", sentencesFile);
      GoldSentence sentence = new GoldSentence(docId + "-" + sentIndex, text, date);
      Set<PoliceLabel> labels = labels(row.get("sent_labels"), sentencesFile, row);
      sentences.add(new PoliceSentence(sentence, docId, sentIndex, labels));
    }
    return List.copyOf(sentences);
  }

  /** Parses {@code sent_labels}: a JSON list of names or a string such as "[]" or "['KILL']". */
  static Set<PoliceLabel> labels(JsonNode value, Path file, JsonNode row) {
    List<String> names = new ArrayList<>();
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(file + ": sentence without sent_labels: " + row);
    } else if (value.isArray()) {
      value.forEach(label -> names.add(label.asText()));
    } else if (value.isTextual()) {
      String text = value.asText().strip();
      if (!text.startsWith("[") || !text.endsWith("]")) {
        throw new IllegalArgumentException(file + ": sent_labels is not a list: " + row);
      }
      for (String part : text.substring(1, text.length() - 1).split(",")) {
        String name = part.strip().replaceAll("^[\"']|[\"']$", "");
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    } else {
      throw new IllegalArgumentException(file + ": sent_labels is not a list: " + row);
    }
    Set<PoliceLabel> labels = EnumSet.noneOf(PoliceLabel.class);
    for (String name : names) {
      try {
        labels.add(PoliceLabel.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": unknown label " + name + " in " + row, e);
      }
    }
    return labels;
  }
}
