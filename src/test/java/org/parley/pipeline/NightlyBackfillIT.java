package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Nightly day runs and resumable backfills over an archive laid out by date. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyBackfillIT {

  @TempDir static Path archive;
  @TempDir static Path out;

  @BeforeAll
  static void buildArchive() throws Exception {
    Path day1 = Files.createDirectories(archive.resolve("2024/03/05"));
    Path day2 = Files.createDirectories(archive.resolve("2024/03/06"));
    Files.createDirectories(archive.resolve("2024/03/07")); // a day without articles
    Files.copy(Path.of("data-samples/txt/2024/03/05/g7-foreign-ministers.txt"), day1.resolve("g7.txt"));
    Files.copy(Path.of("data-samples/csv/regional-news.csv"), day1.resolve("regional.csv"));
    Files.copy(Path.of("data-samples/json/briefs.json"), day2.resolve("briefs.json"));
  }

  private static int parley(PrintStream console, String... args) {
    return Parley.execute(args, console, System.err);
  }

  private static String backfill(String from, String to, String... extra) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream console = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("backfill", "--from=" + from, "--to=" + to,
        "--archive=" + archive, "--output=" + out, "--progressSeconds=0"));
    args.addAll(List.of(extra));
    assertEquals(0, parley(console, args.toArray(String[]::new)), buffer.toString(StandardCharsets.UTF_8));
    String text = buffer.toString(StandardCharsets.UTF_8);
    System.out.print(text);
    return text;
  }

  @Test
  @Order(1)
  void interruptedBackfillResumesAndWritesEachDayOnce() throws Exception {
    backfill("2024-03-05", "2024-03-05"); // as if stopped after the first day
    String log = backfill("2024-03-05", "2024-03-07");
    assertTrue(log.contains("2024-03-05 already written"), log);
    assertTrue(log.contains("3 of 3 days done"), log);
    for (String day : List.of("2024-03-05", "2024-03-06", "2024-03-07")) {
      for (String table : List.of("events", "articles", "failures")) {
        assertTrue(Files.exists(out.resolve("parquet/" + table + "/publication_date=" + day + "/" + table + ".parquet")),
            table + " " + day);
      }
      assertTrue(Files.exists(DayMarkers.file(out, day)));
    }
    // Articles carry their record dates, but a day run files them all under its day.
    List<Map<String, String>> articles = PipelineRuns.rows(out, "articles");
    assertEquals(5, articles.size(), "3 articles on the first day, 2 on the second");
    try (Stream<Path> partitions = Files.list(out.resolve("csv/articles"))) {
      assertEquals(3, partitions.count());
    }
    try (Stream<Path> runs = Files.list(out.resolve("_runs"))) {
      assertEquals(3, runs.filter(p -> p.toString().endsWith(".json")).count(), "three runs, one skipped day");
    }
  }

  @Test
  @Order(2)
  void rerunningADayReplacesItsPartitions() throws Exception {
    Map<String, byte[]> before = files("2024-03-05");
    assertEquals(0, parley(System.out, "run", "--day=2024-03-05", "--archive=" + archive,
        "--output=" + out, "--progressSeconds=0"));
    assertEquals(before.keySet(), files("2024-03-05").keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, files("2024-03-05").get(name), name));
    assertEquals(5, PipelineRuns.rows(out, "articles").size());
  }

  @Test
  @Order(3)
  void forceRewritesDaysThatAreDone() {
    String log = backfill("2024-03-06", "2024-03-06", "--force");
    assertFalse(log.contains("skipped ("), log);
  }

  @Test
  @Order(4)
  void killingARunMidwayLeavesThePreviousDayReadableAndComplete() throws Exception {
    Map<String, byte[]> before = files("2024-03-05");
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
            "-cp", System.getProperty("java.class.path"), Parley.class.getName(),
            "run", "--day=2024-03-05", "--archive=" + archive, "--output=" + out, "--progressSeconds=0")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    Path staging = out.resolve("_staging");
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline && !hasRun(staging)) {
      Thread.sleep(100);
    }
    assertTrue(hasRun(staging), "the child run never started writing");
    Thread.sleep(2_000); // let it get into the middle of the pipeline
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));

    Map<String, byte[]> after = files("2024-03-05");
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('"
            + out.resolve("parquet/articles/publication_date=2024-03-05/articles.parquet") + "')")) {
      assertTrue(rs.next());
      assertEquals(3, rs.getLong(1));
    }
    // The next run clears what the killed one left behind.
    assertEquals(0, parley(System.out, "run", "--day=2024-03-07", "--archive=" + archive,
        "--output=" + out, "--progressSeconds=0"));
    try (Stream<Path> left = Files.list(staging)) {
      assertEquals(0, left.count());
    }
  }

  private static boolean hasRun(Path staging) {
    try (Stream<Path> runs = Files.list(staging)) {
      return runs.findAny().isPresent();
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static Map<String, byte[]> files(String day) {
    Map<String, byte[]> files = new TreeMap<>();
    try {
      for (String format : List.of("csv", "parquet")) {
        for (String table : List.of("events", "articles", "failures")) {
          Path dir = out.resolve(format).resolve(table).resolve("publication_date=" + day);
          try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
              files.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return files;
  }
}
