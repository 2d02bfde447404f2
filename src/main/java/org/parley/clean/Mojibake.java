package org.parley.clean;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ("â€œ" for an opening quote, "Ã©" for
 * "é"), a common damage in scraped news archives.
 */
final class Mojibake {

  /** Runs that start with a UTF-8 lead byte seen as Windows-1252 and go on with continuation bytes. */
  private static final Pattern RUN = Pattern.compile(
      "[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
          + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]+");

  private Mojibake() {}

  /** The text with every repairable run decoded as the UTF-8 it was; other text is left alone. */
  static String repair(String text) {
    if (text.indexOf('\u00C2') < 0 && text.indexOf('\u00C3') < 0 && text.indexOf('\u00E2') < 0) {
      return text;
    }
    Matcher m = RUN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      String fixed = decode(m.group());
      out.append(text, last, m.start()).append(fixed == null ? m.group() : fixed);
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  private static String decode(String run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (char c : run.toCharArray()) {
      int b = windows1252Byte(c);
      if (b < 0) {
        return null;
      }
      bytes.write(b);
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The Windows-1252 byte that decodes to this character, or -1. */
  private static int windows1252Byte(char c) {
    if (c <= 0xFF) {
      return c;
    }
    String high = "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
        + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";
    int i = high.indexOf(c);
    return i < 0 || c == 0 ? -1 : 0x80 + i;
  }
}
