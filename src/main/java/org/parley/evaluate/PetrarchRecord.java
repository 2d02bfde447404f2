package org.parley.evaluate;

import java.util.List;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One record of a PETRARCH / UniversalPetrarch validation file: the sentence, its category, whether
 * the file asks for it to be evaluated, the expected events, whether it is marked {@code
 * noevents="True"}, and the expected error (null unless the record expects the coder to reject it).
 */
public record PetrarchRecord(
    GoldSentence sentence,
    String category,
    boolean evaluate,
    List<CodedEvent> events,
    boolean noEvents,
    @Nullable String error) {

  /** Copies the event list. */
  public PetrarchRecord {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(category, "category");
    events = List.copyOf(events);
  }
}
