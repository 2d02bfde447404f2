package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.output.TableFiles;

/** Runs Parley jobs from tests (in-process, sharing the JVM's NLP engines) and reads their tables. */
final class PipelineRuns {

  private PipelineRuns() {}

  /** Runs {@code parley run ARGS} and fails the test unless the run succeeded. */
  static ParleyRun.Summary run(String... args) throws IOException {
    ParleyRun.Summary summary = ParleyRun.run(Parley.options(Arrays.asList(args)), System.out);
    assertEquals("succeeded", summary.status(), "run record: " + summary.runRecord());
    return summary;
  }

  /** Every CSV and Parquet table file under an output folder, by relative path, with its bytes. */
  static Map<String, byte[]> tableFiles(Path output) throws IOException {
    Map<String, byte[]> files = new java.util.TreeMap<>();
    for (String format : List.of("csv", "parquet")) {
      try (Stream<Path> walk = Files.walk(output.resolve(format))) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          files.put(output.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  /** All rows of a table's CSV files under an output folder, as column -> value maps. */
  static List<Map<String, String>> rows(Path output, String table) throws IOException {
    return TableFiles.readCsv(output.resolve("csv").resolve(table));
  }
}
