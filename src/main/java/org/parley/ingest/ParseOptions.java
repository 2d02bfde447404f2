package org.parley.ingest;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/** How to parse input files: a forced format, field-name mapping and a fallback publication date. */
public final class ParseOptions implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Article fields that a CSV column or JSON field can be mapped to. */
  public static final Set<String> FIELDS = Set.of("id", "url", "source", "title", "date", "text");

  private final @Nullable InputFormat forcedFormat;
  private final Map<String, String> fieldMapping;
  private final @Nullable String fallbackDate;

  private ParseOptions(
      @Nullable InputFormat forcedFormat, Map<String, String> fieldMapping, @Nullable String fallbackDate) {
    this.forcedFormat = forcedFormat;
    this.fieldMapping = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMapping));
    this.fallbackDate = fallbackDate;
  }

  /** Returns options that detect the format by extension, use default field names and no fallback date. */
  public static ParseOptions defaults() {
    return new ParseOptions(null, Map.of(), null);
  }

  /** Returns a copy that parses every file as the given format, whatever its extension. */
  public ParseOptions withForcedFormat(@Nullable InputFormat format) {
    return new ParseOptions(format, fieldMapping, fallbackDate);
  }

  /** Returns a copy that maps article fields to other column or field names, e.g. {@code text -> body}. */
  public ParseOptions withFieldMapping(Map<String, String> mapping) {
    for (String field : mapping.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown article field '" + field + "' in column mapping; use one of " + FIELDS);
      }
    }
    return new ParseOptions(forcedFormat, mapping, fallbackDate);
  }

  /** Returns a copy whose articles without a record or path date get this date (any parseable form). */
  public ParseOptions withFallbackDate(@Nullable String date) {
    if (date == null || date.isBlank()) {
      return new ParseOptions(forcedFormat, fieldMapping, null);
    }
    String iso =
        PublicationDates.parse(date)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot read fallback date '" + date + "'; write it as yyyy-MM-dd"));
    return new ParseOptions(forcedFormat, fieldMapping, iso);
  }

  /** Parses a mapping written as {@code text=body,date=published_at} (article field = column name). */
  public static Map<String, String> parseFieldMapping(@Nullable String spec) {
    Map<String, String> mapping = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return mapping;
    }
    for (String pair : spec.split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw new IllegalArgumentException(
            "column mapping entry '" + pair.trim() + "' is not field=column, e.g. text=body");
      }
      String field = kv[0].trim().toLowerCase(Locale.ROOT);
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "unknown article field '" + field + "' in column mapping; use one of " + FIELDS);
      }
      mapping.put(field, kv[1].trim());
    }
    return mapping;
  }

  /** Returns the format every file is parsed as, when one was forced. */
  public Optional<InputFormat> forcedFormat() {
    return Optional.ofNullable(forcedFormat);
  }

  /** Returns the mapping from article field to the column or JSON field name that holds it. */
  public Map<String, String> fieldMapping() {
    return fieldMapping;
  }

  /** Returns the fallback publication date as yyyy-MM-dd, if one was given. */
  public Optional<String> fallbackDate() {
    return Optional.ofNullable(fallbackDate);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ParseOptions)) {
      return false;
    }
    ParseOptions other = (ParseOptions) o;
    return forcedFormat == other.forcedFormat
        && fieldMapping.equals(other.fieldMapping)
        && Objects.equals(fallbackDate, other.fallbackDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(forcedFormat, fieldMapping, fallbackDate);
  }

  @Override
  public String toString() {
    return "ParseOptions{format=" + forcedFormat + ", mapping=" + fieldMapping + ", fallbackDate=" + fallbackDate + "}";
  }
}
