package org.parley.evaluate;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code parley evaluate}: runs the coder over gold sets and prints per-field metrics as a table,
 * and on request as JSON and as an error-analysis file.
 */
public final class EvaluateCommand {

  /** Default gold data folder, relative to the project root. */
  public static final Path DEFAULT_DATA = Path.of("..", "shared", "data", "gold");

  static final String USAGE =
      String.join(
          "\n",
          "Usage: parley evaluate [--gold NAME]... [--data DIR] [--json FILE] [--errors FILE]"
              + " [-- PIPELINE_ARGS...]",
          "  --gold NAME    gold set to score, repeatable: plover, up-gsr, india-police,",
          "                 cameo-manual, petrarch-unittest, or all (= the first four; the"
              + " default)",
          "  --data DIR     folder holding the gold sets (default ../shared/data/gold)",
          "  --json FILE    also write the metrics as JSON to FILE",
          "  --errors FILE  also write root confusion and misses / false positives to FILE",
          "  --             everything after it is passed to the Parley pipeline",
          "");

  private EvaluateCommand() {}

  /** Parsed command-line options. */
  public record Options(
      List<GoldSet> goldSets,
      Path dataDir,
      @Nullable Path jsonFile,
      @Nullable Path errorsFile,
      List<String> passthroughArgs,
      boolean help) {

    /** Copies the lists. */
    public Options {
      goldSets = List.copyOf(goldSets);
      Objects.requireNonNull(dataDir, "dataDir");
      passthroughArgs = List.copyOf(passthroughArgs);
    }
  }

  /** Parses the options and runs the evaluation with the pipeline coder. */
  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
      if (options.help()) {
        System.out.print(USAGE);
        return;
      }
      requireGoldData(options.dataDir());
    } catch (IllegalArgumentException e) {
      System.err.println("parley evaluate: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    SentenceCoder coder;
    try {
      coder = SentenceCoders.pipeline(options.passthroughArgs().toArray(String[]::new));
    } catch (IllegalStateException e) {
      System.err.println("parley evaluate: " + e.getMessage());
      System.exit(1);
      return;
    }
    run(options, coder, System.out);
  }

  /** Evaluates {@code coder}, prints the table to {@code out} and writes the requested files. */
  public static Evaluation run(Options options, SentenceCoder coder, PrintStream out) {
    requireGoldData(options.dataDir());
    List<GoldSetResult> results = new ArrayList<>();
    Map<String, Calibration> calibrations = new LinkedHashMap<>();
    for (GoldSet set : options.goldSets()) {
      // One set at a time, so that the pipeline coder's confidences belong to that set.
      if (coder instanceof SentenceCoders.PipelineCoder pipeline) {
        pipeline.confidences().clear();
      }
      GoldSetResult result = Evaluation.run(List.of(set), options.dataDir(), coder).results().get(0);
      results.add(result);
      if (coder instanceof SentenceCoders.PipelineCoder pipeline && set.scoresEvents()) {
        calibrations.put(set.cliName(), Calibration.of(result, pipeline.confidences()));
      }
    }
    Evaluation evaluation = Evaluation.of(results);
    out.print(evaluation.table());
    calibrations.forEach((set, c) -> out.print("\n" + set + ": precision of predicted events by confidence\n" + c.table()));
    if (options.jsonFile() != null) {
      evaluation.writeJson(options.jsonFile());
      if (!calibrations.isEmpty()) {
        addCalibration(options.jsonFile(), calibrations);
      }
    }
    if (options.errorsFile() != null) {
      evaluation.writeErrors(options.errorsFile());
    }
    return evaluation;
  }

  private static void addCalibration(Path json, Map<String, Calibration> calibrations) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
          .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
      com.fasterxml.jackson.databind.node.ObjectNode root =
          (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json.toFile());
      com.fasterxml.jackson.databind.node.ObjectNode node = root.putObject("calibration");
      calibrations.forEach((set, c) -> node.set(set, c.toJson()));
      java.nio.file.Files.writeString(json, mapper.writeValueAsString(root) + "\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + json, e);
    }
  }

  /**
   * Parses the arguments; without {@code --gold} all sets of {@link GoldSet#all()} are scored.
   *
   * @throws IllegalArgumentException for an unknown option or gold set, or a missing value
   */
  public static Options parse(String[] args) {
    Set<GoldSet> goldSets = new LinkedHashSet<>();
    Path dataDir = DEFAULT_DATA;
    Path jsonFile = null;
    Path errorsFile = null;
    List<String> passthrough = new ArrayList<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        passthrough.addAll(Arrays.asList(args).subList(i + 1, args.length));
        break;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "-h", "--help" -> help = true;
        case "--gold", "--data", "--json", "--errors" -> {
          if (value == null) {
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = args[++i];
          }
          if (value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value");
          }
          switch (name) {
            case "--gold" -> {
              if (value.equals("all")) {
                goldSets.addAll(GoldSet.all());
              } else {
                goldSets.add(GoldSet.fromCliName(value));
              }
            }
            case "--data" -> dataDir = Path.of(value);
            case "--json" -> jsonFile = Path.of(value);
            default -> errorsFile = Path.of(value);
          }
        }
        default ->
            throw new IllegalArgumentException(
                "unknown option " + arg + " (pipeline options go after --)");
      }
    }
    if (goldSets.isEmpty()) {
      goldSets.addAll(GoldSet.all());
    }
    return new Options(List.copyOf(goldSets), dataDir, jsonFile, errorsFile, passthrough, help);
  }

  private static void requireGoldData(Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException(
          "gold data folder not found: "
              + dataDir.toAbsolutePath().normalize()
              + " (run from the project root or pass --data DIR)");
    }
  }
}
