package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Runs Parley jobs from tests (in-process, sharing the JVM's NLP engines) and reads their tables. */
final class PipelineRuns {

  private PipelineRuns() {}

  /** Runs {@code parley run ARGS} and fails the test unless the run succeeded. */
  static ParleyRun.Summary run(String... args) throws IOException {
    ParleyRun.Summary summary = ParleyRun.run(Parley.options(Arrays.asList(args)), System.out);
    assertEquals("succeeded", summary.status(), "run record: " + summary.runRecord());
    return summary;
  }

  /** All rows of a table's CSV files under an output folder, as column -> value maps. */
  static List<Map<String, String>> rows(Path output, String table) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    Path dir = output.resolve("csv").resolve(table);
    if (!Files.isDirectory(dir)) {
      return rows;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    for (Path f : files) {
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(r, format)) {
        for (CSVRecord rec : parser) {
          rows.add(rec.toMap());
        }
      }
    }
    return rows;
  }
}
