package org.parley.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** What happened to one input article: a row of the articles table. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class ArticleRecord implements java.io.Serializable {

  /** Values of {@link #getStatus()}. */
  // Declared so that coders can see that values compare by content (AutoValue implements them).
  @Override
  public abstract boolean equals(Object other);

  @Override
  public abstract int hashCode();

  public static final class Status {
    public static final String CODED = "coded";
    public static final String NO_EVENTS = "no_events";
    public static final String DUPLICATE = "duplicate";
    public static final String FAILED = "failed";

    private Status() {}
  }

  public abstract Article getArticle();

  /** coded, no_events, duplicate or failed. */
  public abstract String getStatus();

  public abstract int getSentenceCount();

  public abstract int getEventCount();

  /** Why the article failed, when it did. */
  public abstract @Nullable String getFailureReason();

  public static ArticleRecord of(
      Article article, String status, int sentences, int events, @Nullable String failureReason) {
    return new AutoValue_ArticleRecord(article, status, sentences, events, failureReason);
  }
}
