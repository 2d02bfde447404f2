package org.parley.coding;

import java.util.Objects;

/**
 * A date expression found in a sentence: where it is ({@code start} inclusive, {@code end}
 * exclusive, in chars), its text and what it says.
 */
public record DateMention(int start, int end, String text, DateValue value) {

  /** Rejects offsets that do not fit the text. */
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "offsets " + start + ".." + end + " do not fit '" + text + "'");
    }
  }

  /** Returns the kind of expression, named after the basis its resolved date is reported with. */
  public DateBasis kind() {
    return value.basis();
  }
}
