package org.parley.evaluate;

import java.util.List;
import java.util.Map;

/** The seam between the evaluation and a coder: codes a batch of gold sentences in one go. */
public interface SentenceCoder {

  /**
   * Codes every sentence and returns its events keyed by {@link GoldSentence#id()}; a sentence
   * without events may be missing from the map or map to an empty list, and no other key may
   * appear.
   */
  Map<String, List<CodedEvent>> code(List<GoldSentence> sentences);
}
