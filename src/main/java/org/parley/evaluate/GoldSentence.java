package org.parley.evaluate;

import java.time.LocalDate;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One gold sentence handed to a {@link SentenceCoder}: a unique id, the text, and the date to code
 * it with (null when the gold set gives none).
 */
public record GoldSentence(String id, String text, @Nullable LocalDate date) {

  /** Checks that the id is non-blank and the text present. */
  public GoldSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("gold sentence id must not be blank");
    }
  }
}
