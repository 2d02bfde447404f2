package org.parley.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The article fields of one input record, and the names under which JSON and CSV inputs hold them. */
final class RecordFields {

  /** Accepted names for each article field, compared without case, '_' or '-'. */
  static final Map<String, List<String>> ALIASES = aliases();

  @Nullable String id;
  @Nullable String url;
  @Nullable String source;
  @Nullable String title;
  @Nullable String date;
  @Nullable String text;

  private static Map<String, List<String>> aliases() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("id", List.of("id", "article_id", "doc_id", "guid"));
    m.put("url", List.of("url", "link", "uri", "canonical_url"));
    m.put("source", List.of("source", "source_name", "outlet", "publisher", "site_name"));
    m.put("title", List.of("title", "headline"));
    m.put(
        "date",
        List.of(
            "date",
            "published",
            "publication_date",
            "published_at",
            "date_published",
            "publish_date",
            "pubdate"));
    m.put("text", List.of("text", "body", "content", "article_body", "full_text"));
    return m;
  }

  /** Normalises a field or column name for comparison: lower case without '_', '-' or spaces. */
  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
  }

  /**
   * Picks, among the names an input offers, the one holding the given article field: the mapped name
   * when the options map the field, else the first matching alias.
   */
  static @Nullable String resolve(String field, Collection<String> available, Map<String, String> mapping) {
    Map<String, String> byNorm = new LinkedHashMap<>();
    for (String name : available) {
      byNorm.putIfAbsent(normalise(name), name);
    }
    String mapped = mapping.get(field);
    if (mapped != null) {
      return byNorm.get(normalise(mapped));
    }
    for (String alias : ALIASES.get(field)) {
      String name = byNorm.get(normalise(alias));
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** Lists the names looked for when reading a field, for error messages. */
  static String describe(String field, Map<String, String> mapping) {
    String mapped = mapping.get(field);
    if (mapped != null) {
      return "'" + mapped + "' (mapped from " + field + ")";
    }
    return String.join("/", ALIASES.get(field));
  }
}
