package org.parley.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Makes Parquet footers byte-for-byte reproducible: parquet-mr collects each column chunk's encodings
 * in a HashSet of enums, whose order follows identity hash codes and so changes from one JVM to the
 * next (parquet-java issue 3215); this sorts them.
 */
final class ParquetFooters {

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private ParquetFooters() {}

  /** The same Parquet file with the encodings of every column chunk in ascending order. */
  static byte[] withSortedEncodings(byte[] file) throws IOException {
    int n = file.length;
    if (n < 12 || !Arrays.equals(MAGIC, Arrays.copyOfRange(file, n - 4, n))) {
      throw new IOException("not a Parquet file (no PAR1 at the end)");
    }
    int footerLength = ByteBuffer.wrap(file, n - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int footerStart = n - 8 - footerLength;
    if (footerLength <= 0 || footerStart < MAGIC.length) {
      throw new IOException("corrupt Parquet footer length " + footerLength);
    }
    FileMetaData meta =
        Util.readFileMetaData(new ByteArrayInputStream(file, footerStart, footerLength));
    for (RowGroup group : meta.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData column = chunk.getMeta_data();
        if (column != null && column.isSetEncodings()) {
          List<Encoding> sorted = new ArrayList<>(column.getEncodings());
          sorted.sort(Comparator.comparingInt(Encoding::getValue));
          column.setEncodings(sorted);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    out.write(file, 0, footerStart);
    ByteArrayOutputStream footer = new ByteArrayOutputStream(footerLength);
    Util.writeFileMetaData(meta, footer);
    footer.writeTo(out);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size()).array());
    out.write(MAGIC);
    return out.toByteArray();
  }
}
