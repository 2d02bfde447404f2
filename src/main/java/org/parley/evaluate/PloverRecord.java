package org.parley.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One PLOVER gold sentence: its source and target actors (either list may be empty), the PLOVER
 * event and the CAMEO code joined from the crosswalk file (null when the crosswalk has none).
 */
public record PloverRecord(
    GoldSentence sentence,
    List<GoldActor> sources,
    List<GoldActor> targets,
    String ploverEvent,
    @Nullable String cameoCode) {

  /** Copies the actor lists. */
  public PloverRecord {
    Objects.requireNonNull(sentence, "sentence");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    Objects.requireNonNull(ploverEvent, "ploverEvent");
  }

  /**
   * The gold events of the sentence: one per (source, target) pair, all with the sentence's CAMEO
   * code; an empty side contributes a single "" (sources JOR and GBR without a target give {@code
   * JOR - 0312} and {@code GBR - 0312}). Empty when the sentence has no CAMEO code.
   */
  public List<CodedEvent> goldEvents() {
    if (cameoCode == null) {
      return List.of();
    }
    List<String> sourceCodes = codesOrBlank(sources);
    List<String> targetCodes = codesOrBlank(targets);
    List<CodedEvent> events = new ArrayList<>();
    for (String source : sourceCodes) {
      for (String target : targetCodes) {
        events.add(new CodedEvent(source, target, cameoCode));
      }
    }
    return List.copyOf(events);
  }

  private static List<String> codesOrBlank(List<GoldActor> actors) {
    return actors.isEmpty() ? List.of("") : actors.stream().map(GoldActor::code).toList();
  }
}
