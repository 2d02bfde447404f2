package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class CleanArticlesTest {

  private static Article article(String id, String file, String ref, String text) {
    return Article.builder()
        .setArticleId(id)
        .setInputFile(file)
        .setRecordRef(ref)
        .setFormat("jsonl")
        .setTitle("T " + id)
        .setText(text)
        .build();
  }

  private static Article cleaned(Article in, String text, String dateline, String duplicateOf) {
    return in.toBuilder().setText(text).setDateline(dateline).setDuplicateOf(duplicateOf).build();
  }

  @Test
  void cleansTextAndMarksExactDuplicatesDeterministically() {
    Article a = article("b-2", "/in/x.jsonl", "line 1", "PARIS (AFP) \u2014 Talks \u201cresumed\u201d.\n\nSource link");
    // Same words once case, quotes, dashes, spacing and boilerplate are set aside.
    Article b = article("a-1", "/in/y.jsonl", "line 9", "PARIS (AFP) - talks \"RESUMED\".");
    Article c = article("a-1", "/in/x.jsonl", "line 3", "Paris (AFP) - Talks resumed!");
    Article unique = article("z-9", "/in/x.jsonl", "line 2", "Something else happened.");
    Article onlyBoilerplate1 = article("e-1", "/in/x.jsonl", "line 4", "Advertisement");
    Article onlyBoilerplate2 = article("e-2", "/in/x.jsonl", "line 5", "Source link");

    Pipeline p = Pipeline.create();
    PCollection<Article> out =
        p.apply(
                "Articles",
                Create.of(List.of(a, b, c, unique, onlyBoilerplate1, onlyBoilerplate2)))
            .apply("CleanArticles", CleanArticles.create());

    // c wins: smallest (articleId, inputFile, recordRef) = ("a-1", "/in/x.jsonl", "line 3").
    PAssert.that(out)
        .containsInAnyOrder(
            cleaned(a, "Talks \"resumed\".", "PARIS (AFP)", "a-1"),
            cleaned(b, "talks \"RESUMED\".", "PARIS (AFP)", "a-1"),
            cleaned(c, "Talks resumed!", "Paris (AFP)", null),
            cleaned(unique, "Something else happened.", null, null),
            cleaned(onlyBoilerplate1, "", null, null),
            cleaned(onlyBoilerplate2, "", null, null));

    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertEquals(6, counter(result, "articles_cleaned"));
    assertEquals(2, counter(result, "duplicates_marked"));
  }

  @Test
  void theSameRecordReadTwiceKeepsOneCopyUnmarked() {
    Article a = article("a", "/in/x.txt", "", "Same text.");
    Pipeline p = Pipeline.create();
    PCollection<Article> out =
        p.apply("Articles", Create.of(List.of(a, a))).apply("CleanArticles", CleanArticles.create());
    PAssert.that(out).containsInAnyOrder(cleaned(a, "Same text.", null, null), cleaned(a, "Same text.", null, "a"));
    p.run().waitUntilFinish();
  }

  @Test
  void customPatternsAreUsed() {
    BoilerplatePatterns patterns = BoilerplatePatterns.parse("# only this one\nend of transmission\n", "inline");
    Article a = article("a", "/in/x.txt", "", "Body.\n\nEnd of transmission\n\nSource link");
    Pipeline p = Pipeline.create();
    PCollection<Article> out =
        p.apply("Articles", Create.of(List.of(a))).apply("CleanArticles", CleanArticles.withPatterns(patterns));
    PAssert.that(out).containsInAnyOrder(cleaned(a, "Body.\n\nSource link", null, null));
    p.run().waitUntilFinish();
  }

  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder().addNameFilter(MetricNameFilter.named("parley", name)).build())
            .getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}
