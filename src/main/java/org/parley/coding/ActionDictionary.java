package org.parley.coding;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The action dictionaries: verb and noun patterns, light verbs and the CAMEO code table. */
public final class ActionDictionary implements Serializable {

  private static final Pattern EVENT_CODE = Pattern.compile("\\d{2,4}");

  /** The code of a pattern that marks a sense as no event at all ("fight * election"). */
  public static final String NOT_AN_EVENT = "-";

  private final Map<String, List<ActionPattern>> verbs = new HashMap<>();
  private final Map<String, List<ActionPattern>> nouns = new HashMap<>();
  private final Set<String> lightVerbs = new HashSet<>();
  private final Map<String, String> complementFamilies = new HashMap<>();
  private final Map<String, CameoCode> codes = new TreeMap<>();

  private ActionDictionary() {}

  /** Loads verbs.tsv, nouns.tsv, light_verbs.tsv and cameo_codes.tsv from a folder. */
  public static ActionDictionary load(Path folder) {
    return load(DictionaryFiles.read(folder));
  }

  /** Loads the action dictionaries from a folder's contents. */
  public static ActionDictionary load(DictionaryFiles folder) {
    ActionDictionary d = new ActionDictionary();
    for (TsvTable.Row row : TsvTable.read(folder,
        "cameo_codes.tsv", "code", "name", "quad_class", "goldstein", "plover_event")) {
      String code = eventCode(row);
      try {
        int quad = Integer.parseInt(row.require("quad_class"));
        double goldstein = Double.parseDouble(row.require("goldstein"));
        if (quad < 1 || quad > 4 || goldstein < -10 || goldstein > 10) {
          throw new NumberFormatException("out of range");
        }
        String plover = row.get("plover_event");
        d.codes.put(code, new CameoCode(code, row.get("name"), quad, goldstein, plover.isEmpty() ? null : plover));
      } catch (NumberFormatException e) {
        throw new DictionaryException(
            row.file() + ":" + row.line() + ": quad_class must be 1-4 and goldstein -10..10");
      }
    }
    d.loadPatterns(folder, "verbs.tsv", "verb", d.verbs);
    d.loadPatterns(folder, "nouns.tsv", "noun", d.nouns);
    for (TsvTable.Row row : TsvTable.read(folder, "light_verbs.tsv", "verb")) {
      d.lightVerbs.add(row.require("verb").toLowerCase(Locale.ROOT));
    }
    List<TsvTable.Row> complements = folder.has("complement_verbs.tsv")
        ? TsvTable.read(folder, "complement_verbs.tsv", "verb", "family")
        : List.of();
    for (TsvTable.Row row : complements) {
      String family = row.require("family").toLowerCase(Locale.ROOT);
      try {
        ComplementCodes.Family.of(family);
      } catch (IllegalArgumentException e) {
        throw new DictionaryException(row.file() + ":" + row.line()
            + ": family must be appeal, intent, demand, reject or threaten; got " + family);
      }
      d.complementFamilies.put(row.require("verb").toLowerCase(Locale.ROOT), family);
    }
    return d;
  }

  private void loadPatterns(
      DictionaryFiles folder, String file, String kind, Map<String, List<ActionPattern>> into) {
    for (TsvTable.Row row : TsvTable.read(folder, file, "code", "pattern")) {
      String code = row.require("code").equals(NOT_AN_EVENT) ? NOT_AN_EVENT : eventCode(row);
      if (!code.equals(NOT_AN_EVENT) && !codes.containsKey(code)) {
        throw new DictionaryException(
            row.file() + ":" + row.line() + ": code " + code + " is not in cameo_codes.tsv");
      }
      ActionPattern p =
          ActionPattern.parse(kind, code, row.require("pattern"), row.file() + ":" + row.line());
      List<ActionPattern> list = into.computeIfAbsent(p.head(), k -> new ArrayList<>());
      if (list.stream().noneMatch(q -> q.id().equals(p.id()))) {
        list.add(p);
      }
    }
  }

  private static String eventCode(TsvTable.Row row) {
    String code = row.require("code");
    if (!EVENT_CODE.matcher(code).matches()) {
      throw new DictionaryException(
          row.file() + ":" + row.line() + ": event code '" + code
              + "' must be 3 or 4 digits with its leading zero (e.g. 040)");
    }
    return code;
  }

  /** Verb patterns whose head is this lemma. */
  public List<ActionPattern> verbPatterns(String lemma) {
    return withoutHyphen(verbs, lemma);
  }

  /** Patterns of a lemma, or of its unhyphenated spelling ("re-open" = "reopen", "co-operate"). */
  private static List<ActionPattern> withoutHyphen(Map<String, List<ActionPattern>> patterns, String lemma) {
    List<ActionPattern> found = patterns.get(lemma);
    if (found == null && lemma.indexOf('-') > 0) {
      found = patterns.get(lemma.replace("-", ""));
    }
    return found == null ? List.of() : found;
  }

  /** Noun patterns whose head is this lemma. */
  public List<ActionPattern> nounPatterns(String lemma) {
    return withoutHyphen(nouns, lemma);
  }

  /** True for verbs that take their meaning from their object noun ("hold talks"). */
  public boolean isLightVerb(String lemma) {
    return lightVerbs.contains(lemma);
  }

  /** The complement family (appeal, intent, demand, reject, threaten) of a verb or adjective, or null. */
  public String complementFamily(String lemma) {
    return complementFamilies.get(lemma);
  }

  /** The code table entry, or null for an unknown code. */
  public CameoCode code(String code) {
    return codes.get(code);
  }

  /** Number of verb patterns, for reports. */
  public int verbPatternCount() {
    return verbs.values().stream().mapToInt(List::size).sum();
  }

  /** Number of noun patterns, for reports. */
  public int nounPatternCount() {
    return nouns.values().stream().mapToInt(List::size).sum();
  }

  /** Every code that some verb or noun pattern gives, in code order. */
  public java.util.SortedSet<String> patternCodes() {
    java.util.SortedSet<String> result = new java.util.TreeSet<>();
    for (Map<String, List<ActionPattern>> m : List.of(verbs, nouns)) {
      m.values().forEach(list -> list.stream().filter(p -> !p.blocks()).forEach(p -> result.add(p.code())));
    }
    return result;
  }

  /** All codes, in code order. */
  public Map<String, CameoCode> codes() {
    return java.util.Collections.unmodifiableMap(codes);
  }
}
