package org.parley.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.output.PartitionCommitter;
import org.parley.output.TableFiles;
import org.parley.pipeline.JobFile;
import org.parley.pipeline.Parley;
import org.parley.pipeline.ParleyOptions;
import org.parley.pipeline.ParleyRun;

/** Where the evaluation command gets its coder from. */
public final class SentenceCoders {

  private SentenceCoders() {}

  /**
   * The coder backed by the real Parley pipeline: each distinct sentence becomes its own article
   * dated with the sentence's date, the pipeline runs with {@code passthroughArgs} as extra pipeline
   * options, and the events table is read back per sentence id (negated events are not counted).
   */
  public static SentenceCoder pipeline(String[] passthroughArgs) {
    return pipeline(passthroughArgs, System.err);
  }

  /** As {@link #pipeline(String[])}, printing the pipeline's progress to {@code console}. */
  public static PipelineCoder pipeline(String[] passthroughArgs, PrintStream console) {
    return new PipelineCoder(Arrays.asList(passthroughArgs), console);
  }

  /** The pipeline coder; it also remembers each predicted event's confidence, for calibration. */
  public static final class PipelineCoder implements SentenceCoder {
    private final List<String> extraArgs;
    private final PrintStream console;
    private final Map<String, Double> confidences = new LinkedHashMap<>();

    PipelineCoder(List<String> extraArgs, PrintStream console) {
      this.extraArgs = extraArgs;
      this.console = console;
    }

    @Override
    public Map<String, List<CodedEvent>> code(List<GoldSentence> sentences) {
      try {
        return codeWithPipeline(sentences, extraArgs, console, confidences);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Confidence of each predicted event, keyed "sentence id|brief form of the event". */
    public Map<String, Double> confidences() {
      return confidences;
    }
  }

  private static Map<String, List<CodedEvent>> codeWithPipeline(List<GoldSentence> sentences,
      List<String> extraArgs, PrintStream console, Map<String, Double> confidences) throws IOException {
    Path work = Files.createTempDirectory("parley-evaluate");
    try {
      // Identical sentences (same text and date) are coded once: the pipeline would mark copies as
      // duplicates and code only the first.
      Map<String, String> articleOf = new LinkedHashMap<>();
      Map<String, GoldSentence> unique = new LinkedHashMap<>();
      for (GoldSentence s : sentences) {
        String key = s.text() + "\u0000" + s.date();
        String articleId = "gold-" + unique.size();
        if (!unique.containsKey(key)) {
          unique.put(key, s);
          articleOf.put(key, articleId);
        }
      }
      Path input = work.resolve("gold.jsonl");
      ObjectMapper json = new ObjectMapper();
      StringBuilder lines = new StringBuilder();
      for (Map.Entry<String, GoldSentence> e : unique.entrySet()) {
        ObjectNode node = json.createObjectNode();
        node.put("id", articleOf.get(e.getKey()));
        node.put("title", "");
        node.put("text", e.getValue().text());
        if (e.getValue().date() != null) {
          node.put("date", e.getValue().date().toString());
        }
        lines.append(json.writeValueAsString(node)).append('\n');
      }
      Files.writeString(input, lines, StandardCharsets.UTF_8);
      List<String> defaults = List.of(
          "--input=" + input, "--output=" + work.resolve("out"), "--progressSeconds=0");
      // Pipeline options given by the user replace these defaults instead of repeating them.
      ParleyOptions options = Parley.options(JobFile.merge(defaults, extraArgs));
      ParleyRun.Summary summary = ParleyRun.run(options, console);
      if (!summary.status().equals("succeeded")) {
        throw new IllegalStateException("the Parley pipeline failed; see " + summary.runRecord());
      }
      Map<String, Double> confidenceByEvent = new LinkedHashMap<>();
      Map<String, List<CodedEvent>> byArticle =
          readEvents(work.resolve("out").resolve("csv").resolve("events"), confidenceByEvent);
      Map<String, List<CodedEvent>> result = new LinkedHashMap<>();
      for (GoldSentence s : sentences) {
        String articleId = articleOf.get(s.text() + "\u0000" + s.date());
        List<CodedEvent> events = byArticle.getOrDefault(articleId, List.of());
        result.put(s.id(), events);
        for (CodedEvent e : events) {
          confidences.merge(s.id() + "|" + e.brief(), confidenceByEvent.get(articleId + "|" + e.brief()), Math::max);
        }
      }
      return result;
    } finally {
      PartitionCommitter.deleteTree(work);
    }
  }

  /** Reads every events CSV under a folder into (article id -> positive events). */
  static Map<String, List<CodedEvent>> readEvents(Path eventsDir) throws IOException {
    return readEvents(eventsDir, new LinkedHashMap<>());
  }

  /** As {@link #readEvents(Path)}, also collecting each event's confidence by "article id|brief". */
  static Map<String, List<CodedEvent>> readEvents(Path eventsDir, Map<String, Double> confidences)
      throws IOException {
    Map<String, List<CodedEvent>> byArticle = new LinkedHashMap<>();
    for (Map<String, String> row : TableFiles.readCsv(eventsDir)) {
      if (Boolean.parseBoolean(row.get("negated"))) {
        continue;
      }
      CodedEvent event = new CodedEvent(row.get("source_code"), row.get("target_code"), row.get("cameo_code"));
      byArticle.computeIfAbsent(row.get("article_id"), k -> new ArrayList<>()).add(event);
      confidences.merge(row.get("article_id") + "|" + event.brief(),
          Double.parseDouble(row.get("confidence")), Math::max);
    }
    return byArticle;
  }
}
