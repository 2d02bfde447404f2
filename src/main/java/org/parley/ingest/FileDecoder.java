package org.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Turns a file's raw bytes into text: gunzips, checks for binary or empty content, picks the charset. */
public final class FileDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Share of control bytes above which content is taken to be binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private static final int SAMPLE_BYTES = 64 * 1024;

  private FileDecoder() {}

  /** Outcome of decoding: either the text and the charset used, or the reason it failed. */
  public static final class Decoded {
    private final String text;
    private final String charset;
    private final String failure;

    private Decoded(String text, String charset, String failure) {
      this.text = text;
      this.charset = charset;
      this.failure = failure;
    }

    /** Returns true when the bytes became usable text. */
    public boolean ok() {
      return failure == null;
    }

    /** Returns the decoded text; only meaningful when {@link #ok()}. */
    public String text() {
      return text;
    }

    /** Returns the name of the charset the text was decoded with. */
    public String charset() {
      return charset;
    }

    /** Returns why decoding failed, or null when it succeeded. */
    public String failure() {
      return failure;
    }
  }

  /** Returns true when the bytes start with the gzip magic number. */
  public static boolean hasGzipMagic(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** Decodes the bytes of the named file, gunzipping first when the name or the bytes say gzip. */
  public static Decoded decode(String fileName, byte[] bytes) {
    byte[] content = bytes;
    boolean gzName = fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    if (gzName || hasGzipMagic(bytes)) {
      if (!hasGzipMagic(bytes)) {
        return failed(
            bytes.length == 0
                ? "empty file"
                : "corrupt gzip: file is named .gz but does not start with the gzip header");
      }
      try {
        content = gunzip(bytes);
      } catch (IOException e) {
        return failed("corrupt or truncated gzip: " + e.getMessage());
      }
    }
    return decodeText(content);
  }

  /** Decodes uncompressed bytes as strict UTF-8, else windows-1252; rejects binary and empty content. */
  public static Decoded decodeText(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return checkEmpty(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return checkEmpty(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    String binary = binaryReason(bytes);
    if (binary != null) {
      return failed(binary);
    }
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
      return checkEmpty(text, "UTF-8");
    } catch (CharacterCodingException e) {
      // Real archives are mostly Latin-1; windows-1252 is its superset and never fails.
      return checkEmpty(new String(bytes, WINDOWS_1252), "windows-1252");
    }
  }

  private static Decoded checkEmpty(String text, String charset) {
    if (text.isBlank()) {
      return failed("empty file");
    }
    return new Decoded(text, charset, null);
  }

  private static String binaryReason(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "binary content (NUL byte at offset " + i + ")";
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        control++;
      }
    }
    if (n > 0 && control > MAX_CONTROL_SHARE * n) {
      return String.format(
          Locale.ROOT,
          "binary content (%d of the first %d bytes are control characters)",
          control,
          n);
    }
    return null;
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length * 4));
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static Decoded failed(String reason) {
    return new Decoded(null, null, reason);
  }
}
