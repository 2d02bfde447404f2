package org.parley.evaluate;

/** Where the evaluation command gets its coder from. */
public final class SentenceCoders {

  private SentenceCoders() {}

  /**
   * The coder backed by the real Parley pipeline: each sentence becomes its own article dated with
   * the sentence's date, the pipeline runs with {@code passthroughArgs} as extra pipeline options,
   * and the events table is read back per sentence id.
   *
   * @throws IllegalStateException until the pipeline is wired in
   */
  public static SentenceCoder pipeline(String[] passthroughArgs) {
    throw new IllegalStateException("pipeline coder not wired yet");
  }
}
