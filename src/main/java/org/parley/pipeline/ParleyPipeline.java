package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.parley.clean.CleanArticles;
import org.parley.coding.CodeEvents;
import org.parley.coding.EventCoder;
import org.parley.ingest.InputFormat;
import org.parley.ingest.ParseOptions;
import org.parley.ingest.ReadArticles;
import org.parley.model.Article;
import org.parley.model.ArticleRecord;
import org.parley.model.Failure;
import org.parley.nlp.AnnotateSentences;
import org.parley.output.WriteTables;

/** Wires the stages: read, clean, annotate, code, write. */
public final class ParleyPipeline {

  private ParleyPipeline() {}

  private static final TupleTag<Article> TO_ANNOTATE = new TupleTag<>() {};
  private static final TupleTag<ArticleRecord> SETTLED = new TupleTag<>() {};
  private static final TupleTag<Failure> EMPTY = new TupleTag<>() {};

  /** Adds the whole job to a pipeline; tables are written into {@code stagingDir}. */
  public static void build(
      Pipeline p, ParleyOptions options, EventCoder coder, int engines, String stagingDir) {
    InputFormat format = options.getFormat() == null || options.getFormat().equals("auto")
        ? null
        : InputFormat.valueOf(options.getFormat().toUpperCase(java.util.Locale.ROOT));
    ReadArticles read = ReadArticles.from(options.getInput())
        .withFormat(format)
        .withFieldMapping(ParseOptions.parseFieldMapping(options.getCsvColumns()))
        .withFallbackDate(options.getDate());
    PCollectionTuple input = p.apply("ReadArticles", read);
    PCollection<Article> cleaned = input.get(read.getArticlesTag())
        .apply("CleanArticles", CleanArticles.create());

    PCollectionTuple routed = cleaned.apply("RouteArticles",
        ParDo.of(new RouteFn()).withOutputTags(TO_ANNOTATE, TupleTagList.of(SETTLED).and(EMPTY)));
    routed.get(TO_ANNOTATE).setCoder(SerializableCoder.of(Article.class));
    routed.get(SETTLED).setCoder(SerializableCoder.of(ArticleRecord.class));
    routed.get(EMPTY).setCoder(SerializableCoder.of(Failure.class));

    PCollectionTuple annotated = routed.get(TO_ANNOTATE)
        .apply("SpreadArticles", Reshuffle.viaRandomKey())
        .apply("AnnotateSentences",
            AnnotateSentences.with(engines, options.getMaxSentenceTokens()));
    PCollectionTuple coded = annotated.get(AnnotateSentences.getAnnotatedTag())
        .apply("CodeEvents", CodeEvents.with(coder));

    PCollection<ArticleRecord> articles = PCollectionList.of(routed.get(SETTLED))
        .and(annotated.get(AnnotateSentences.getFailedArticlesTag()))
        .and(coded.get(CodeEvents.getArticlesTag()))
        .apply("FlattenArticles", Flatten.pCollections());
    List<PCollection<Failure>> failureParts = new ArrayList<>();
    failureParts.add(input.get(read.getFailuresTag()));
    failureParts.add(routed.get(EMPTY));
    failureParts.add(annotated.get(AnnotateSentences.getFailuresTag()));
    failureParts.add(coded.get(CodeEvents.getFailuresTag()));
    PCollection<Failure> failures = PCollectionList.of(failureParts)
        .apply("FlattenFailures", Flatten.pCollections());

    PCollectionList.of(WriteTables.events(coded.get(CodeEvents.getEventsTag())))
        .and(WriteTables.articles(articles))
        .and(WriteTables.failures(failures))
        .apply("WriteTables", options.getDay() == null
            ? WriteTables.to(stagingDir)
            : WriteTables.to(stagingDir).intoPartition(options.getDay()));
  }

  /** Sends duplicates and empty articles straight to the articles table; the rest to annotation. */
  static final class RouteFn extends DoFn<Article, Article> {
    private final Counter duplicates = Metrics.counter("parley", "articles_duplicate");
    private final Counter empty = Metrics.counter("parley", "articles_empty");

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      if (article.getDuplicateOf() != null) {
        duplicates.inc();
        out.get(SETTLED).output(ArticleRecord.of(article, ArticleRecord.Status.DUPLICATE, 0, 0, null));
      } else if (article.getText().isBlank() && article.getTitle().isBlank()) {
        empty.inc();
        String reason = "no text left after cleaning";
        out.get(EMPTY).output(Failure.forArticle(article, Failure.Stage.CLEAN, reason));
        out.get(SETTLED).output(ArticleRecord.of(article, ArticleRecord.Status.FAILED, 0, 0, reason));
      } else {
        out.get(TO_ANNOTATE).output(article);
      }
    }
  }
}
