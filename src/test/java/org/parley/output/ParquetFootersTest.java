package org.parley.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetFootersTest {

  @TempDir Path dir;

  /** A small Parquet file whose optional column uses several encodings (PLAIN, RLE, BIT_PACKED). */
  private static byte[] parquetFile() throws IOException {
    Schema schema = SchemaBuilder.record("t").fields()
        .requiredString("id").optionalString("note").endRecord();
    ParquetIO.Sink sink = ParquetIO.sink(schema).withCompressionCodec(CompressionCodecName.SNAPPY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sink.open(Channels.newChannel(out));
    for (int i = 0; i < 5; i++) {
      GenericRecord r = new GenericData.Record(schema);
      r.put("id", "row-" + i);
      r.put("note", i % 2 == 0 ? null : "odd");
      sink.write(r);
    }
    sink.flush();
    return out.toByteArray();
  }

  private static int footerStart(byte[] file) {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return file.length - 8 - length;
  }

  private static FileMetaData footer(byte[] file) throws IOException {
    int start = footerStart(file);
    return Util.readFileMetaData(new ByteArrayInputStream(file, start, file.length - 8 - start));
  }

  /** The file with every column chunk's encodings reversed, as another JVM's HashSet may order them. */
  private static byte[] withReversedEncodings(byte[] file) throws IOException {
    FileMetaData meta = footer(file);
    for (RowGroup g : meta.getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        List<Encoding> reversed = new ArrayList<>(c.getMeta_data().getEncodings());
        Collections.reverse(reversed);
        c.getMeta_data().setEncodings(reversed);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(file, 0, footerStart(file));
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    Util.writeFileMetaData(meta, f);
    f.writeTo(out);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(f.size()).array());
    out.write("PAR1".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  @Test
  void encodingsInAnyOrderGiveTheSameBytes() throws Exception {
    byte[] file = parquetFile();
    byte[] reversed = withReversedEncodings(file);
    assertFalse(Arrays.equals(file, reversed), "the sample needs a column with several encodings");
    assertArrayEquals(ParquetFooters.withSortedEncodings(file), ParquetFooters.withSortedEncodings(reversed));
  }

  @Test
  void encodingsEndUpAscendingAndTheDataPagesAreUntouched() throws Exception {
    byte[] file = parquetFile();
    byte[] sorted = ParquetFooters.withSortedEncodings(withReversedEncodings(file));
    for (RowGroup g : footer(sorted).getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        List<Integer> values = c.getMeta_data().getEncodings().stream().map(Encoding::getValue).toList();
        assertEquals(values.stream().sorted().toList(), values);
      }
    }
    int dataEnd = footerStart(file);
    assertArrayEquals(Arrays.copyOf(file, dataEnd), Arrays.copyOf(sorted, dataEnd));
    assertArrayEquals(sorted, ParquetFooters.withSortedEncodings(sorted), "sorting twice changes nothing");
  }

  @Test
  void theRewrittenFileStillReads() throws Exception {
    Path path = dir.resolve("t.parquet");
    Files.write(path, ParquetFooters.withSortedEncodings(withReversedEncodings(parquetFile())));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), count(note) FROM read_parquet('" + path + "')")) {
      assertTrue(rs.next());
      assertEquals(5, rs.getInt(1));
      assertEquals(2, rs.getInt(2));
    }
  }

  @Test
  void somethingThatIsNotParquetIsRefused() {
    assertThrows(IOException.class,
        () -> ParquetFooters.withSortedEncodings("not a parquet file".getBytes(StandardCharsets.UTF_8)));
  }
}
