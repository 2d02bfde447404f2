package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the project's scripts (scripts/local-cluster, scripts/parley) as a user would, and compares the
 * tables that two runs wrote.
 */
final class ClusterRuns {

  /** The job every cluster test runs: the sample articles, coded with the test dictionaries. */
  static final String JOB = "pipelines/sample.job";

  /**
   * The test dictionaries pinned by the unit tests: the point is that runners agree, so the tables
   * must not change when the shipped dictionaries grow.
   */
  static final String DICTIONARIES = "--dictionaries=src/test/resources/dictionaries-mini";

  private static final long TIMEOUT_MINUTES = 20;

  private ClusterRuns() {}

  /** Runs a script from the project root, its output going to the test log; returns the seconds it took. */
  static double script(String... command) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(command));
    args.set(0, Path.of(args.get(0)).toAbsolutePath().toString());
    System.out.println("[cluster-test] $ " + String.join(" ", command));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(args).inheritIO().redirectInput(ProcessBuilder.Redirect.from(
        new java.io.File("/dev/null"))).start();
    if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(0, p.exitValue(), String.join(" ", command) + " failed (see the log above)");
    System.out.printf("[cluster-test] %.1f s: %s%n", seconds, String.join(" ", command));
    return seconds;
  }

  /** Asserts that two outputs hold the same rows in every table, then the same bytes in every file. */
  static void assertSameTables(Path expected, Path actual) throws IOException {
    for (String table : List.of("events", "articles", "failures")) {
      List<String> a = sortedRows(expected, table);
      List<String> b = sortedRows(actual, table);
      assertEquals(a, b, table + " rows");
    }
    assertFalse(sortedRows(expected, "events").isEmpty(), "the job codes some events");
    Map<String, byte[]> a = PipelineRuns.tableFiles(expected);
    Map<String, byte[]> b = PipelineRuns.tableFiles(actual);
    assertEquals(a.keySet(), b.keySet(), "table files");
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name), b.get(name), name + " bytes");
    }
  }

  private static List<String> sortedRows(Path output, String table) throws IOException {
    return PipelineRuns.rows(output, table).stream()
        .map(row -> new TreeMap<>(row).toString())
        .sorted(Comparator.naturalOrder())
        .toList();
  }

}
