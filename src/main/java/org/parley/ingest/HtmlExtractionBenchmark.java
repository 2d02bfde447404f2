package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;

/**
 * Measures HTML body extraction against a benchmark folder holding {@code html/<id>.html.gz} and
 * {@code ground-truth.json} ({@code id -> {"articleBody": ...}}): bag-of-token precision, recall, F1.
 */
public final class HtmlExtractionBenchmark {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private HtmlExtractionBenchmark() {}

  /** Scores of one page. */
  public static final class PageScore {
    private final String id;
    private final double precision;
    private final double recall;
    private final double f1;
    private final long overlap;
    private final long predicted;
    private final long expected;

    PageScore(String id, long overlap, long predicted, long expected) {
      this.id = id;
      this.overlap = overlap;
      this.predicted = predicted;
      this.expected = expected;
      this.precision = predicted == 0 ? (expected == 0 ? 1 : 0) : (double) overlap / predicted;
      this.recall = expected == 0 ? 1 : (double) overlap / expected;
      this.f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Returns the page id (the file stem). */
    public String id() {
      return id;
    }

    /** Returns the share of extracted tokens that are in the true body. */
    public double precision() {
      return precision;
    }

    /** Returns the share of true-body tokens that were extracted. */
    public double recall() {
      return recall;
    }

    /** Returns the harmonic mean of precision and recall. */
    public double f1() {
      return f1;
    }
  }

  /** Benchmark outcome: per-page scores plus their mean and the micro average over all tokens. */
  public static final class Result {
    private final List<PageScore> pages;

    Result(List<PageScore> pages) {
      this.pages = List.copyOf(pages);
    }

    /** Returns the per-page scores in file-name order. */
    public List<PageScore> pages() {
      return pages;
    }

    /** Returns the mean of per-page F1. */
    public double meanF1() {
      return pages.stream().mapToDouble(PageScore::f1).average().orElse(0);
    }

    /** Returns the mean of per-page precision. */
    public double meanPrecision() {
      return pages.stream().mapToDouble(PageScore::precision).average().orElse(0);
    }

    /** Returns the mean of per-page recall. */
    public double meanRecall() {
      return pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
    }

    /** Returns F1 over the token counts summed across pages (micro average). */
    public double microF1() {
      long overlap = pages.stream().mapToLong(p -> p.overlap).sum();
      long predicted = pages.stream().mapToLong(p -> p.predicted).sum();
      long expected = pages.stream().mapToLong(p -> p.expected).sum();
      double p = predicted == 0 ? 0 : (double) overlap / predicted;
      double r = expected == 0 ? 0 : (double) overlap / expected;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns a one-line summary of the scores. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "pages=%d meanF1=%.4f meanPrecision=%.4f meanRecall=%.4f microF1=%.4f",
          pages.size(),
          meanF1(),
          meanPrecision(),
          meanRecall(),
          microF1());
    }
  }

  /** Runs the benchmark: prints the summary and, with {@code --pages}, each page's scores. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println(
          "usage: HtmlExtractionBenchmark BENCHMARK_DIR [--pages]"
              + "  (e.g. ../shared/data/corpus/html-extraction-benchmark)");
      System.exit(2);
    }
    Result result = run(Paths.get(args[0]));
    if (args.length > 1 && args[1].equals("--pages")) {
      for (PageScore p : result.pages()) {
        System.out.printf(
            Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f%n", p.id(), p.precision(), p.recall(), p.f1());
      }
    }
    System.out.println(result.summary());
  }

  /** Extracts every page of the benchmark folder through {@link ArticleParser} and scores it. */
  public static Result run(Path benchmarkDir) {
    Path truthFile = benchmarkDir.resolve("ground-truth.json");
    Path htmlDir = benchmarkDir.resolve("html");
    if (!Files.isRegularFile(truthFile) || !Files.isDirectory(htmlDir)) {
      throw new IllegalArgumentException(
          "HTML extraction benchmark not found: expected "
              + truthFile.toAbsolutePath()
              + " and "
              + htmlDir.toAbsolutePath());
    }
    try {
      JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
      List<String> ids = new ArrayList<>();
      truth.fieldNames().forEachRemaining(ids::add);
      ids.sort(null);
      ArticleParser parser = new ArticleParser(ParseOptions.defaults());
      List<PageScore> scores = new ArrayList<>();
      for (String id : ids) {
        Path page = htmlDir.resolve(id + ".html.gz");
        String expected = truth.get(id).path("articleBody").asText("");
        String predicted = "";
        if (Files.isRegularFile(page)) {
          ParseResult parsed = parser.parse(page.toString(), Files.readAllBytes(page));
          predicted = parsed.articles().stream().map(Article::getText).findFirst().orElse("");
        }
        scores.add(score(id, predicted, expected));
      }
      return new Result(scores);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores one extraction against the true body by lower-cased bag-of-word-tokens overlap. */
  public static PageScore score(String id, String predicted, String expected) {
    Map<String, Integer> p = tokens(predicted);
    Map<String, Integer> e = tokens(expected);
    long overlap = 0;
    for (Map.Entry<String, Integer> entry : p.entrySet()) {
      overlap += Math.min(entry.getValue(), e.getOrDefault(entry.getKey(), 0));
    }
    return new PageScore(id, overlap, sum(p), sum(e));
  }

  private static Map<String, Integer> tokens(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    return counts;
  }

  private static long sum(Map<String, Integer> counts) {
    long n = 0;
    for (Iterator<Integer> it = counts.values().iterator(); it.hasNext(); ) {
      n += it.next();
    }
    return n;
  }
}
