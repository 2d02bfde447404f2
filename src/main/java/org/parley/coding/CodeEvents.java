package org.parley.coding;

import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
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
import org.parley.model.Event;
import org.parley.model.Failure;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.ParsedSentence;

/**
 * Codes annotated articles into events and records each article's outcome (coded or no_events);
 * an article the coder cannot handle becomes a failure.
 */
public final class CodeEvents extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {

  private static final TupleTag<Event> EVENTS = new TupleTag<>() {};
  private static final TupleTag<ArticleRecord> ARTICLES = new TupleTag<>() {};
  private static final TupleTag<Failure> FAILURES = new TupleTag<>() {};

  private final EventCoder coder;

  private CodeEvents(EventCoder coder) {
    this.coder = coder;
  }

  /** Codes with the given coder, which travels to the workers with its dictionaries. */
  public static CodeEvents with(EventCoder coder) {
    return new CodeEvents(coder);
  }

  public static TupleTag<Event> getEventsTag() {
    return EVENTS;
  }

  public static TupleTag<ArticleRecord> getArticlesTag() {
    return ARTICLES;
  }

  public static TupleTag<Failure> getFailuresTag() {
    return FAILURES;
  }

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> input) {
    PCollectionTuple out = input.apply("Code", ParDo.of(new CodeFn(coder))
        .withOutputTags(EVENTS, TupleTagList.of(ARTICLES).and(FAILURES)));
    out.get(EVENTS).setCoder(SerializableCoder.of(Event.class));
    out.get(ARTICLES).setCoder(SerializableCoder.of(ArticleRecord.class));
    out.get(FAILURES).setCoder(SerializableCoder.of(Failure.class));
    return out;
  }

  /** Runs the event coder over one article. */
  static final class CodeFn extends DoFn<AnnotatedArticle, Event> {
    private final EventCoder coder;
    private final Counter coded = Metrics.counter("parley", "articles_coded");
    private final Counter noEvents = Metrics.counter("parley", "articles_no_events");
    private final Counter events = Metrics.counter("parley", "events");
    private final Counter failed = Metrics.counter("parley", "articles_failed_coding");

    CodeFn(EventCoder coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element AnnotatedArticle element, MultiOutputReceiver out) {
      Article article = element.article();
      List<ParsedSentence> sentences = element.sentences();
      List<CodedEvent> found;
      try {
        LocalDate date = article.getPublicationDate() == null ? null : LocalDate.parse(article.getPublicationDate());
        found = coder.code(sentences, date);
      } catch (RuntimeException e) {
        String reason = "event coding failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        failed.inc();
        out.get(FAILURES).output(Failure.forArticle(article, Failure.Stage.CODE, reason));
        out.get(ARTICLES).output(ArticleRecord.of(article, ArticleRecord.Status.FAILED, sentences.size(), 0, reason));
        return;
      }
      for (CodedEvent e : found) {
        out.get(EVENTS).output(EventRows.toEvent(article, sentences.get(e.sentenceIndex()), e));
      }
      events.inc(found.size());
      if (found.isEmpty()) {
        noEvents.inc();
      } else {
        coded.inc();
      }
      out.get(ARTICLES).output(ArticleRecord.of(article,
          found.isEmpty() ? ArticleRecord.Status.NO_EVENTS : ArticleRecord.Status.CODED,
          sentences.size(), found.size(), null));
    }
  }
}
