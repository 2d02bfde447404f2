package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.parley.model.Failure;

/** Reads articles from a CSV file with a header row; quoted fields may span lines. */
final class CsvArticles {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setIgnoreEmptyLines(true)
          .get();

  private CsvArticles() {}

  /** Parses the CSV text; a malformed row ends the file with a failure and keeps earlier rows. */
  static void parse(String text, ArticleParser.Sink sink) {
    CSVParser parser;
    try {
      parser = CSVParser.parse(text, FORMAT);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      sink.fileFailure(Failure.Stage.PARSE, "malformed CSV header: " + e.getMessage());
      return;
    }
    List<String> header = parser.getHeaderNames();
    Map<String, String> mapping = sink.options.fieldMapping();
    String textColumn = RecordFields.resolve("text", header, mapping);
    if (textColumn == null) {
      sink.fileFailure(
          Failure.Stage.PARSE,
          "no text column: header is "
              + header
              + ", expected "
              + RecordFields.describe("text", mapping)
              + "; map another column with text=COLUMN");
      return;
    }
    String id = RecordFields.resolve("id", header, mapping);
    String url = RecordFields.resolve("url", header, mapping);
    String source = RecordFields.resolve("source", header, mapping);
    String title = RecordFields.resolve("title", header, mapping);
    String date = RecordFields.resolve("date", header, mapping);
    Iterator<CSVRecord> it = parser.iterator();
    int row = 0;
    while (true) {
      CSVRecord record;
      try {
        if (!it.hasNext()) {
          break;
        }
        record = it.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        sink.failure(
            "row " + (row + 1),
            Failure.Stage.PARSE,
            "malformed CSV, reading stopped here: " + rootMessage(e));
        break;
      }
      row++;
      RecordFields f = new RecordFields();
      f.id = get(record, id);
      f.url = get(record, url);
      f.source = get(record, source);
      f.title = get(record, title);
      f.date = get(record, date);
      f.text = get(record, textColumn);
      sink.article("row " + row, f);
    }
  }

  private static @Nullable String get(CSVRecord record, @Nullable String column) {
    if (column == null || !record.isSet(column)) {
      return null;
    }
    return record.get(column);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
