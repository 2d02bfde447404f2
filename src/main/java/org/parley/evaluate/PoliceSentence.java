package org.parley.evaluate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One IndiaPoliceEvents sentence: the sentence (id {@code <doc_id>-<sent_id>}, dated with its
 * article), its article and position, and the adjudicated labels (empty when it reports no police
 * action).
 */
public record PoliceSentence(
    GoldSentence sentence, String docId, int sentIndex, Set<PoliceLabel> labels) {

  /** Copies the label set. */
  public PoliceSentence {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(docId, "docId");
    labels =
        Collections.unmodifiableSet(
            labels.isEmpty() ? EnumSet.noneOf(PoliceLabel.class) : EnumSet.copyOf(labels));
  }
}
