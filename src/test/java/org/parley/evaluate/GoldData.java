package org.parley.evaluate;

import java.nio.file.Path;
import org.parley.testing.SharedData;

/** Locates the shared gold data that reader and end-to-end tests read at test time. */
final class GoldData {

  private GoldData() {}

  /** The gold data folder; fails the test with a clear message when it is missing. */
  static Path goldDir() {
    return SharedData.data("gold");
  }

  /** One gold set's folder, for example {@code plover-gsr-dev}; fails the test when it is missing. */
  static Path folder(String name) {
    return SharedData.data("gold/" + name);
  }
}
