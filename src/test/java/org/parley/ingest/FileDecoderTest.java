package org.parley.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FileDecoderTest {

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void gunzipsFilesNamedGz() throws IOException {
    FileDecoder.Decoded d = FileDecoder.decode("a.txt.gz", gzip("Title\nBody".getBytes(StandardCharsets.UTF_8)));
    assertTrue(d.ok());
    assertEquals("Title\nBody", d.text());
  }

  @Test
  void gunzipsByMagicBytesWhateverTheName() throws IOException {
    FileDecoder.Decoded d = FileDecoder.decode("a.txt", gzip("Title\nBody".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Title\nBody", d.text());
  }

  @Test
  void truncatedGzipIsAFailureNotAnException() throws IOException {
    byte[] full = gzip("Some article text that is long enough to matter. ".repeat(50).getBytes(StandardCharsets.UTF_8));
    FileDecoder.Decoded d = FileDecoder.decode("a.txt.gz", Arrays.copyOf(full, full.length / 2));
    assertFalse(d.ok());
    assertThat(d.failure(), startsWith("corrupt or truncated gzip"));
  }

  @Test
  void gzNameWithoutGzipHeaderIsAFailure() {
    FileDecoder.Decoded d = FileDecoder.decode("a.txt.gz", "plain text".getBytes(StandardCharsets.UTF_8));
    assertThat(d.failure(), containsString("does not start with the gzip header"));
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreFailures() {
    assertEquals("empty file", FileDecoder.decode("a.txt", new byte[0]).failure());
    assertEquals("empty file", FileDecoder.decode("a.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)).failure());
  }

  @Test
  void nulBytesMeanBinaryContent() {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
    assertThat(FileDecoder.decode("a.txt", bytes).failure(), startsWith("binary content"));
  }

  @Test
  void manyControlCharactersMeanBinaryContent() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThat(FileDecoder.decode("a.txt", bytes).failure(), startsWith("binary content"));
  }

  @Test
  void validUtf8IsDecodedAsUtf8() {
    FileDecoder.Decoded d = FileDecoder.decode("a.txt", "Café “quoted”".getBytes(StandardCharsets.UTF_8));
    assertEquals("UTF-8", d.charset());
    assertEquals("Café “quoted”", d.text());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    byte[] bytes = "Caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
    FileDecoder.Decoded d = FileDecoder.decode("a.txt", bytes);
    assertEquals("windows-1252", d.charset());
    assertEquals("Café “quoted”", d.text());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() {
    byte[] body = "Title".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("Title", FileDecoder.decode("a.txt", bytes).text());
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    byte[] body = "Title\nBody".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xfe;
    System.arraycopy(body, 0, bytes, 2, body.length);
    assertEquals("Title\nBody", FileDecoder.decode("a.txt", bytes).text());
  }
}
