package org.parley.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Writes the rows of one table partition as a CSV file and as a Parquet file. */
public final class TableFiles {

  private TableFiles() {}

  /** CSV dialect of every table: comma-separated, header row, double-quote escaping, LF line ends. */
  public static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

  /** Writes rows (already in file order) as CSV with a header row. */
  public static <T> void writeCsv(TableSpec<T> table, List<T> rows, WritableByteChannel channel)
      throws IOException {
    Writer writer = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
    try (CSVPrinter printer = new CSVPrinter(writer, CSV)) {
      for (Column<T> c : table.columns()) {
        printer.print(c.name());
      }
      printer.println();
      for (T row : rows) {
        for (Column<T> c : table.columns()) {
          printer.print(csvValue(c.value(row)));
        }
        printer.println();
      }
    }
  }

  /**
   * Reads back every CSV file of one table folder (all partitions, in path order) as rows of
   * column -> value; empty fields are empty strings.
   */
  public static List<java.util.Map<String, String>> readCsv(java.nio.file.Path tableDir) throws IOException {
    List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
    if (!java.nio.file.Files.isDirectory(tableDir)) {
      return rows;
    }
    List<java.nio.file.Path> files;
    try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(tableDir)) {
      files = walk.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    CSVFormat header = CSV.builder().setHeader().setSkipHeaderRecord(true).build();
    for (java.nio.file.Path f : files) {
      try (java.io.Reader r = java.nio.file.Files.newBufferedReader(f, StandardCharsets.UTF_8);
          org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(r, header)) {
        for (org.apache.commons.csv.CSVRecord rec : parser) {
          rows.add(rec.toMap());
        }
      }
    }
    return rows;
  }

  private static String csvValue(Object value) {
    if (value == null) {
      return "";
    }
    return value.toString();
  }

  /**
   * Writes rows (already in file order) as one Snappy-compressed Parquet file with typed columns; the
   * same rows give the same bytes in any JVM (see {@link ParquetFooters}).
   */
  public static <T> void writeParquet(TableSpec<T> table, List<T> rows, WritableByteChannel channel)
      throws IOException {
    Schema schema = table.avroSchema();
    ParquetIO.Sink sink =
        ParquetIO.sink(schema).withCompressionCodec(CompressionCodecName.SNAPPY);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    sink.open(Channels.newChannel(file));
    for (T row : rows) {
      sink.write(toRecord(table, schema, row));
    }
    sink.flush();
    try (channel) {
      ByteBuffer bytes = ByteBuffer.wrap(ParquetFooters.withSortedEncodings(file.toByteArray()));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
  }

  static <T> GenericRecord toRecord(TableSpec<T> table, Schema schema, T row) {
    GenericRecord record = new GenericData.Record(schema);
    for (Column<T> c : table.columns()) {
      Object v = c.value(row);
      if (v != null && c.type() == Column.Type.DATE) {
        v = (int) LocalDate.parse(v.toString()).toEpochDay();
      }
      record.put(c.name(), v);
    }
    return record;
  }
}
