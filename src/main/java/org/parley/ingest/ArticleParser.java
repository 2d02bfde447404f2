package org.parley.ingest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.Failure;

/** Parses one input file (txt, jsonl, json, csv or html, optionally gzipped) into articles and failures. */
public final class ArticleParser implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ParseOptions options;

  /** Creates a parser with the given format, field-mapping and fallback-date options. */
  public ArticleParser(ParseOptions options) {
    this.options = options;
  }

  /** Returns the options this parser was built with. */
  public ParseOptions options() {
    return options;
  }

  /** Parses the named file's bytes; never throws for bad input, which becomes failures instead. */
  public ParseResult parse(String inputFile, byte[] bytes) {
    Sink sink = new Sink(inputFile, options);
    Optional<InputFormat> format = options.forcedFormat().or(() -> InputFormat.fromFileName(inputFile));
    if (format.isEmpty()) {
      sink.fileFailure(
          Failure.Stage.READ,
          "unknown input format: the file name does not end in .txt, .jsonl, .json, .csv, .html or"
              + " .htm (optionally .gz); force a format to read it");
      return sink.result;
    }
    FileDecoder.Decoded decoded = FileDecoder.decode(inputFile, bytes);
    if (!decoded.ok()) {
      sink.fileFailure(Failure.Stage.READ, decoded.failure());
      return sink.result;
    }
    sink.format = format.get();
    String text = decoded.text();
    switch (format.get()) {
      case TXT:
        parseTxt(text, sink);
        break;
      case JSONL:
        JsonArticles.parseLines(text, sink);
        break;
      case JSON:
        JsonArticles.parseDocument(text, sink);
        break;
      case CSV:
        CsvArticles.parse(text, sink);
        break;
      case HTML:
        parseHtml(text, sink);
        break;
    }
    return sink.result;
  }

  private static void parseTxt(String text, Sink sink) {
    String[] lines = text.split("\\R", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    RecordFields f = new RecordFields();
    f.title = lines[i].strip();
    f.text = String.join("\n", Arrays.asList(lines).subList(i + 1, lines.length));
    if (f.text.isBlank()) {
      sink.failure("", Failure.Stage.PARSE, "no body text after the title line");
      return;
    }
    sink.article("", f);
  }

  private static void parseHtml(String html, Sink sink) {
    HtmlArticleExtractor.Extraction page;
    try {
      page = HtmlArticleExtractor.extract(html, sink.inputFile);
    } catch (RuntimeException e) {
      // Readability and jsoup run on arbitrary pages; a page that trips them is recorded, not fatal.
      sink.failure("", Failure.Stage.PARSE, "HTML extraction failed: " + e);
      return;
    }
    RecordFields f = new RecordFields();
    f.url = page.url();
    f.source = page.siteName();
    f.title = page.title();
    f.date = page.publishedDate();
    f.text = page.text();
    if (f.text == null || f.text.isBlank()) {
      sink.failure("", Failure.Stage.PARSE, "no article body found in the HTML page");
      return;
    }
    sink.article("", f);
  }

  /** Collects the articles and failures of one file and turns record fields into articles. */
  static final class Sink {
    final String inputFile;
    final ParseOptions options;
    final ParseResult result = new ParseResult();
    InputFormat format;

    Sink(String inputFile, ParseOptions options) {
      this.inputFile = inputFile;
      this.options = options;
    }

    void fileFailure(String stage, String reason) {
      failure("", stage, reason);
    }

    void failure(String recordRef, String stage, String reason) {
      result.add(Failure.of(inputFile, recordRef, stage, reason, null, null));
    }

    /** Builds an article from a record, or a failure when the record has no text. */
    void article(String recordRef, RecordFields f) {
      String text = f.text == null ? "" : f.text.strip();
      if (text.isEmpty()) {
        failure(
            recordRef,
            Failure.Stage.PARSE,
            "record has no text (looked for " + RecordFields.describe("text", options.fieldMapping()) + ")");
        return;
      }
      String title = f.title == null ? "" : f.title.strip();
      String id = f.id == null || f.id.isBlank() ? ArticleIds.derive(title, text) : f.id.strip();
      Article.Builder b =
          Article.builder()
              .setArticleId(id)
              .setInputFile(inputFile)
              .setRecordRef(recordRef)
              .setFormat(format.label())
              .setUrl(blankToNull(f.url))
              .setSourceName(blankToNull(f.source))
              .setTitle(title)
              .setText(text);
      Optional<String> date = PublicationDates.parse(f.date);
      if (date.isPresent()) {
        b.setPublicationDate(date.get()).setPublicationDateBasis(Article.DateBasis.RECORD);
      } else if ((date = PublicationDates.fromPath(inputFile)).isPresent()) {
        b.setPublicationDate(date.get()).setPublicationDateBasis(Article.DateBasis.PATH);
      } else if ((date = options.fallbackDate()).isPresent()) {
        b.setPublicationDate(date.get()).setPublicationDateBasis(Article.DateBasis.OPTION);
      } else {
        b.setPublicationDate(null).setPublicationDateBasis(Article.DateBasis.UNKNOWN);
      }
      result.add(b.build());
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
