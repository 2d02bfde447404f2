package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared gold data that reader and end-to-end tests read at test time. */
final class GoldData {

  /** The gold folder, relative to the project root (Maven runs tests from there). */
  static final Path GOLD = Path.of("..", "shared", "data", "gold");

  private GoldData() {}

  /** The gold data folder; fails the test with a clear message when it is missing. */
  static Path goldDir() {
    if (!Files.isDirectory(GOLD)) {
      fail(
          "Gold data missing: expected "
              + GOLD.toAbsolutePath().normalize()
              + ". These tests read ../shared/data/gold relative to the project root; run"
              + " ./mvnw from the project root of a checkout that has shared/data next to it.");
    }
    return GOLD;
  }

  /**
   * One gold set's folder, for example {@code plover-gsr-dev}; fails the test when it is missing.
   */
  static Path folder(String name) {
    Path folder = goldDir().resolve(name);
    if (!Files.isDirectory(folder)) {
      fail("Gold data missing: expected folder " + folder.toAbsolutePath().normalize());
    }
    return folder;
  }
}
