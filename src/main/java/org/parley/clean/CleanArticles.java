package org.parley.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.parley.model.Article;

/**
 * Cleans every article (normalised text, no boilerplate, dateline split off) and marks exact
 * duplicates: among articles with the same duplicate key, the one with the smallest (articleId,
 * inputFile, recordRef) stays unmarked and the others get {@code duplicateOf} set to its id.
 */
public class CleanArticles extends PTransform<PCollection<Article>, PCollection<Article>> {

  private static final long serialVersionUID = 1L;

  /** Orders the articles of one duplicate group; the first one is kept as the original. */
  static final Comparator<Article> KEEP_ORDER =
      Comparator.comparing(Article::getArticleId)
          .thenComparing(Article::getInputFile)
          .thenComparing(Article::getRecordRef);

  private final BoilerplatePatterns patterns;

  private CleanArticles(BoilerplatePatterns patterns) {
    this.patterns = patterns;
  }

  /** Cleans with the boilerplate patterns shipped with Parley. */
  public static CleanArticles create() {
    return new CleanArticles(BoilerplatePatterns.defaults());
  }

  /** Cleans with the given boilerplate patterns. */
  public static CleanArticles withPatterns(BoilerplatePatterns patterns) {
    return new CleanArticles(patterns);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles
        .apply("CleanText", ParDo.of(new CleanFn(patterns)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), articles.getCoder()))
        .apply("GroupByText", GroupByKey.create())
        .apply("MarkDuplicates", ParDo.of(new MarkDuplicatesFn()))
        .setCoder(articles.getCoder());
  }

  /** Cleans one article and keys it by its duplicate key. */
  static final class CleanFn extends DoFn<Article, KV<String, Article>> {
    private static final long serialVersionUID = 1L;
    private final Counter cleaned = Metrics.counter("parley", "articles_cleaned");
    private final BoilerplatePatterns patterns;
    private transient ArticleCleaner cleaner;

    CleanFn(BoilerplatePatterns patterns) {
      this.patterns = patterns;
    }

    @Setup
    public void setup() {
      cleaner = new ArticleCleaner(patterns);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, Article>> out) {
      Article clean = cleaner.clean(article);
      cleaned.inc();
      String key = ArticleCleaner.duplicateKey(clean.getText());
      if (!clean.getText().codePoints().anyMatch(Character::isLetterOrDigit)) {
        // Bodies with no words are not duplicates of each other; give each its own group.
        key = "no-text:" + clean.getArticleId() + "\n" + clean.getInputFile() + "\n" + clean.getRecordRef();
      }
      out.output(KV.of(key, clean));
    }
  }

  /** Marks all but the first article (by {@link #KEEP_ORDER}) of a duplicate group. */
  static final class MarkDuplicatesFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    private static final long serialVersionUID = 1L;
    private final Counter duplicates = Metrics.counter("parley", "duplicates_marked");

    @ProcessElement
    public void process(@Element KV<String, Iterable<Article>> group, OutputReceiver<Article> out) {
      // Read the group once: Flink's batch runner hands out a GroupByKey result that iterates only once.
      List<Article> articles = new ArrayList<>();
      group.getValue().forEach(articles::add);
      Article keep = null;
      for (Article a : articles) {
        if (keep == null || KEEP_ORDER.compare(a, keep) < 0) {
          keep = a;
        }
      }
      boolean kept = false;
      for (Article a : articles) {
        // Equal articles (the same file read twice) are interchangeable: the first one stays.
        if (!kept && a.equals(keep)) {
          kept = true;
          out.output(a.toBuilder().setDuplicateOf(null).build());
        } else {
          duplicates.inc();
          out.output(a.toBuilder().setDuplicateOf(keep.getArticleId()).build());
        }
      }
    }
  }
}
