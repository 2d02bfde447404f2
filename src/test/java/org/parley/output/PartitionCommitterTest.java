package org.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionCommitterTest {

  @TempDir Path out;

  private Path stage(PartitionCommitter c, String run, String partition, String content) throws Exception {
    Path file = c.staging(run).resolve("csv/events/publication_date=" + partition + "/events.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void commitReplacesTheLivePartitionFileAndLeavesOthers() throws Exception {
    PartitionCommitter c = new PartitionCommitter(out);
    stage(c, "r1", "2024-01-01", "old day 1");
    stage(c, "r1", "2024-01-02", "old day 2");
    c.commit(c.staging("r1"));
    stage(c, "r2", "2024-01-01", "new day 1");
    List<String> partitions = c.commit(c.staging("r2"));
    assertEquals(List.of("publication_date=2024-01-01"), partitions);
    assertEquals("new day 1", Files.readString(out.resolve("csv/events/publication_date=2024-01-01/events.csv")));
    assertEquals("old day 2", Files.readString(out.resolve("csv/events/publication_date=2024-01-02/events.csv")));
    assertFalse(Files.exists(c.staging("r2")));
  }

  @Test
  void recoveryDiscardsUnfinishedRunsAndFinishesReadyOnes() throws Exception {
    PartitionCommitter c = new PartitionCommitter(out);
    stage(c, "a-unfinished", "2024-01-01", "half written");
    stage(c, "b-ready", "2024-01-03", "complete");
    Files.writeString(c.staging("b-ready").resolve(PartitionCommitter.READY), "ready\n");
    assertEquals(List.of("b-ready"), c.recover());
    assertFalse(Files.exists(out.resolve("csv/events/publication_date=2024-01-01")));
    assertTrue(Files.exists(out.resolve("csv/events/publication_date=2024-01-03/events.csv")));
    assertFalse(Files.exists(c.stagingRoot().resolve("a-unfinished")));
  }
}
