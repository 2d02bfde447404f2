package org.parley.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One news article as read from an input file, carried from reading through coding. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Article implements java.io.Serializable {

  /** Stable identifier: the record's own id, else derived from the content. */
  public abstract String getArticleId();

  /** The file the article came from, as the user named it (path or URI). */
  public abstract String getInputFile();

  /** Where in the file the record sits ("line 3", "row 12", "element 2"), empty for one-article files. */
  public abstract String getRecordRef();

  /** Input format that produced the article: txt, jsonl, json, csv, html. */
  public abstract String getFormat();

  public abstract @Nullable String getUrl();

  /** Publisher or outlet name, when the record gives one. */
  public abstract @Nullable String getSourceName();

  public abstract String getTitle();

  /** Body text; after cleaning, normalised and without boilerplate or dateline. */
  public abstract String getText();

  /** Publication date as ISO yyyy-MM-dd, or null when unknown. */
  public abstract @Nullable String getPublicationDate();

  /** How the publication date was obtained: record, path, option or unknown. */
  public abstract String getPublicationDateBasis();

  /** Dateline split off the body by cleaning ("WASHINGTON (Reuters)"), or null. */
  public abstract @Nullable String getDateline();

  /** Id of the first article with the same normalised text, when this one is an exact duplicate. */
  public abstract @Nullable String getDuplicateOf();

  // Declared so that coders can see that values compare by content (AutoValue implements them).
  @Override
  public abstract boolean equals(Object other);

  @Override
  public abstract int hashCode();

  public static Builder builder() {
    return new AutoValue_Article.Builder()
        .setRecordRef("")
        .setTitle("")
        .setPublicationDateBasis(DateBasis.UNKNOWN);
  }

  public abstract Builder toBuilder();

  /** Builder for {@link Article}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setArticleId(String value);

    public abstract Builder setInputFile(String value);

    public abstract Builder setRecordRef(String value);

    public abstract Builder setFormat(String value);

    public abstract Builder setUrl(@Nullable String value);

    public abstract Builder setSourceName(@Nullable String value);

    public abstract Builder setTitle(String value);

    public abstract Builder setText(String value);

    public abstract Builder setPublicationDate(@Nullable String value);

    public abstract Builder setPublicationDateBasis(String value);

    public abstract Builder setDateline(@Nullable String value);

    public abstract Builder setDuplicateOf(@Nullable String value);

    public abstract Article build();
  }

  /** Values of {@link #getPublicationDateBasis()}. */
  public static final class DateBasis {
    public static final String RECORD = "record";
    public static final String PATH = "path";
    public static final String OPTION = "option";
    public static final String UNKNOWN = "unknown";

    private DateBasis() {}
  }
}
