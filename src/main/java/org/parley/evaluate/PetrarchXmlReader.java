package org.parley.evaluate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads PETRARCH-style validation records line by line, because the files are not well-formed XML.
 *
 * <p>A record starts at a line beginning with {@code <Sentence } and runs to the next one; it keeps
 * the {@code <EventCoding .../>} lines and the text between {@code <Text>} and {@code </Text>},
 * with every run of whitespace (line breaks, tabs) turned into one space. {@code <!-- ... -->}
 * comments (also over several lines) and {@code <Parse>} content are skipped. Attribute values may
 * use double or single quotes. A date of another shape than {@code yyyyMMdd} gives a null date. An
 * id seen before gets a suffix {@code #2}, {@code #3}, ... so that every sentence id is unique.
 */
public final class PetrarchXmlReader {

  private static final Pattern SENTENCE = Pattern.compile("^\\s*<Sentence\\b([^>]*)>");
  private static final Pattern EVENT_CODING = Pattern.compile("^\\s*<EventCoding\\b([^>]*)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z_][\\w.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private PetrarchXmlReader() {}

  /** Reads every record of a validation file. */
  public static List<PetrarchRecord> read(Path file) {
    return parse(GoldFiles.readLines(file), file.toString());
  }

  /** Parses the lines of a validation file; {@code origin} names the input in error messages. */
  public static List<PetrarchRecord> parse(List<String> lines, String origin) {
    List<PetrarchRecord> records = new ArrayList<>();
    Map<String, Integer> seenIds = new HashMap<>();
    RecordBuilder current = null;
    boolean inComment = false;
    boolean inParse = false;
    boolean inText = false;
    for (int i = 0; i < lines.size(); i++) {
      StringBuilder kept = new StringBuilder();
      inComment = stripComments(lines.get(i), inComment, kept);
      String line = kept.toString();
      if (inParse) {
        if (line.contains("</Parse>")) {
          inParse = false;
        }
        continue;
      }
      if (inText) {
        int end = line.indexOf("</Text>");
        current.addText(end < 0 ? line : line.substring(0, end));
        inText = end < 0;
        continue;
      }
      Matcher sentence = SENTENCE.matcher(line);
      if (sentence.find()) {
        if (current != null) {
          records.add(current.build(seenIds));
        }
        current = new RecordBuilder(attributes(sentence.group(1)), origin, i + 1);
        continue;
      }
      if (current == null) {
        continue; // header, environment and banner lines before the first record
      }
      Matcher coding = EVENT_CODING.matcher(line);
      if (coding.find()) {
        current.addCoding(attributes(coding.group(1)), i + 1);
        continue;
      }
      int textStart = line.indexOf("<Text>");
      if (textStart >= 0) {
        String rest = line.substring(textStart + "<Text>".length());
        int end = rest.indexOf("</Text>");
        current.addText(end < 0 ? rest : rest.substring(0, end));
        inText = end < 0;
        continue;
      }
      if (line.contains("<Parse>") && !line.contains("</Parse>")) {
        inParse = true;
      }
    }
    if (inText) {
      throw new IllegalArgumentException(origin + ": <Text> not closed at end of file");
    }
    if (current != null) {
      records.add(current.build(seenIds));
    }
    return List.copyOf(records);
  }

  // Appends the part of the line outside comments to kept; returns whether a comment is still open.
  private static boolean stripComments(String line, boolean inComment, StringBuilder kept) {
    int position = 0;
    while (position < line.length()) {
      if (inComment) {
        int end = line.indexOf("-->", position);
        if (end < 0) {
          return true;
        }
        position = end + 3;
        inComment = false;
      } else {
        int start = line.indexOf("<!--", position);
        if (start < 0) {
          kept.append(line, position, line.length());
          return false;
        }
        kept.append(line, position, start);
        position = start + 4;
        inComment = true;
      }
    }
    return inComment;
  }

  static Map<String, String> attributes(String tagBody) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher matcher = ATTRIBUTE.matcher(tagBody);
    while (matcher.find()) {
      String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      attributes.put(matcher.group(1), value);
    }
    return attributes;
  }

  /** Collects the parts of one record while its lines are read. */
  private static final class RecordBuilder {
    private final Map<String, String> attributes;
    private final String origin;
    private final int line;
    private final List<CodedEvent> events = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean noEvents;
    private @Nullable String error;

    RecordBuilder(Map<String, String> attributes, String origin, int line) {
      this.attributes = attributes;
      this.origin = origin;
      this.line = line;
    }

    void addCoding(Map<String, String> coding, int codingLine) {
      if (coding.containsKey("error")) {
        error = coding.get("error");
      } else if ("true".equalsIgnoreCase(coding.get("noevents"))) {
        noEvents = true;
      } else if (coding.containsKey("eventcode")) {
        events.add(
            new CodedEvent(
                coding.getOrDefault("sourcecode", ""),
                coding.getOrDefault("targetcode", ""),
                coding.get("eventcode")));
      } else {
        throw new IllegalArgumentException(
            origin + ":" + codingLine + ": <EventCoding> without eventcode, noevents or error");
      }
    }

    void addText(String part) {
      String trimmed = WHITESPACE.matcher(part.strip()).replaceAll(" ");
      if (trimmed.isEmpty()) {
        return;
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(trimmed);
    }

    PetrarchRecord build(Map<String, Integer> seenIds) {
      String id = attributes.get("id");
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException(origin + ":" + line + ": <Sentence> without id");
      }
      int occurrence = seenIds.merge(id, 1, Integer::sum);
      String uniqueId = occurrence == 1 ? id : id + "#" + occurrence;
      LocalDate date = date(attributes.get("date"), origin, line);
      GoldSentence sentence = new GoldSentence(uniqueId, text.toString(), date);
      return new PetrarchRecord(
          sentence,
          attributes.getOrDefault("category", ""),
          !"false".equalsIgnoreCase(attributes.get("evaluate")),
          events,
          noEvents,
          error);
    }
  }

  // Only yyyyMMdd is a date; other shapes (one record has "121108") leave the sentence undated.
  private static @Nullable LocalDate date(@Nullable String value, String origin, int line) {
    if (value == null || !value.matches("\\d{8}")) {
      return null;
    }
    try {
      return LocalDate.parse(value, YYYYMMDD);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(origin + ":" + line + ": impossible date " + value, e);
    }
  }
}
