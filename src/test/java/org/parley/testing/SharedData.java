package org.parley.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates real data under {@code ../shared} (relative to the project root) for tests. */
public final class SharedData {

  private SharedData() {}

  /** Returns {@code ../shared/data/<relative>}, failing the test with a clear message if it is missing. */
  public static Path data(String relative) {
    return require(Paths.get("..", "shared", "data").resolve(relative));
  }

  /** Returns {@code ../shared/seeds/<relative>}, failing the test with a clear message if it is missing. */
  public static Path seed(String relative) {
    return require(Paths.get("..", "shared", "seeds").resolve(relative));
  }

  private static Path require(Path path) {
    if (!Files.exists(path)) {
      fail(
          "Test data missing: "
              + path.toAbsolutePath().normalize()
              + " (tests expect the shared data folder at ../shared relative to the project root;"
              + " run them from the project root)");
    }
    return path;
  }
}
