package org.parley.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.clean.ArticleCleaner;
import org.parley.coding.DictionaryFiles;
import org.parley.coding.EventCoder;
import org.parley.ingest.ArticleParser;
import org.parley.ingest.ParseOptions;
import org.parley.ingest.ParseResult;
import org.parley.model.Article;
import org.parley.nlp.NlpEngine;
import org.parley.nlp.NlpText;
import org.parley.nlp.ParsedSentence;

/**
 * Measures the per-article cost of cleaning, annotation and coding on one core after warm-up, and the
 * process's peak memory: {@code scripts/parley benchmark [FOLDER] [ARTICLES]}.
 */
public final class Benchmark {

  private Benchmark() {}

  /** Runs the benchmark over the text files of a folder (default: the BBC corpus in ../shared/data). */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/corpus/bbc-news/news");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int warmup = Math.min(20, Math.max(1, count / 10));
    List<Article> articles = load(folder, count + warmup);
    Path dictionaries = ParleyRun.home().resolve("configs/dictionaries");
    EventCoder coder = EventCoder.of(DictionaryFiles.read(dictionaries));
    ArticleCleaner cleaner = ArticleCleaner.withDefaultPatterns();
    long loadStart = System.nanoTime();
    NlpEngine engine = new NlpEngine(120);
    engine.warmUp();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    LocalDate date = LocalDate.of(2005, 1, 1);
    for (Article a : articles.subList(0, warmup)) {
      coder.code(engine.annotate(NlpText.of(cleaner.clean(a))), date);
    }
    long[] nlpMicros = new long[articles.size() - warmup];
    long[] codeMicros = new long[nlpMicros.length];
    long tokens = 0;
    long events = 0;
    for (int i = 0; i < nlpMicros.length; i++) {
      Article a = cleaner.clean(articles.get(warmup + i));
      long t0 = System.nanoTime();
      List<ParsedSentence> sentences = engine.annotate(NlpText.of(a));
      long t1 = System.nanoTime();
      events += coder.code(sentences, date).size();
      long t2 = System.nanoTime();
      nlpMicros[i] = (t1 - t0) / 1000;
      codeMicros[i] = (t2 - t1) / 1000;
      tokens += sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
    double totalSeconds = (Arrays.stream(nlpMicros).sum() + Arrays.stream(codeMicros).sum()) / 1e6;
    System.out.printf(Locale.ROOT, "articles            %d (after %d warm-up) from %s%n", nlpMicros.length, warmup, folder);
    System.out.printf(Locale.ROOT, "model load          %.1f s%n", loadSeconds);
    System.out.printf(Locale.ROOT, "tokens per article  %.0f%n", (double) tokens / nlpMicros.length);
    System.out.printf(Locale.ROOT, "annotate ms/article mean %.0f, median %.0f, p95 %.0f%n",
        mean(nlpMicros) / 1000, percentile(nlpMicros, 50) / 1000, percentile(nlpMicros, 95) / 1000);
    System.out.printf(Locale.ROOT, "code ms/article     mean %.2f, median %.2f, p95 %.2f%n",
        mean(codeMicros) / 1000, percentile(codeMicros, 50) / 1000, percentile(codeMicros, 95) / 1000);
    System.out.printf(Locale.ROOT, "throughput          %.2f articles/s, %.0f tokens/s on one core%n",
        nlpMicros.length / totalSeconds, tokens / totalSeconds);
    System.out.printf(Locale.ROOT, "events              %d (%.2f per article)%n", events, (double) events / nlpMicros.length);
    System.out.printf(Locale.ROOT, "heap used           %d MB; peak RSS %s%n",
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, peakRss());
  }

  private static List<Article> load(Path folder, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .txt articles under " + folder);
    }
    ArticleParser parser = new ArticleParser(ParseOptions.defaults());
    List<Article> result = new ArrayList<>();
    for (Path f : files) {
      ParseResult r = parser.parse(f.toString(), Files.readAllBytes(f));
      result.addAll(r.articles());
    }
    return result;
  }

  private static double mean(long[] values) {
    return Arrays.stream(values).average().orElse(0);
  }

  private static double percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Peak resident set size of this process from /proc (Linux), or "n/a". */
  static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return (kb >> 10) + " MB";
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "n/a";
    }
    return "n/a";
  }
}
