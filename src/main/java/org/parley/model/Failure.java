package org.parley.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** An input that could not be read or processed, kept as a row of the failures table. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Failure implements java.io.Serializable {

  public abstract String getInputFile();

  /** Record within the file ("line 7"), empty when the whole file failed. */
  public abstract String getRecordRef();

  /** Pipeline stage that rejected the input: read, parse, clean, annotate, code. */
  public abstract String getStage();

  /** Human-readable reason, including the exception message when there was one. */
  public abstract String getReason();

  /** Id of the article concerned, when the failure happened after parsing. */
  public abstract @Nullable String getArticleId();

  /** Publication date (yyyy-MM-dd) when known, used for partitioning. */
  public abstract @Nullable String getPublicationDate();

  // Declared so that coders can see that values compare by content (AutoValue implements them).
  @Override
  public abstract boolean equals(Object other);

  @Override
  public abstract int hashCode();

  public static Failure of(
      String inputFile,
      String recordRef,
      String stage,
      String reason,
      @Nullable String articleId,
      @Nullable String publicationDate) {
    return new AutoValue_Failure(inputFile, recordRef, stage, reason, articleId, publicationDate);
  }

  /** Builds the failure row for an article that failed in a later stage. */
  public static Failure forArticle(Article article, String stage, String reason) {
    return of(
        article.getInputFile(),
        article.getRecordRef(),
        stage,
        reason,
        article.getArticleId(),
        article.getPublicationDate());
  }

  /** Stage names used in {@link #getStage()}. */
  public static final class Stage {
    public static final String READ = "read";
    public static final String PARSE = "parse";
    public static final String CLEAN = "clean";
    public static final String ANNOTATE = "annotate";
    public static final String CODE = "code";

    private Stage() {}
  }
}
