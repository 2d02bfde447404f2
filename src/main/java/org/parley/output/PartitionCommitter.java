package org.parley.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Moves the partitions a run wrote from its staging folder into the live output, file by file with
 * atomic renames, so readers see either the old or the new file of a partition, never a half-written
 * one; an interrupted commit is finished by the next run.
 */
public final class PartitionCommitter {

  /** Marker written into a staging folder once its pipeline succeeded: its files may be committed. */
  public static final String READY = "_READY";

  private final Path output;

  public PartitionCommitter(Path output) {
    this.output = output;
  }

  /** The staging root of all runs: OUTPUT/_staging. */
  public Path stagingRoot() {
    return output.resolve("_staging");
  }

  /** The staging folder of one run. */
  public Path staging(String runId) {
    return stagingRoot().resolve(runId);
  }

  /**
   * Finishes commits that a killed run left half done and deletes staging folders of runs that never
   * finished their pipeline; returns the run ids whose commits were finished.
   */
  public List<String> recover() throws IOException {
    List<String> finished = new ArrayList<>();
    if (!Files.isDirectory(stagingRoot())) {
      return finished;
    }
    try (DirectoryStream<Path> runs = Files.newDirectoryStream(stagingRoot())) {
      List<Path> sorted = new ArrayList<>();
      runs.forEach(sorted::add);
      sorted.sort(Comparator.naturalOrder());
      for (Path run : sorted) {
        if (Files.exists(run.resolve(READY))) {
          commit(run);
          finished.add(run.getFileName().toString());
        } else {
          deleteTree(run);
        }
      }
    }
    return finished;
  }

  /** Marks a staging folder ready, then moves every table file into place and removes the folder. */
  public List<String> commit(Path staged) throws IOException {
    if (!Files.exists(staged.resolve(READY))) {
      Files.writeString(staged.resolve(READY), "ready\n", StandardCharsets.UTF_8);
    }
    List<String> partitions = new ArrayList<>();
    for (String format : List.of("parquet", "csv")) {
      Path formatDir = staged.resolve(format);
      if (!Files.isDirectory(formatDir)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(formatDir)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        Path relative = staged.relativize(file);
        Path target = output.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        move(file, target);
        String partition = relative.getParent().getFileName().toString();
        if (!partitions.contains(partition)) {
          partitions.add(partition);
        }
      }
    }
    deleteTree(staged);
    partitions.sort(Comparator.naturalOrder());
    return partitions;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Different file stores: copy next to the target, then rename atomically over it.
      Path temp = to.resolveSibling("." + to.getFileName() + ".tmp");
      Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Files.delete(from);
    }
  }

  /** Deletes a folder and everything under it; missing folders are fine. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
