package org.parley.evaluate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation report: the results of each gold set, printed as a fixed-width table and written
 * as JSON (keys in report order, rates rounded to 4 decimals) or as an errors file for error
 * analysis.
 */
public final class Evaluation {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String TABLE_ROW = "%-18s %-26s %10s%n";

  private final List<GoldSetResult> results;

  private Evaluation(List<GoldSetResult> results) {
    this.results = List.copyOf(results);
  }

  /** A report made of results computed elsewhere. */
  public static Evaluation of(List<GoldSetResult> results) {
    return new Evaluation(results);
  }

  /** Evaluates {@code coder} on each gold set found under {@code goldDir}, in the given order. */
  public static Evaluation run(List<GoldSet> goldSets, Path goldDir, SentenceCoder coder) {
    return new Evaluation(goldSets.stream().map(set -> set.evaluate(goldDir, coder)).toList());
  }

  /**
   * Runs the coder on the sentences and checks its answer: every key must be one of the sentence
   * ids and no list may be null. Sentences the coder left out get an empty list.
   */
  public static Map<String, List<CodedEvent>> code(
      SentenceCoder coder, List<GoldSentence> sentences) {
    Set<String> ids = new HashSet<>();
    for (GoldSentence sentence : sentences) {
      if (!ids.add(sentence.id())) {
        throw new IllegalArgumentException("duplicate gold sentence id " + sentence.id());
      }
    }
    Map<String, List<CodedEvent>> answer = coder.code(List.copyOf(sentences));
    if (answer == null) {
      throw new IllegalStateException("coder returned null instead of a map of events");
    }
    for (Map.Entry<String, List<CodedEvent>> entry : answer.entrySet()) {
      if (!ids.contains(entry.getKey())) {
        throw new IllegalStateException(
            "coder returned events for unknown sentence id " + entry.getKey());
      }
      if (entry.getValue() == null) {
        throw new IllegalStateException("coder returned null events for " + entry.getKey());
      }
    }
    Map<String, List<CodedEvent>> events = new LinkedHashMap<>();
    for (GoldSentence sentence : sentences) {
      events.put(sentence.id(), List.copyOf(answer.getOrDefault(sentence.id(), List.of())));
    }
    return events;
  }

  /** The results in report order. */
  public List<GoldSetResult> results() {
    return results;
  }

  /** The result of one gold set, by its command-line name. */
  public GoldSetResult result(String goldSet) {
    return results.stream()
        .filter(result -> result.goldSet().equals(goldSet))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no result for gold set " + goldSet));
  }

  /** The fixed-width table: one row per gold set and metric. */
  public String table() {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, TABLE_ROW, "gold set", "metric", "value"));
    table.append(
        String.format(Locale.ROOT, TABLE_ROW, "-".repeat(18), "-".repeat(26), "-".repeat(10)));
    for (GoldSetResult result : results) {
      for (Metric metric : result.metrics()) {
        table.append(
            String.format(
                Locale.ROOT, TABLE_ROW, result.goldSet(), metric.name(), formatted(metric)));
      }
    }
    return table.toString();
  }

  /** The metrics as JSON: an object per gold set, metrics in report order. */
  public String toJson() {
    ObjectNode root = NODES.objectNode();
    for (GoldSetResult result : results) {
      ObjectNode set = root.putObject(result.goldSet());
      for (Metric metric : result.metrics()) {
        if (metric.isCount()) {
          set.put(metric.name(), (long) metric.value());
        } else {
          set.put(metric.name(), rounded(metric.value()));
        }
      }
    }
    return write(root);
  }

  /**
   * The error analysis as JSON: per gold set the root confusion and the misses and false positives.
   */
  public String errorsJson() {
    ObjectNode root = NODES.objectNode();
    for (GoldSetResult result : results) {
      ObjectNode set = root.putObject(result.goldSet());
      ObjectNode confusion = set.putObject("root_confusion");
      result
          .rootConfusion()
          .forEach(
              (gold, row) -> {
                ObjectNode counts = confusion.putObject(gold);
                row.forEach(counts::put);
              });
      ArrayNode errors = set.putArray("errors");
      for (ErrorCase error : result.errors()) {
        errors
            .addObject()
            .put("sentence_id", error.sentenceId())
            .put("kind", error.kind().name().toLowerCase(Locale.ROOT))
            .put("field", error.field())
            .put("gold", error.gold())
            .put("predicted", error.predicted())
            .put("text", error.text());
      }
    }
    return write(root);
  }

  /** Writes {@link #toJson()} to a file, creating its folder. */
  public void writeJson(Path file) {
    writeFile(file, toJson());
  }

  /** Writes {@link #errorsJson()} to a file, creating its folder. */
  public void writeErrors(Path file) {
    writeFile(file, errorsJson());
  }

  static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  private static String formatted(Metric metric) {
    return metric.isCount()
        ? Long.toString((long) metric.value())
        : rounded(metric.value()).toPlainString();
  }

  private static String write(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the report", e);
    }
  }

  private static void writeFile(Path file, String content) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
