package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.output.Column;
import org.parley.output.TableSpec;
import org.parley.output.Tables;

/** The sample job: typed Parquet that DuckDB reads, CSV with headers, identical reruns. */
class SampleJobIT {

  @TempDir static Path first;
  @TempDir static Path second;
  private static ParleyRun.Summary summary;

  @BeforeAll
  static void runSampleTwice() throws Exception {
    summary = PipelineRuns.run("pipelines/sample.job", "--output=" + first, "--progressSeconds=0");
    PipelineRuns.run("pipelines/sample.job", "--output=" + second, "--progressSeconds=0");
  }

  private static Map<String, String> duckTypes(Path output, String table) throws Exception {
    Map<String, String> types = new LinkedHashMap<>();
    String glob = output.resolve("parquet").resolve(table) + "/*/*.parquet";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "DESCRIBE SELECT * FROM read_parquet('" + glob + "', hive_partitioning = false)")) {
      while (rs.next()) {
        types.put(rs.getString("column_name"), rs.getString("column_type"));
      }
    }
    return types;
  }

  private static String duckType(Column.Type type) {
    return switch (type) {
      case STRING -> "VARCHAR";
      case DATE -> "DATE";
      case INT -> "INTEGER";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
    };
  }

  @Test
  void parquetColumnsHaveTheDocumentedTypesInDuckDb() throws Exception {
    for (TableSpec<?> table : List.of(Tables.EVENTS, Tables.ARTICLES, Tables.FAILURES)) {
      Map<String, String> expected = new LinkedHashMap<>();
      for (Column<?> c : table.columns()) {
        expected.put(c.name(), duckType(c.type()));
      }
      assertEquals(expected, duckTypes(first, table.name()), table.name());
    }
  }

  @Test
  void duckDbReadsThePartitionsAndCodesKeepLeadingZeros() throws Exception {
    String glob = first.resolve("parquet/events") + "/*/*.parquet";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), min(length(cameo_code)), count(DISTINCT publication_date)"
            + " FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
      assertTrue(rs.next());
      assertEquals(summary.count("events"), rs.getLong(1));
      assertTrue(rs.getInt(2) >= 3, "codes are strings with leading zeros");
      assertTrue(rs.getLong(3) >= 3, "sample articles span several publication dates");
    }
  }

  @Test
  void csvFilesHaveTheDocumentedHeader() throws Exception {
    for (TableSpec<?> table : List.of(Tables.EVENTS, Tables.ARTICLES, Tables.FAILURES)) {
      String header = String.join(",", table.columns().stream().map(Column::name).toList());
      try (Stream<Path> files = Files.walk(first.resolve("csv").resolve(table.name()))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
          assertEquals(header, Files.readAllLines(f).get(0), f.toString());
        }
      }
    }
  }

  @Test
  void everySampleArticleHasAStatusAndDuplicatesAreMarked() throws Exception {
    List<Map<String, String>> articles = PipelineRuns.rows(first, "articles");
    assertEquals(10, articles.size(), "ten sample articles in data-samples/");
    assertEquals(1, articles.stream().filter(a -> a.get("status").equals("duplicate")).count());
    assertTrue(articles.stream().filter(a -> a.get("status").equals("coded")).count() >= 8);
  }

  @Test
  void theSameInputGivesByteIdenticalTables() throws Exception {
    Map<String, byte[]> a = PipelineRuns.tableFiles(first);
    Map<String, byte[]> b = PipelineRuns.tableFiles(second);
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name), b.get(name), name);
    }
  }

  @Test
  void aRerunReplacesItsPartitionsInsteadOfAddingToThem() throws Exception {
    Map<String, byte[]> before = PipelineRuns.tableFiles(second);
    ParleyRun.Summary again =
        PipelineRuns.run("pipelines/sample.job", "--output=" + second, "--progressSeconds=0");
    Map<String, byte[]> after = PipelineRuns.tableFiles(second);
    assertEquals(before.keySet(), after.keySet());
    assertEquals(summary.count("events"), PipelineRuns.rows(second, "events").size());
    assertEquals(again.count("events"), summary.count("events"));
    try (Stream<Path> runs = Files.list(second.resolve("_runs"))) {
      assertEquals(2, runs.count(), "one run record per run");
    }
  }

}
