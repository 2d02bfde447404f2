package org.parley.ingest;

import java.util.Locale;
import java.util.Optional;

/** Input file formats the parser understands, recognised by file extension or forced by option. */
public enum InputFormat {
  TXT("txt"),
  JSONL("jsonl"),
  JSON("json"),
  CSV("csv"),
  HTML("html");

  private final String label;

  InputFormat(String label) {
    this.label = label;
  }

  /** Returns the lower-case name written to {@code Article.format}. */
  public String label() {
    return label;
  }

  /** Finds the format from a file name's extension, ignoring a trailing {@code .gz}. */
  public static Optional<InputFormat> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return fromName(name.substring(dot + 1));
  }

  /** Parses a format name as given on the command line ("csv", "HTML", "htm", "ndjson"). */
  public static Optional<InputFormat> fromName(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "txt":
      case "text":
        return Optional.of(TXT);
      case "jsonl":
      case "ndjson":
        return Optional.of(JSONL);
      case "json":
        return Optional.of(JSON);
      case "csv":
        return Optional.of(CSV);
      case "html":
      case "htm":
      case "xhtml":
        return Optional.of(HTML);
      default:
        return Optional.empty();
    }
  }
}
