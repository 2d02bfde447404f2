package org.parley.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.parley.coding.DictionaryFiles;
import org.parley.coding.EventCoder;
import org.parley.nlp.EnginePool;
import org.parley.output.PartitionCommitter;

/**
 * Runs one Parley job end to end: checks options, loads dictionaries, runs the pipeline into a staging
 * folder, commits its partitions, writes the run record and prints a summary.
 */
public final class ParleyRun {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ParleyRun() {}

  /** What a run did, as recorded in OUTPUT/_runs/RUN_ID.json. */
  public record Summary(
      String runId, String status, Path output, Map<String, Long> counts, Map<String, Long> counters,
      List<String> partitions, Path runRecord, double seconds) {

    public long count(String name) {
      return counts.getOrDefault(name, 0L);
    }
  }

  /** Options that make no sense, with a message that says how to fix them. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }

  /** Runs a job and returns its summary; throws UsageException for bad options. */
  public static Summary run(ParleyOptions options, PrintStream console) throws IOException {
    Instant started = Instant.now();
    applyDay(options);
    validate(options);
    Path output = Path.of(options.getOutput()).toAbsolutePath().normalize();
    Path dictionaries = dictionaryFolder(options);
    EventCoder coder;
    try {
      coder = EventCoder.of(DictionaryFiles.read(dictionaries));
    } catch (RuntimeException e) {
      throw new UsageException("Cannot load the dictionaries in " + dictionaries + ": " + e.getMessage());
    }
    int engines = engines(options);
    String runId = runId(started);
    PartitionCommitter committer = new PartitionCommitter(output);
    List<String> recovered = committer.recover();
    if (!recovered.isEmpty()) {
      console.println("[parley] finished the interrupted commit of " + recovered);
    }
    Path staging = committer.staging(runId);
    Files.createDirectories(staging);

    if (isDirect(options)) {
      DirectOptions direct = options.as(DirectOptions.class);
      // Each worker thread may hold an NLP engine: as many threads as engines.
      direct.setTargetParallelism(Math.max(1, engines));
      direct.setBlockOnRun(false);
    }
    String engineText = engines > 0
        ? engines + " NLP engine" + (engines == 1 ? "" : "s")
        : "NLP engines per worker: min(cores, heap / 1.8 GB)";
    console.printf("[parley] run %s on %s: %s -> %s (%s, dictionaries %s)%n", runId,
        options.getRunner().getSimpleName(), String.join(", ", options.getInput()), output, engineText,
        dictionaries);
    Pipeline pipeline = Pipeline.create(options);
    ParleyPipeline.build(pipeline, options, coder, engines, staging.toString());

    String status;
    String error = null;
    PipelineResult result = null;
    try {
      result = pipeline.run();
      waitWithProgress(result, options.getProgressSeconds(), started, console);
      PipelineResult.State state = result.getState();
      status = state == PipelineResult.State.DONE ? "succeeded" : "failed";
      if (!status.equals("succeeded")) {
        error = "pipeline ended in state " + state;
      }
    } catch (RuntimeException e) {
      status = "failed";
      error = rootMessage(e);
    }

    Map<String, Long> counts = new TreeMap<>();
    Map<String, Long> counters = new TreeMap<>();
    List<String> partitions = new ArrayList<>();
    if (status.equals("succeeded")) {
      counts.putAll(readManifests(staging));
      counters.putAll(counters(result));
      partitions.addAll(committer.commit(staging));
      if (options.getDay() != null) {
        DayMarkers.write(output, options.getDay(), runId, fingerprint(options, dictionaries));
      }
    } else {
      PartitionCommitter.deleteTree(staging);
    }
    double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
    Path record = writeRunRecord(options, output, runId, started, seconds, status, error, dictionaries,
        coder, counts, counters, partitions);
    Summary summary = new Summary(runId, status, output, counts, counters, partitions, record, seconds);
    printSummary(summary, error, console);
    return summary;
  }

  /** In day mode (--day), reads the day's archive folder and dates its articles with the day. */
  static void applyDay(ParleyOptions options) {
    if (options.getDay() == null || options.getDay().isBlank()) {
      options.setDay(null);
      return;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(options.getDay());
    } catch (DateTimeParseException e) {
      throw new UsageException("--day must be yyyy-MM-dd, e.g. --day=2024-03-05; got " + options.getDay());
    }
    if (options.getInput() == null || options.getInput().isEmpty()) {
      if (options.getArchive() == null || options.getArchive().isBlank()) {
        throw new UsageException("--day needs --archive=DIR (an archive laid out by date) or --input=PATTERN.");
      }
      String folder;
      try {
        folder = DateTimeFormatter.ofPattern(options.getArchiveLayout(), Locale.ROOT).format(day);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--archiveLayout is not a date pattern: " + options.getArchiveLayout());
      }
      options.setInput(List.of(Path.of(options.getArchive()).resolve(folder).resolve("**").toString()));
    }
    if (options.getDate() == null || options.getDate().isBlank()) {
      options.setDate(day.toString());
    }
  }

  static void validate(ParleyOptions options) {
    if (options.getInput() == null || options.getInput().isEmpty()) {
      throw new UsageException("No input: give --input=PATTERN (a file, folder glob such as"
          + " 'news/*.jsonl', or several separated by commas) or a job file that sets it.");
    }
    if (options.getOutput() == null || options.getOutput().isBlank()) {
      throw new UsageException("No output folder: give --output=DIR; the tables are written under it.");
    }
    if (options.getOutput().contains("://") && !options.getOutput().startsWith("file://")) {
      throw new UsageException("--output must be a local or mounted folder (partitions are committed"
          + " with atomic renames); write to a shared mount and copy to object storage afterwards.");
    }
    if (options.getDate() != null && !options.getDate().isBlank()) {
      try {
        LocalDate.parse(options.getDate());
      } catch (DateTimeParseException e) {
        throw new UsageException("--date must be yyyy-MM-dd, e.g. --date=2021-12-31; got " + options.getDate());
      }
    }
    String format = options.getFormat() == null ? "auto" : options.getFormat().toLowerCase(Locale.ROOT);
    if (!List.of("auto", "txt", "jsonl", "json", "csv", "html").contains(format)) {
      throw new UsageException("--format must be auto, txt, jsonl, json, csv or html; got " + options.getFormat());
    }
    if (options.getNlpEngines() < 0 || options.getMaxSentenceTokens() < 5) {
      throw new UsageException("--nlpEngines must be >= 0 and --maxSentenceTokens >= 5");
    }
  }

  /** The dictionary folder: the option, else configs/dictionaries of the installation. */
  static Path dictionaryFolder(ParleyOptions options) {
    String configured = options.getDictionaries();
    Path folder = configured == null || configured.isBlank()
        ? home().resolve("configs").resolve("dictionaries")
        : Path.of(configured);
    if (!Files.isDirectory(folder)) {
      throw new UsageException("Dictionary folder " + folder.toAbsolutePath()
          + " does not exist; give --dictionaries=DIR (a folder with countries.tsv, verbs.tsv, ...).");
    }
    return folder.toAbsolutePath().normalize();
  }

  /** The Parley installation folder: -Dparley.home, else the working directory. */
  public static Path home() {
    String home = System.getProperty("parley.home");
    return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
  }

  /**
   * Engines per worker JVM: the option, else as many as cores and heap allow. On a cluster runner the
   * launching JVM is not a worker, so 0 is returned and each worker sizes its own pool.
   */
  static int engines(ParleyOptions options) {
    if (options.getNlpEngines() > 0) {
      return options.getNlpEngines();
    }
    return isDirect(options) ? EnginePool.defaultSize() : 0;
  }

  private static boolean isDirect(ParleyOptions options) {
    return options.getRunner().getSimpleName().equals("DirectRunner");
  }

  private static String runId(Instant started) {
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started);
    return stamp + "-" + Long.toHexString(Double.doubleToLongBits(Math.random())).substring(0, 6);
  }

  private static void waitWithProgress(PipelineResult result, int everySeconds, Instant started, PrintStream console) {
    if (everySeconds <= 0) {
      result.waitUntilFinish();
      return;
    }
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(org.joda.time.Duration.standardSeconds(everySeconds));
      if (state != null && state.isTerminal()) {
        return;
      }
      try {
        Map<String, Long> c = counters(result);
        long elapsed = Duration.between(started, Instant.now()).toSeconds();
        console.printf("[parley] %02d:%02d files %d, articles read %d, annotated %d, events %d, failures %d%n",
            elapsed / 60, elapsed % 60, c.getOrDefault("files_read", 0L), c.getOrDefault("articles_read", 0L),
            c.getOrDefault("articles_annotated", 0L), c.getOrDefault("events", 0L),
            c.getOrDefault("read_failures", 0L) + c.getOrDefault("articles_failed_annotation", 0L));
      } catch (RuntimeException e) {
        // Some runners cannot report metrics while running; progress is then shown at the end only.
      }
    }
  }

  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> out = new TreeMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> c : metrics.getCounters()) {
      if (!c.getName().getNamespace().equals("parley")) {
        continue;
      }
      Long value;
      try {
        value = c.getCommitted();
      } catch (UnsupportedOperationException e) {
        // Beam's contract: runners that do not track committed metrics throw here; attempted values are
        // then the best count there is (equal to committed when no bundle was retried).
        value = c.getAttempted();
      }
      out.merge(c.getName().getName(), value == null ? 0L : value, Long::sum);
    }
    return out;
  }

  private static Map<String, Long> readManifests(Path staging) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    Path dir = staging.resolve("_manifest");
    if (!Files.isDirectory(dir)) {
      return counts;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        JsonNode node = JSON.readTree(f.toFile());
        node.fields().forEachRemaining(e -> {
          if (e.getValue().isNumber()) {
            counts.merge(e.getKey(), e.getValue().asLong(), Long::sum);
          }
        });
      }
    }
    return counts;
  }

  private static Path writeRunRecord(
      ParleyOptions options, Path output, String runId, Instant started, double seconds, String status,
      String error, Path dictionaries, EventCoder coder, Map<String, Long> counts, Map<String, Long> counters,
      List<String> partitions) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("run_id", runId);
    root.put("status", status);
    if (error != null) {
      root.put("error", error);
    }
    root.put("parley_version", Version.get());
    root.put("started", DateTimeFormatter.ISO_INSTANT.format(started));
    root.put("seconds", seconds);
    root.put("runner", options.getRunner().getSimpleName());
    root.put("job_file", options.getJobFile());
    ArrayNode inputs = root.putArray("inputs");
    options.getInput().forEach(inputs::add);
    root.put("output", output.toString());
    if (options.getDate() != null) {
      root.put("date", options.getDate());
    }
    if (options.getDay() != null) {
      root.put("day", options.getDay());
    }
    ObjectNode dict = root.putObject("dictionaries");
    dict.put("folder", dictionaries.toString());
    ObjectNode sums = dict.putObject("sha256");
    dictionaryChecksums(dictionaries).forEach(sums::put);
    ObjectNode sizes = dict.putObject("entries");
    sizes.put("actor_forms", coder.actors().size());
    sizes.put("people", coder.actors().peopleCount());
    sizes.put("verb_patterns", coder.actions().verbPatternCount());
    sizes.put("noun_patterns", coder.actions().nounPatternCount());
    sizes.put("cameo_codes", coder.actions().codes().size());
    ObjectNode countNode = root.putObject("counts");
    counts.forEach(countNode::put);
    ObjectNode metrics = root.putObject("counters");
    counters.forEach(metrics::put);
    ArrayNode parts = root.putArray("partitions");
    partitions.forEach(parts::add);
    Path runs = output.resolve("_runs");
    Files.createDirectories(runs);
    Path file = runs.resolve(runId + ".json");
    Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /**
   * What makes a day's output what it is: the Parley version, the dictionaries and the inputs; a
   * backfill skips a day whose marker has the same fingerprint.
   */
  public static String fingerprint(ParleyOptions options, Path dictionaries) throws IOException {
    StringBuilder sb = new StringBuilder(Version.get()).append('\n');
    dictionaryChecksums(dictionaries).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    options.getInput().forEach(i -> sb.append("input=").append(i).append('\n'));
    sb.append("format=").append(options.getFormat()).append('\n');
    sb.append("csvColumns=").append(options.getCsvColumns()).append('\n');
    sb.append("maxSentenceTokens=").append(options.getMaxSentenceTokens()).append('\n');
    return Hashing.sha256().hashString(sb, StandardCharsets.UTF_8).toString();
  }

  /** SHA-256 of every dictionary file, so a run record says exactly which dictionaries coded it. */
  public static Map<String, String> dictionaryChecksums(Path folder) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        sums.put(f.getFileName().toString(),
            Hashing.sha256().hashBytes(Files.readAllBytes(f)).toString());
      }
    }
    return sums;
  }

  private static void printSummary(Summary s, String error, PrintStream console) {
    console.println();
    console.println("Parley run " + s.runId() + " " + s.status() + " in " + String.format(Locale.ROOT, "%.1f s", s.seconds()));
    if (error != null) {
      console.println("  error:      " + error);
    }
    console.printf("  articles:   %d in (%d coded, %d without events, %d duplicates, %d failed)%n",
        s.count("articles"), s.count("articles_coded"), s.count("articles_no_events"),
        s.count("articles_duplicate"), s.count("articles_failed"));
    console.printf("  events:     %d%n", s.count("events"));
    console.printf("  failures:   %d (inputs that could not be read or processed)%n", s.count("failures"));
    console.printf("  partitions: %s%n", describe(s.partitions()));
    console.println("  tables:     " + s.output().resolve("parquet") + "/{events,articles,failures}/");
    console.println("              " + s.output().resolve("csv") + "/{events,articles,failures}/");
    console.println("  run record: " + s.runRecord());
  }

  /** A partition list that fits on one line: all of a few, else the count and the range. */
  static String describe(List<String> partitions) {
    if (partitions.isEmpty()) {
      return "none";
    }
    if (partitions.size() <= 4) {
      return String.join(", ", partitions);
    }
    return partitions.size() + " (" + partitions.get(0) + " ... " + partitions.get(partitions.size() - 1) + ")";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
