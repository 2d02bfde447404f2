package org.parley.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Failure;

class ReadArticlesTest {

  @TempDir Path dir;

  private String write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p.toString();
  }

  private String write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static long counter(PipelineResult result, String name) {
    MetricQueryResults q =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder().addNameFilter(MetricNameFilter.named("parley", name)).build());
    long sum = 0;
    for (MetricResult<Long> c : q.getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }

  @Test
  void everyInputBecomesAnArticleOrAFailure() throws IOException {
    byte[] fullGzip =
        FileDecoderTest.gzip(
            "Harbour reopens\nThe port reopened on Monday after dredging work. ".repeat(40)
                .getBytes(StandardCharsets.UTF_8));
    String good = write("good.txt", "Ministers meet\n\nThe ministers met on Monday.");
    String gz = write("good.jsonl.gz", FileDecoderTest.gzip("{\"id\":\"g1\",\"title\":\"G\",\"text\":\"Gz body.\"}\n".getBytes(StandardCharsets.UTF_8)));
    String latin1 =
        write("latin1.txt", "Caf\u00e9 talks\n\nThe caf\u00e9 owners met in S\u00e3o Paulo.".getBytes(Charset.forName("windows-1252")));
    String empty = write("empty.txt", "  \n\n");
    String binary = write("binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 9, 1, 2});
    String truncated = write("truncated.txt.gz", Arrays.copyOf(fullGzip, fullGzip.length / 2));
    String badJson =
        write("mixed.jsonl", "{\"id\":\"j1\",\"title\":\"J\",\"text\":\"Json body.\"}\n{\"id\": \"j2\", \"text\": \n");
    String badCsv = write("bad.csv", "id,title,text\nc1,C,Csv body.\nc2,D,\"unterminated\n");
    String missing = dir.resolve("nothing-here-*.txt").toString();

    Pipeline p = Pipeline.create();
    ReadArticles read =
        ReadArticles.from(List.of(dir.resolve("*").toString(), missing));
    PCollectionTuple out = p.apply("ReadArticles", read);
    PCollection<Article> articles = out.get(read.getArticlesTag());
    PCollection<Failure> failures = out.get(read.getFailuresTag());

    PAssert.that(articles)
        .satisfies(
            it -> {
              Map<String, String> byFile = new HashMap<>();
              for (Article a : it) {
                byFile.merge(a.getInputFile() + "#" + a.getRecordRef(), a.getText(), (x, y) -> x + "|" + y);
              }
              assertEquals(
                  Map.of(
                      good + "#", "The ministers met on Monday.",
                      gz + "#line 1", "Gz body.",
                      latin1 + "#", "The caf\u00e9 owners met in S\u00e3o Paulo.",
                      badJson + "#line 1", "Json body.",
                      badCsv + "#row 1", "Csv body."),
                  byFile);
              return null;
            });
    PAssert.that(failures)
        .satisfies(
            it -> {
              Map<String, Failure> byFile = new HashMap<>();
              for (Failure f : it) {
                byFile.put(f.getInputFile() + "#" + f.getRecordRef(), f);
              }
              assertEquals(
                  new TreeSet<>(
                      Set.of(
                          empty + "#",
                          binary + "#",
                          truncated + "#",
                          badJson + "#line 2",
                          badCsv + "#row 2",
                          missing + "#")),
                  new TreeSet<>(byFile.keySet()));
              assertEquals("empty file", byFile.get(empty + "#").getReason());
              assertThat(byFile.get(binary + "#").getReason(), startsWith("binary content"));
              assertThat(byFile.get(truncated + "#").getReason(), startsWith("corrupt or truncated gzip"));
              assertEquals("read", byFile.get(truncated + "#").getStage());
              assertThat(byFile.get(badJson + "#line 2").getReason(), startsWith("malformed JSON"));
              assertThat(byFile.get(badCsv + "#row 2").getReason(), startsWith("malformed CSV"));
              assertEquals("no file matches " + missing, byFile.get(missing + "#").getReason());
              assertEquals("read", byFile.get(missing + "#").getStage());
              return null;
            });

    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertEquals(8, counter(result, "files_read"));
    assertEquals(5, counter(result, "articles_read"));
    assertEquals(6, counter(result, "read_failures"));
  }

  @Test
  void optionsReachTheParser() throws IOException {
    write("feeds/a.data", "headline,body\nH1,First body.\nH2,Second body.\n");
    Pipeline p = Pipeline.create();
    ReadArticles read =
        ReadArticles.from(List.of(dir.resolve("feeds/*.data").toString()))
            .withFormat(InputFormat.CSV)
            .withFieldMapping(Map.of("title", "headline", "text", "body"))
            .withFallbackDate("2004-05-06");
    PCollection<Article> articles = p.apply("ReadArticles", read).get(read.getArticlesTag());
    String file = dir.resolve("feeds/a.data").toString();
    PAssert.that(articles)
        .containsInAnyOrder(
            expected(file, "row 1", "H1", "First body."), expected(file, "row 2", "H2", "Second body."));
    p.run().waitUntilFinish();
  }

  private static Article expected(String file, String ref, String title, String text) {
    return Article.builder()
        .setArticleId(ArticleIds.derive(title, text))
        .setInputFile(file)
        .setRecordRef(ref)
        .setFormat("csv")
        .setTitle(title)
        .setText(text)
        .setPublicationDate("2004-05-06")
        .setPublicationDateBasis(Article.DateBasis.OPTION)
        .build();
  }

  @Test
  void unknownSchemeIsAFailureNotACrash() {
    Pipeline p = Pipeline.create();
    ReadArticles read = ReadArticles.from(List.of("nosuchscheme://bucket/*.txt"));
    PCollectionTuple out = p.apply("ReadArticles", read);
    PAssert.that(out.get(read.getArticlesTag())).empty();
    PAssert.that(out.get(read.getFailuresTag()))
        .satisfies(
            it -> {
              List<Failure> all = new ArrayList<>();
              it.forEach(all::add);
              assertEquals(1, all.size());
              assertEquals("nosuchscheme://bucket/*.txt", all.get(0).getInputFile());
              assertThat(all.get(0).getReason(), containsString("nosuchscheme"));
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void missingFilesAndFoldersAreFailures() {
    String missingFile = dir.resolve("absent.txt").toString();
    String missingFolderGlob = dir.resolve("no-such-folder/*.jsonl").toString();
    Pipeline p = Pipeline.create();
    ReadArticles read = ReadArticles.from(List.of(missingFile, missingFolderGlob));
    PCollectionTuple out = p.apply("ReadArticles", read);
    PAssert.that(out.get(read.getArticlesTag())).empty();
    PAssert.that(out.get(read.getFailuresTag()))
        .containsInAnyOrder(
            Failure.of(missingFile, "", "read", "no file matches " + missingFile, null, null),
            Failure.of(missingFolderGlob, "", "read", "no file matches " + missingFolderGlob, null, null));
    p.run().waitUntilFinish();
  }

  @Test
  void noPatternsIsRejectedAtConstruction() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReadArticles.from(List.of()));
    assertThat(e.getMessage(), containsString("at least one"));
  }
}
