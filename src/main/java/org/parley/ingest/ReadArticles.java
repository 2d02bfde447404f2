package org.parley.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.parley.model.Article;
import org.parley.model.Failure;

/**
 * Reads articles from files matching a list of patterns (local paths, globs, or any URI scheme whose
 * Beam filesystem is on the classpath), outputting articles and failures under separate tags.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

  private static final long serialVersionUID = 1L;

  private static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  private static final TupleTag<Failure> FAILURES = new TupleTag<Failure>() {};
  private static final TupleTag<MatchResult.Metadata> MATCHED = new TupleTag<MatchResult.Metadata>() {};

  private final List<String> patterns;
  private final ParseOptions options;

  private ReadArticles(List<String> patterns, ParseOptions options) {
    this.patterns = List.copyOf(patterns);
    this.options = options;
  }

  /** Reads the files matching these patterns, detecting each file's format by its extension. */
  public static ReadArticles from(List<String> patterns) {
    if (patterns.isEmpty() || patterns.stream().anyMatch(p -> p == null || p.isBlank())) {
      throw new IllegalArgumentException(
          "ReadArticles needs at least one non-empty input file pattern, got " + patterns);
    }
    return new ReadArticles(patterns, ParseOptions.defaults());
  }

  /** Parses every file as this format whatever its extension; null restores detection. */
  public ReadArticles withFormat(@Nullable InputFormat format) {
    return new ReadArticles(patterns, options.withForcedFormat(format));
  }

  /** Maps article fields to other CSV column or JSON field names, e.g. {@code text -> body}. */
  public ReadArticles withFieldMapping(Map<String, String> mapping) {
    return new ReadArticles(patterns, options.withFieldMapping(mapping));
  }

  /** Gives articles without a date in their record or path this publication date. */
  public ReadArticles withFallbackDate(@Nullable String date) {
    return new ReadArticles(patterns, options.withFallbackDate(date));
  }

  /** Returns the tag of the articles read. */
  public TupleTag<Article> getArticlesTag() {
    return ARTICLES;
  }

  /** Returns the tag of the inputs that could not be read or parsed. */
  public TupleTag<Failure> getFailuresTag() {
    return FAILURES;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple matched =
        begin
            .apply("Patterns", Create.of(patterns).withCoder(StringUtf8Coder.of()))
            .apply(
                "MatchFiles",
                ParDo.of(new MatchFn()).withOutputTags(MATCHED, TupleTagList.of(FAILURES)));
    PCollectionTuple parsed =
        matched
            .get(MATCHED)
            .setCoder(MetadataCoderV2.of())
            .apply("SpreadFiles", Reshuffle.viaRandomKey())
            .apply(
                "ParseFiles",
                ParDo.of(new ParseFileFn(options)).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
    PCollection<Failure> failures =
        PCollectionList.of(matched.get(FAILURES))
            .and(parsed.get(FAILURES))
            .apply("AllFailures", Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, parsed.get(ARTICLES)).and(FAILURES, failures);
  }

  /** Expands one pattern into file metadata; a pattern that matches nothing becomes a failure. */
  static final class MatchFn extends DoFn<String, MatchResult.Metadata> {
    private static final long serialVersionUID = 1L;
    private final Counter failuresCounter = Metrics.counter("parley", "read_failures");

    @ProcessElement
    public void process(@Element String pattern, MultiOutputReceiver out) throws IOException {
      MatchResult result;
      try {
        result = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
      } catch (IllegalArgumentException e) {
        // Unknown scheme (gs:// without the GCS filesystem on the classpath) or a malformed spec.
        fail(out, pattern, "cannot match " + pattern + ": " + e.getMessage());
        return;
      }
      if (result.status() == MatchResult.Status.ERROR) {
        // metadata() throws the filesystem's error; a failing listing is an infrastructure problem.
        result.metadata();
      }
      List<MatchResult.Metadata> files =
          result.status() == MatchResult.Status.OK ? result.metadata() : List.of();
      boolean any = false;
      for (MatchResult.Metadata file : files) {
        if (!file.resourceId().isDirectory()) {
          any = true;
          out.get(MATCHED).output(file);
        }
      }
      if (!any) {
        fail(out, pattern, "no file matches " + pattern);
      }
    }

    private void fail(MultiOutputReceiver out, String pattern, String reason) {
      failuresCounter.inc();
      out.get(FAILURES).output(Failure.of(pattern, "", Failure.Stage.READ, reason, null, null));
    }
  }

  /** Reads one file and parses it with {@link ArticleParser}. */
  static final class ParseFileFn extends DoFn<MatchResult.Metadata, Article> {
    private static final long serialVersionUID = 1L;
    private final Counter files = Metrics.counter("parley", "files_read");
    private final Counter articles = Metrics.counter("parley", "articles_read");
    private final Counter failures = Metrics.counter("parley", "read_failures");
    private final ParseOptions options;
    private transient ArticleParser parser;

    ParseFileFn(ParseOptions options) {
      this.options = options;
    }

    @Setup
    public void setup() {
      parser = new ArticleParser(options);
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) throws IOException {
      String name = file.resourceId().toString();
      byte[] bytes;
      try (InputStream in = Channels.newInputStream(FileSystems.open(file.resourceId()))) {
        bytes = in.readAllBytes();
      } catch (FileNotFoundException | NoSuchFileException | AccessDeniedException e) {
        // Gone or unreadable since matching: a bad input, not a reason to retry the bundle.
        failures.inc();
        out.get(FAILURES)
            .output(Failure.of(name, "", Failure.Stage.READ, "cannot open file: " + e, null, null));
        return;
      }
      files.inc();
      ParseResult result = parser.parse(name, bytes);
      for (Article a : result.articles()) {
        articles.inc();
        out.get(ARTICLES).output(a);
      }
      for (Failure f : result.failures()) {
        failures.inc();
        out.get(FAILURES).output(f);
      }
    }
  }
}
