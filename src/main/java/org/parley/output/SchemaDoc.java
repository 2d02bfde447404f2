package org.parley.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes docs/schema.md from the table definitions, so the documentation cannot drift from the code. */
public final class SchemaDoc {

  private SchemaDoc() {}

  /** The Markdown documentation of every table and column. */
  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Output tables\n\n")
        .append("<!-- Generated from org.parley.output.Tables by `scripts/parley schema-doc`;"
            + " a test fails when this file and the code disagree. -->\n\n")
        .append("Every run writes three tables, each as CSV and as Parquet, partitioned by the articles'"
            + " publication date:\n\n")
        .append("```\nOUTPUT/parquet/<table>/publication_date=YYYY-MM-DD/<table>.parquet\n"
            + "OUTPUT/csv/<table>/publication_date=YYYY-MM-DD/<table>.csv\n```\n\n")
        .append("Articles whose publication date is unknown go to `publication_date=__HIVE_DEFAULT_PARTITION__`,"
            + " the Hive convention for a null partition value (Spark, Hive and Trino read it as null). Each"
            + " file also holds `publication_date` as a typed column, so a single file is complete on its own."
            + " DuckDB reads a path value it cannot parse as a date as text: when unknown dates are present,"
            + " read with `hive_partitioning = false` to keep the column a DATE. A run replaces every"
            + " partition it writes: all three tables of that date, including empty files for tables without"
            + " rows, so a rerun never mixes old and new rows. A day run (`--day`) files all its rows under"
            + " the day (see docs/operations.md).\n\n")
        .append("CSV: UTF-8, comma-separated, one header row, fields quoted when they contain commas, quotes"
            + " or line breaks, LF line ends, empty field for null. Parquet: Snappy-compressed, one row group"
            + " per file for small partitions, logical types below. CAMEO codes are strings everywhere, so"
            + " `040` keeps its leading zero. Rows are sorted inside each file (events by `event_id`,"
            + " articles by `article_id`, failures by input file and record), so the same input, dictionaries"
            + " and version give byte-identical files.\n\n")
        .append("| type | Parquet | DuckDB | pandas (pyarrow) | Spark |\n|---|---|---|---|---|\n")
        .append("| STRING | BYTE_ARRAY (UTF8) | VARCHAR | object | string |\n")
        .append("| DATE | INT32 (DATE) | DATE | datetime64 / date | date |\n")
        .append("| INT | INT32 | INTEGER | int32 | int |\n")
        .append("| DOUBLE | DOUBLE | DOUBLE | float64 | double |\n")
        .append("| BOOLEAN | BOOLEAN | BOOLEAN | bool | boolean |\n\n");
    for (TableSpec<?> table : List.of(Tables.EVENTS, Tables.ARTICLES, Tables.FAILURES)) {
      sb.append("## `").append(table.name()).append("`\n\n").append(table.description()).append("\n\n");
      sb.append("| column | type | null | description |\n|---|---|---|---|\n");
      for (Column<?> c : table.columns()) {
        sb.append("| `").append(c.name()).append("` | ").append(c.type()).append(" | ")
            .append(c.nullable() ? "yes" : "no").append(" | ")
            .append(c.description().replace("|", "\\|")).append(" |\n");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Writes the documentation to the given file (default docs/schema.md). */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/schema.md");
    Files.writeString(target, markdown(), StandardCharsets.UTF_8);
    System.out.println("wrote " + target);
  }
}
