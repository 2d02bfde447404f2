package org.parley.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one dictionary file: tab-separated, a header row, '#' comments and blank lines ignored. */
final class TsvTable {

  /** One data row with its line number, for error messages. */
  record Row(String file, int line, Map<String, String> values) {

    /** The value of a column, empty when the row is shorter than the header. */
    String get(String column) {
      String value = values.get(column);
      return value == null ? "" : value.strip();
    }

    /** Fails with the file and line when a required column is empty. */
    String require(String column) {
      String value = get(column);
      if (value.isEmpty()) {
        throw new DictionaryException(file + ":" + line + ": column '" + column + "' is empty");
      }
      return value;
    }
  }

  private TsvTable() {}

  /** Reads all rows of a file whose header must contain the given columns. */
  static List<Row> read(DictionaryFiles files, String file, String... requiredColumns) {
    List<String> lines = files.text(file).lines().toList();
    List<Row> rows = new ArrayList<>();
    String[] header = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        for (int c = 0; c < header.length; c++) {
          header[c] = header[c].strip();
        }
        for (String required : requiredColumns) {
          if (!List.of(header).contains(required)) {
            throw new DictionaryException(
                file + ":" + (i + 1) + ": header must name the columns " + String.join(", ", requiredColumns)
                    + " (tab-separated); found: " + String.join(" | ", header));
          }
        }
        continue;
      }
      if (cells.length > header.length) {
        throw new DictionaryException(
            file + ":" + (i + 1) + ": " + cells.length + " tab-separated cells, the header has " + header.length);
      }
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < cells.length; c++) {
        values.put(header[c], cells[c]);
      }
      rows.add(new Row(file, i + 1, values));
    }
    if (header == null) {
      throw new DictionaryException(file + ": no header row");
    }
    return rows;
  }
}
