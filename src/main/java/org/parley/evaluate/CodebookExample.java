package org.parley.evaluate;

import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One example sentence of the CAMEO codebook with the code it illustrates (no actors given). */
public record CodebookExample(
    GoldSentence sentence, String cameoCode, String cameoName, @Nullable String note) {

  /** Checks that the code is present. */
  public CodebookExample {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(cameoCode, "cameoCode");
    Objects.requireNonNull(cameoName, "cameoName");
  }
}
