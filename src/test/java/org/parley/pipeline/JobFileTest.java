package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFileTest {

  @TempDir Path dir;

  @Test
  void readsOptionsSkippingCommentsAndExpandingVariables() throws Exception {
    Path job = dir.resolve("nightly.job");
    Files.writeString(job, "# nightly\n\n--input=${PARLEY_HOME}/news/*.jsonl\n--output=/data/out\n");
    assertEquals(List.of("--input=/opt/parley/news/*.jsonl", "--output=/data/out"),
        JobFile.read(job, Map.of("PARLEY_HOME", "/opt/parley")));
  }

  @Test
  void rejectsLinesThatAreNotOptions() throws Exception {
    Path job = dir.resolve("bad.job");
    Files.writeString(job, "input=news\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobFile.read(job, Map.of()));
    assertEquals(true, e.getMessage().contains("bad.job:1"));
  }

  @Test
  void unknownVariableIsAnError() throws Exception {
    Path job = dir.resolve("var.job");
    Files.writeString(job, "--input=${NOPE}/x\n");
    assertThrows(IllegalArgumentException.class, () -> JobFile.read(job, Map.of()));
  }

  @Test
  void commandLineOptionReplacesEveryJobValueOfThatOption() {
    List<String> merged = JobFile.merge(
        List.of("--input=a", "--input=b", "--output=o", "--date=2020-01-01"),
        List.of("--input", "c", "--date=2021-02-02"));
    assertEquals(List.of("--output=o", "--input=c", "--date=2021-02-02"), merged);
  }

  @Test
  void jobFileAndCommandLineBuildTypedOptions() throws Exception {
    Path job = dir.resolve("sample.job");
    Files.writeString(job, "--input=x.txt\n--output=out\n--nlpEngines=3\n");
    ParleyOptions options = Parley.options(List.of(job.toString(), "--nlpEngines=1"));
    assertEquals(List.of("x.txt"), options.getInput());
    assertEquals(1, options.getNlpEngines());
    assertEquals(job.toString(), options.getJobFile());
  }
}
