package org.parley.evaluate;

import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A gold actor of the PLOVER records: the words, the actor code (ISO3 or IGO/NGO) and the sector.
 */
public record GoldActor(String actorText, String code, @Nullable String sector) {

  /** Checks that text and code are present. */
  public GoldActor {
    Objects.requireNonNull(actorText, "actorText");
    Objects.requireNonNull(code, "code");
  }
}
