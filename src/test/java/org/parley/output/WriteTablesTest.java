package org.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Failure;

class WriteTablesTest {

  private static List<Failure> failures(int n) {
    List<Failure> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(Failure.of("in/" + i + ".txt", "r" + i, Failure.Stage.PARSE, "reason " + i,
          "a" + i, i % 3 == 0 ? "2024-01-02" : "2024-01-01"));
    }
    return rows;
  }

  private static void run(List<Failure> rows, Path staging, String onlyPartition) {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    WriteTables write = WriteTables.to(staging.toString());
    if (onlyPartition != null) {
      write = write.intoPartition(onlyPartition);
    }
    PCollectionList.of(WriteTables.failures(
            p.apply(Create.of(rows).withCoder(SerializableCoder.of(Failure.class)))))
        .apply(write);
    p.run().waitUntilFinish();
  }

  private static List<String> csvLines(Path staging, String partition) throws IOException {
    Path csv = staging.resolve("csv/failures/publication_date=" + partition + "/failures.csv");
    return Files.readAllLines(csv, StandardCharsets.UTF_8);
  }

  @Test
  void everyRowReachesItsPartitionThroughSpillFilesOnce(@TempDir Path staging) throws IOException {
    int n = WriteTables.SpillFn.FLUSH_ROWS * 3 + 17;
    run(failures(n), staging, null);
    List<String> first = csvLines(staging, "2024-01-01");
    List<String> second = csvLines(staging, "2024-01-02");
    int expectedSecond = (n + 2) / 3;
    assertEquals(n - expectedSecond + 1, first.size(), "header plus the rows of 2024-01-01");
    assertEquals(expectedSecond + 1, second.size(), "header plus the rows of 2024-01-02");
    assertEquals(first.size() - 1, first.stream().skip(1).distinct().count(), "no row written twice");
    assertTrue(Files.readString(staging.resolve("_manifest/2024-01-02.json"))
        .contains("\"failures\":" + expectedSecond));
    // The spill files are left in staging for the committer to delete, never committed.
    try (Stream<Path> spill = Files.walk(staging.resolve(WriteTables.SPILL_DIR))) {
      assertTrue(spill.anyMatch(f -> f.toString().endsWith(".bin")));
    }
  }

  @Test
  void sameRowsInAnotherOrderGiveIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
    List<Failure> rows = failures(WriteTables.SpillFn.FLUSH_ROWS + 5);
    run(rows, a, null);
    List<Failure> reversed = new ArrayList<>(rows);
    java.util.Collections.reverse(reversed);
    run(reversed, b, null);
    for (String table : List.of("csv/failures/publication_date=2024-01-01/failures.csv",
        "parquet/failures/publication_date=2024-01-01/failures.parquet",
        "parquet/events/publication_date=2024-01-02/events.parquet")) {
      assertEquals(-1L, Files.mismatch(a.resolve(table), b.resolve(table)), table);
    }
  }

  @Test
  void dayModeWritesTheDayEvenWithoutRows(@TempDir Path staging) throws IOException {
    run(List.of(), staging, "2024-03-04");
    assertEquals(1, csvLines(staging, "2024-03-04").size(), "just the header");
    assertTrue(Files.exists(staging.resolve("parquet/events/publication_date=2024-03-04/events.parquet")));
    assertFalse(Files.exists(staging.resolve("csv/failures/publication_date=2024-01-01")));
  }
}
