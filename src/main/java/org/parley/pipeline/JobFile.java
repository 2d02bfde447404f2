package org.parley.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a job file (one {@code --option=value} per line, '#' comments, ${PARLEY_HOME} and other
 * ${VARIABLES} expanded) and merges it with command-line options, which win option by option.
 */
public final class JobFile {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private JobFile() {}

  /** Reads the options of a job file, in order. */
  public static List<String> read(Path file, Map<String, String> variables) throws IOException {
    List<String> args = new ArrayList<>();
    int lineNumber = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith("--")) {
        throw new IllegalArgumentException(file + ":" + lineNumber
            + ": expected an option such as --input=PATTERN, found: " + line);
      }
      args.add(expand(line, variables, file + ":" + lineNumber));
    }
    return args;
  }

  private static String expand(String line, Map<String, String> variables, String where) {
    Matcher m = VARIABLE.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = variables.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(where + ": unknown variable ${" + m.group(1) + "}");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The name of an option argument ("--input=a" and "--input a" both give "input"). */
  static String name(String arg) {
    String s = arg.startsWith("--") ? arg.substring(2) : arg;
    int eq = s.indexOf('=');
    return eq < 0 ? s : s.substring(0, eq);
  }

  /**
   * Job-file options followed by command-line options; an option given on the command line replaces
   * every value the job file gave it (so --input on the command line replaces the job's inputs).
   */
  public static List<String> merge(List<String> fromJob, List<String> fromCommandLine) {
    List<String> cli = normalize(fromCommandLine);
    Set<String> overridden = new java.util.HashSet<>();
    for (String a : cli) {
      overridden.add(name(a));
    }
    List<String> merged = new ArrayList<>();
    for (String a : normalize(fromJob)) {
      if (!overridden.contains(name(a))) {
        merged.add(a);
      }
    }
    merged.addAll(cli);
    return merged;
  }

  /** Joins "--name value" pairs into "--name=value" so every option is one argument. */
  static List<String> normalize(List<String> args) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--") && !a.contains("=") && i + 1 < args.size() && !args.get(i + 1).startsWith("--")
          && !args.get(i + 1).endsWith(".job")) {
        out.add(a + "=" + args.get(i + 1));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** Variables available to job files: PARLEY_HOME plus the environment. */
  public static Map<String, String> variables(Path home) {
    Map<String, String> vars = new LinkedHashMap<>(System.getenv());
    vars.put("PARLEY_HOME", home.toAbsolutePath().normalize().toString());
    return vars;
  }
}
