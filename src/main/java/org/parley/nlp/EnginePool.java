package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Shares loaded NLP engines among all DoFn instances (and all pipelines) of one JVM, creating at most
 * the configured number; an engine is used by one thread at a time.
 */
public final class EnginePool {

  private static final Object LOCK = new Object();
  private static final BlockingQueue<NlpEngine> IDLE = new LinkedBlockingQueue<>();
  private static final List<NlpEngine> ALL = new ArrayList<>();
  private static int maxSentenceTokens = -1;
  private static final long BYTES_PER_ENGINE = 1_800L * 1024 * 1024;

  private EnginePool() {}

  /** How many engines this JVM can hold: min(cores, max heap / 1.8 GB), at least one. */
  public static int defaultSize() {
    int cores = Runtime.getRuntime().availableProcessors();
    long byHeap = Runtime.getRuntime().maxMemory() / BYTES_PER_ENGINE;
    return (int) Math.max(1, Math.min(cores, byHeap));
  }

  /**
   * Takes an engine, creating one if fewer than {@code maxEngines} exist (0: {@link #defaultSize()}),
   * else waiting for one to be released; the caller must {@link #release} it.
   */
  public static NlpEngine acquire(int maxEngines, int sentenceTokens) throws InterruptedException {
    NlpEngine engine = IDLE.poll();
    if (engine != null) {
      return engine;
    }
    synchronized (LOCK) {
      if (maxSentenceTokens != sentenceTokens) {
        // Engines built for another sentence limit are not reused.
        for (NlpEngine e : ALL) {
          IDLE.remove(e);
        }
        ALL.clear();
        maxSentenceTokens = sentenceTokens;
      }
      if (ALL.size() < (maxEngines > 0 ? maxEngines : defaultSize())) {
        NlpEngine created = new NlpEngine(sentenceTokens);
        created.warmUp();
        ALL.add(created);
        return created;
      }
    }
    return IDLE.take();
  }

  /** Returns an engine to the pool. */
  public static void release(NlpEngine engine) {
    if (engine != null) {
      synchronized (LOCK) {
        if (!ALL.contains(engine)) {
          return;
        }
      }
      IDLE.add(engine);
    }
  }

  /** Makes sure one engine is loaded and warm, so the first article is not slow. */
  public static void warmUp(int maxEngines, int sentenceTokens) throws InterruptedException {
    synchronized (LOCK) {
      if (!ALL.isEmpty() && maxSentenceTokens == sentenceTokens) {
        return; // more engines are created only when all are busy
      }
    }
    release(acquire(maxEngines, sentenceTokens));
  }

  /** Number of engines loaded in this JVM. */
  public static int loaded() {
    synchronized (LOCK) {
      return ALL.size();
    }
  }
}
