package org.parley.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Line patterns of web boilerplate ("Source link", "Leave a Reply"), read from an editable text file. */
public final class BoilerplatePatterns implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Classpath location of the patterns shipped with Parley. */
  public static final String DEFAULT_RESOURCE = "/org/parley/clean/boilerplate.txt";

  private final List<Pattern> patterns;

  private BoilerplatePatterns(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** Loads the patterns shipped with Parley. */
  public static BoilerplatePatterns defaults() {
    try (InputStream in = BoilerplatePatterns.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Loads patterns from a file in the same format as the shipped one. */
  public static BoilerplatePatterns fromFile(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses pattern-file content: one regex per line, '#' comments and blank lines ignored. */
  public static BoilerplatePatterns parse(String content, String sourceName) {
    List<Pattern> patterns = new ArrayList<>();
    String[] lines = content.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        patterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            sourceName + " line " + (i + 1) + ": invalid pattern: " + e.getDescription(), e);
      }
    }
    return new BoilerplatePatterns(patterns);
  }

  /** Returns true when the whole trimmed line is boilerplate. */
  public boolean matches(String line) {
    String l = line.strip();
    if (l.isEmpty()) {
      return false;
    }
    for (Pattern p : patterns) {
      if (p.matcher(l).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the number of patterns. */
  public int size() {
    return patterns.size();
  }
}
