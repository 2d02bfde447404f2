package org.parley.output;

import java.util.Comparator;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.ArticleRecord;
import org.parley.model.Event;
import org.parley.model.Failure;

/** The three output tables (events, articles, failures) with their documented columns. */
public final class Tables {

  private Tables() {}

  /**
   * Partition value used when the publication date is unknown: the Hive convention for a null
   * partition value, which Spark, Hive and Trino read as null.
   */
  public static final String UNKNOWN_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private static <T> Column<T> col(
      String name, Column.Type type, boolean nullable,
      org.apache.beam.sdk.transforms.SerializableFunction<T, Object> getter, String description) {
    return new Column<>(name, type, nullable, getter, description);
  }

  private static int compareNullable(String a, String b) {
    return Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a, b);
  }

  /** Who did what to whom and when: one row per coded event. */
  public static final TableSpec<Event> EVENTS = new TableSpec<>(
      "events",
      "One row per coded event: who (source) did what (CAMEO action) to whom (target), and when.",
      List.of(
          col("event_id", Column.Type.STRING, false, Event::getEventId,
              "Deterministic id: the same article, sentence, actors and code always give the same id."),
          col("article_id", Column.Type.STRING, false, Event::getArticleId,
              "The article the event was coded from (see the articles table)."),
          col("publication_date", Column.Type.DATE, true, Event::getPublicationDate,
              "The article's publication date; null when unknown."),
          col("event_date", Column.Type.DATE, true, Event::getEventDate,
              "When the event happened: the publication date moved by a date expression in the sentence."),
          col("event_date_basis", Column.Type.STRING, false, Event::getEventDateBasis,
              "How event_date was obtained: publication, weekday, relative_day, relative_period, month_day,"
                  + " month, year, explicit or unknown."),
          col("sentence_index", Column.Type.INT, false, Event::getSentenceIndex,
              "Position of the sentence in the cleaned article, from 0 (the title is sentence 0)."),
          col("source_text", Column.Type.STRING, false, Event::getSourceText,
              "The words naming the source actor."),
          col("source_code", Column.Type.STRING, false, Event::getSourceCode,
              "CAMEO actor code of the source (USAGOV, IGOWSTNAT, ---COP when only the sector is known)."),
          col("source_country", Column.Type.STRING, false, Event::getSourceCountry,
              "First three letters of source_code: ISO 3166 alpha-3, or IGO/NGO/MNC, or --- if unknown."),
          col("source_sector", Column.Type.STRING, true, Event::getSourceSector,
              "Sector of the source (GOV, MIL, COP, REB, ...), null when the code has none."),
          col("action_text", Column.Type.STRING, false, Event::getActionText,
              "The words expressing the action."),
          col("cameo_code", Column.Type.STRING, false, Event::getCameoCode,
              "CAMEO event code as a string with its leading zero (040, 0233)."),
          col("cameo_root", Column.Type.STRING, false, Event::getCameoRoot,
              "The first two digits of cameo_code (01-20)."),
          col("quad_class", Column.Type.INT, false, Event::getQuadClass,
              "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
          col("goldstein", Column.Type.DOUBLE, false, Event::getGoldstein,
              "Goldstein scale value of the code, from -10 (most conflictual) to +10."),
          col("target_text", Column.Type.STRING, true, Event::getTargetText,
              "The words naming the target actor; null when the sentence names none."),
          col("target_code", Column.Type.STRING, true, Event::getTargetCode,
              "CAMEO actor code of the target; null when there is no target."),
          col("target_country", Column.Type.STRING, true, Event::getTargetCountry,
              "First three letters of target_code."),
          col("target_sector", Column.Type.STRING, true, Event::getTargetSector,
              "Sector of the target, null when the code has none."),
          col("negated", Column.Type.BOOLEAN, false, Event::getNegated,
              "True when the sentence denies the action (\"did not meet\"); such rows are not the positive event."),
          col("confidence", Column.Type.DOUBLE, false, Event::getConfidence,
              "The coder's confidence in [0, 1]; lower for pronouns, inferred actors, hedged or nominal events."),
          col("sentence_text", Column.Type.STRING, false, Event::getSentenceText,
              "The sentence the event was coded from."),
          col("url", Column.Type.STRING, true, Event::getUrl, "The article's URL, when known."),
          col("source_name", Column.Type.STRING, true, Event::getSourceName,
              "The publisher or outlet, when known."),
          col("event_date_text", Column.Type.STRING, true, Event::getEventDateText,
              "The date expression that moved event_date (\"on Sunday\"), null when none."),
          col("plover_event", Column.Type.STRING, true, Event::getPloverEvent,
              "PLOVER event category of cameo_code from the official CAMEO-to-PLOVER crosswalk."),
          col("rule", Column.Type.STRING, false, Event::getRule,
              "Rule that found the event and its roles (active, passive, passive_agentless, attack_owner,"
                  + " reciprocal, light_verb, nominal, statement, ...; _compound for coordinated actors);"
                  + " each is explained in docs/dictionaries.md."),
          col("source_entry", Column.Type.STRING, true, Event::getSourceEntry,
              "Dictionary entry (or entries joined by +) that coded the source."),
          col("action_entry", Column.Type.STRING, false, Event::getActionEntry,
              "Verb or noun pattern that coded the action (verb:CODE:pattern)."),
          col("target_entry", Column.Type.STRING, true, Event::getTargetEntry,
              "Dictionary entry (or entries joined by +) that coded the target."),
          col("input_file", Column.Type.STRING, false, Event::getInputFile,
              "The input file the article was read from.")),
      (a, b) -> a.getEventId().compareTo(b.getEventId()));

  /** Every input article and what happened to it. */
  public static final TableSpec<ArticleRecord> ARTICLES = new TableSpec<>(
      "articles",
      "One row per input article with its status: coded, no_events, duplicate or failed.",
      List.of(
          col("article_id", Column.Type.STRING, false, r -> r.getArticle().getArticleId(),
              "The record's id, or one derived from its content (stable across runs)."),
          col("input_file", Column.Type.STRING, false, r -> r.getArticle().getInputFile(),
              "The file the article was read from."),
          col("record_ref", Column.Type.STRING, false, r -> r.getArticle().getRecordRef(),
              "Where in the file: line N (JSON lines), element N (JSON array), row N (CSV); empty for one-article files."),
          col("format", Column.Type.STRING, false, r -> r.getArticle().getFormat(),
              "Input format: txt, jsonl, json, csv or html."),
          col("status", Column.Type.STRING, false, ArticleRecord::getStatus,
              "coded (at least one event), no_events, duplicate (same text as duplicate_of) or failed."),
          col("publication_date", Column.Type.DATE, true, r -> r.getArticle().getPublicationDate(),
              "Publication date; null when unknown."),
          col("publication_date_basis", Column.Type.STRING, false,
              r -> r.getArticle().getPublicationDateBasis(),
              "Where the publication date came from: record, path, option or unknown."),
          col("title", Column.Type.STRING, false, r -> r.getArticle().getTitle(), "The article's title."),
          col("url", Column.Type.STRING, true, r -> r.getArticle().getUrl(), "The article's URL, when known."),
          col("source_name", Column.Type.STRING, true, r -> r.getArticle().getSourceName(),
              "Publisher or outlet, when known."),
          col("dateline", Column.Type.STRING, true, r -> r.getArticle().getDateline(),
              "Dateline split off the body (\"WASHINGTON (Reuters)\"), when present."),
          col("duplicate_of", Column.Type.STRING, true, r -> r.getArticle().getDuplicateOf(),
              "For duplicates: the article_id of the copy that was coded."),
          col("sentence_count", Column.Type.INT, false, ArticleRecord::getSentenceCount,
              "Sentences found in the cleaned text (0 for duplicates and failures)."),
          col("event_count", Column.Type.INT, false, ArticleRecord::getEventCount,
              "Events coded from the article."),
          col("characters", Column.Type.INT, false, r -> r.getArticle().getText().length(),
              "Length of the cleaned text in characters."),
          col("failure_reason", Column.Type.STRING, true, ArticleRecord::getFailureReason,
              "Why the article failed, for status failed (also in the failures table).")),
      (a, b) -> {
        Article x = a.getArticle();
        Article y = b.getArticle();
        int c = x.getArticleId().compareTo(y.getArticleId());
        if (c == 0) {
          c = x.getInputFile().compareTo(y.getInputFile());
        }
        if (c == 0) {
          c = x.getRecordRef().compareTo(y.getRecordRef());
        }
        return c;
      });

  /** Every input that could not be read or processed. */
  public static final TableSpec<Failure> FAILURES = new TableSpec<>(
      "failures",
      "One row per input file, record or article that could not be read or processed.",
      List.of(
          col("input_file", Column.Type.STRING, false, Failure::getInputFile,
              "The file (or file pattern) concerned."),
          col("record_ref", Column.Type.STRING, false, Failure::getRecordRef,
              "The record within the file (line N, row N, element N); empty when the whole file failed."),
          col("stage", Column.Type.STRING, false, Failure::getStage,
              "Stage that rejected it: read, parse, clean, annotate or code."),
          col("reason", Column.Type.STRING, false, Failure::getReason,
              "Why, in words, with the underlying error message."),
          col("article_id", Column.Type.STRING, true, Failure::getArticleId,
              "The article's id when the failure happened after parsing."),
          col("publication_date", Column.Type.DATE, true, Failure::getPublicationDate,
              "Publication date when known (from the record, the path or --date).")),
      (a, b) -> {
        int c = a.getInputFile().compareTo(b.getInputFile());
        if (c == 0) {
          c = a.getRecordRef().compareTo(b.getRecordRef());
        }
        if (c == 0) {
          c = a.getStage().compareTo(b.getStage());
        }
        if (c == 0) {
          c = a.getReason().compareTo(b.getReason());
        }
        if (c == 0) {
          c = compareNullable(a.getArticleId(), b.getArticleId());
        }
        return c;
      });

  /** The partition a publication date falls in: the date itself, or the null partition. */
  public static String partition(String publicationDate) {
    return publicationDate == null ? UNKNOWN_PARTITION : publicationDate;
  }
}
