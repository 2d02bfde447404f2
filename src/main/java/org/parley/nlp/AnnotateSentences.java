package org.parley.nlp;

import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.parley.model.Article;
import org.parley.model.ArticleRecord;
import org.parley.model.Failure;

/**
 * Annotates cleaned articles with sentences, tokens, POS, lemmas, named entities and dependencies;
 * articles the NLP components cannot process become failures.
 */
public final class AnnotateSentences extends PTransform<PCollection<Article>, PCollectionTuple> {

  private static final TupleTag<AnnotatedArticle> ANNOTATED = new TupleTag<>() {};
  private static final TupleTag<Failure> FAILURES = new TupleTag<>() {};
  private static final TupleTag<ArticleRecord> FAILED_ARTICLES = new TupleTag<>() {};

  private final int engines;
  private final int maxSentenceTokens;

  private AnnotateSentences(int engines, int maxSentenceTokens) {
    this.engines = engines;
    this.maxSentenceTokens = maxSentenceTokens;
  }

  /** Annotates with at most {@code engines} loaded engine sets per worker JVM (0: as many as it can hold). */
  public static AnnotateSentences with(int engines, int maxSentenceTokens) {
    return new AnnotateSentences(engines, maxSentenceTokens);
  }

  public static TupleTag<AnnotatedArticle> getAnnotatedTag() {
    return ANNOTATED;
  }

  public static TupleTag<Failure> getFailuresTag() {
    return FAILURES;
  }

  /** Articles-table rows (status failed) for the articles that could not be annotated. */
  public static TupleTag<ArticleRecord> getFailedArticlesTag() {
    return FAILED_ARTICLES;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out = articles.apply(
        "Annotate", ParDo.of(new AnnotateFn(engines, maxSentenceTokens))
            .withOutputTags(ANNOTATED, TupleTagList.of(FAILURES).and(FAILED_ARTICLES)));
    out.get(ANNOTATED).setCoder(SerializableCoder.of(AnnotatedArticle.class));
    out.get(FAILURES).setCoder(SerializableCoder.of(Failure.class));
    out.get(FAILED_ARTICLES).setCoder(SerializableCoder.of(ArticleRecord.class));
    return out;
  }

  /** Runs the shared DKPro engines over one article. */
  static final class AnnotateFn extends DoFn<Article, AnnotatedArticle> {
    private final int engines;
    private final int maxSentenceTokens;
    private final Counter annotated = Metrics.counter("parley", "articles_annotated");
    private final Counter failed = Metrics.counter("parley", "articles_failed_annotation");
    private final Distribution millis = Metrics.distribution("parley", "annotate_millis");

    AnnotateFn(int engines, int maxSentenceTokens) {
      this.engines = engines;
      this.maxSentenceTokens = maxSentenceTokens;
    }

    @Setup
    public void setup() throws InterruptedException {
      EnginePool.warmUp(engines, maxSentenceTokens);
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) throws InterruptedException {
      String text = NlpText.of(article);
      NlpEngine engine = EnginePool.acquire(engines, maxSentenceTokens);
      long start = System.nanoTime();
      List<ParsedSentence> sentences;
      try {
        sentences = engine.annotate(text);
      } catch (RuntimeException e) {
        failed.inc();
        String reason = "NLP annotation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        out.get(FAILURES).output(Failure.forArticle(article, Failure.Stage.ANNOTATE, reason));
        out.get(FAILED_ARTICLES).output(
            ArticleRecord.of(article, ArticleRecord.Status.FAILED, 0, 0, reason));
        return;
      } finally {
        EnginePool.release(engine);
      }
      millis.update((System.nanoTime() - start) / 1_000_000);
      annotated.inc();
      out.get(ANNOTATED).output(new AnnotatedArticle(article, sentences));
    }
  }
}
