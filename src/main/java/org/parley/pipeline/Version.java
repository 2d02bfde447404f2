package org.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Parley version this build was made from, as recorded in run records. */
public final class Version {

  private Version() {}

  /** The project version from the build, or "unknown" when run from unfiltered sources. */
  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("/org/parley/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
