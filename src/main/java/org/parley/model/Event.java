package org.parley.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One coded interaction: who did what to whom and when, traceable to its article and sentence. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Event implements java.io.Serializable {

  /** Deterministic id: a hash of article id, sentence index, actors and code. */
  public abstract String getEventId();

  public abstract String getArticleId();

  public abstract @Nullable String getPublicationDate();

  public abstract @Nullable String getEventDate();

  /** How event_date was obtained: publication, weekday, month_day, year, relative_day, ... */
  public abstract String getEventDateBasis();

  /** The date expression in the sentence that moved the event date, or null. */
  public abstract @Nullable String getEventDateText();

  public abstract int getSentenceIndex();

  public abstract String getSourceText();

  public abstract String getSourceCode();

  public abstract String getSourceCountry();

  public abstract @Nullable String getSourceSector();

  /** Dictionary entry that gave the source actor code. */
  public abstract @Nullable String getSourceEntry();

  public abstract String getActionText();

  public abstract String getCameoCode();

  public abstract String getCameoRoot();

  public abstract int getQuadClass();

  public abstract double getGoldstein();

  public abstract @Nullable String getPloverEvent();

  /** Verb or noun dictionary entry that gave the action code. */
  public abstract String getActionEntry();

  public abstract @Nullable String getTargetText();

  public abstract @Nullable String getTargetCode();

  public abstract @Nullable String getTargetCountry();

  public abstract @Nullable String getTargetSector();

  public abstract @Nullable String getTargetEntry();

  public abstract boolean getNegated();

  /** Coder's confidence in [0, 1] that the triple is right. */
  public abstract double getConfidence();

  /** Name of the coding rule (grammatical pattern) that produced the event. */
  public abstract String getRule();

  public abstract String getSentenceText();

  public abstract @Nullable String getUrl();

  public abstract @Nullable String getSourceName();

  public abstract String getInputFile();

  // Declared so that coders can see that values compare by content (AutoValue implements them).
  @Override
  public abstract boolean equals(Object other);

  @Override
  public abstract int hashCode();

  public static Builder builder() {
    return new AutoValue_Event.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder for {@link Event}. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEventId(String value);

    public abstract Builder setArticleId(String value);

    public abstract Builder setPublicationDate(@Nullable String value);

    public abstract Builder setEventDate(@Nullable String value);

    public abstract Builder setEventDateBasis(String value);

    public abstract Builder setEventDateText(@Nullable String value);

    public abstract Builder setSentenceIndex(int value);

    public abstract Builder setSourceText(String value);

    public abstract Builder setSourceCode(String value);

    public abstract Builder setSourceCountry(String value);

    public abstract Builder setSourceSector(@Nullable String value);

    public abstract Builder setSourceEntry(@Nullable String value);

    public abstract Builder setActionText(String value);

    public abstract Builder setCameoCode(String value);

    public abstract Builder setCameoRoot(String value);

    public abstract Builder setQuadClass(int value);

    public abstract Builder setGoldstein(double value);

    public abstract Builder setPloverEvent(@Nullable String value);

    public abstract Builder setActionEntry(String value);

    public abstract Builder setTargetText(@Nullable String value);

    public abstract Builder setTargetCode(@Nullable String value);

    public abstract Builder setTargetCountry(@Nullable String value);

    public abstract Builder setTargetSector(@Nullable String value);

    public abstract Builder setTargetEntry(@Nullable String value);

    public abstract Builder setNegated(boolean value);

    public abstract Builder setConfidence(double value);

    public abstract Builder setRule(String value);

    public abstract Builder setSentenceText(String value);

    public abstract Builder setUrl(@Nullable String value);

    public abstract Builder setSourceName(@Nullable String value);

    public abstract Builder setInputFile(String value);

    public abstract Event build();
  }
}
