package org.parley.coding;

import java.io.Serializable;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The actor dictionaries (countries, organisations, people with dated roles, sector agents), indexed
 * by normalised surface form for longest-match lookup.
 */
public final class ActorDictionary implements Serializable {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{3,15}");
  private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");

  private final Map<String, List<ActorEntry>> byForm = new HashMap<>();
  private final Map<String, Person> people = new LinkedHashMap<>();
  private final Map<String, Secession> secessions = new HashMap<>();
  private int maxWords = 1;

  /** A state that became independent of another on a date; before it, its places were the other's. */
  public record Secession(String code, String from, LocalDate since) implements Serializable {}

  /** A person with the code used outside any role and the roles held over time. */
  public record Person(String id, String country, List<Role> roles) implements Serializable {}

  /** A role held from {@code from} (inclusive) to {@code to} (exclusive, null = open). */
  public record Role(String code, LocalDate from, LocalDate to, String title, String entryId)
      implements Serializable {

    boolean covers(LocalDate date) {
      return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
  }

  /** How a person is coded on one date, and the entry that says so. */
  public record PersonCode(String code, String entryId, String title) implements Serializable {}

  private ActorDictionary() {}

  /**
   * Loads countries.tsv, places.tsv (optional), organizations*.tsv, people*.tsv, roles*.tsv and
   * agents.tsv from a folder.
   */
  public static ActorDictionary load(Path folder) {
    return load(DictionaryFiles.read(folder));
  }

  /** Loads the actor dictionaries from a folder's contents. */
  public static ActorDictionary load(DictionaryFiles folder) {
    ActorDictionary d = new ActorDictionary();
    for (TsvTable.Row row : TsvTable.read(folder, "countries.tsv", "code", "kind", "text")) {
      String code = checkedCode(row);
      d.add(new ActorEntry(
          "country:" + code + ":" + row.require("text"),
          ActorEntry.Type.COUNTRY, row.require("kind"), code, row.require("text"), null));
    }
    if (folder.has("places.tsv")) {
      // Cities and regions code as the country they are in ("clashes in Aleppo").
      for (TsvTable.Row row : TsvTable.read(folder, "places.tsv", "code", "kind", "text")) {
        String code = checkedCode(row);
        d.add(new ActorEntry(
            "place:" + code + ":" + row.require("text"),
            ActorEntry.Type.COUNTRY, row.require("kind"), code, row.require("text"), null));
      }
    }
    for (String file : folder.named("organizations")) {
      for (TsvTable.Row row : TsvTable.read(folder, file, "code", "kind", "text")) {
        String code = checkedCode(row);
        d.add(new ActorEntry(
            "org:" + code + ":" + row.require("text"),
            ActorEntry.Type.ORGANIZATION, row.require("kind"), code, row.require("text"), null));
      }
    }
    for (String file : folder.named("people")) {
      for (TsvTable.Row row : TsvTable.read(folder, file, "person", "country", "names")) {
        String id = row.require("person");
        if (d.people.containsKey(id)) {
          throw new DictionaryException(row.file() + ":" + row.line() + ": person '" + id + "' listed twice");
        }
        d.people.put(id, new Person(id, checkedCode(row, "country"), new ArrayList<>()));
        for (String name : row.require("names").split("\\|")) {
          if (!name.isBlank()) {
            d.add(new ActorEntry(
                "person:" + id, ActorEntry.Type.PERSON, "name", row.get("country"), name.strip(), id));
          }
        }
      }
    }
    for (String file : folder.named("roles")) {
      for (TsvTable.Row row : TsvTable.read(folder, file, "person", "code", "from", "to", "title")) {
        String id = row.require("person");
        Person person = d.people.get(id);
        if (person == null) {
          throw new DictionaryException(
              row.file() + ":" + row.line() + ": role for unknown person '" + id + "' (add it to a people file)");
        }
        LocalDate from = date(row, "from");
        LocalDate to = row.get("to").isEmpty() ? null : date(row, "to");
        if (to != null && !to.isAfter(from)) {
          throw new DictionaryException(row.file() + ":" + row.line() + ": role ends before it starts");
        }
        person.roles().add(
            new Role(checkedCode(row), from, to, row.get("title"), "person:" + id + "@" + from));
      }
    }
    if (folder.has("secessions.tsv")) {
      for (TsvTable.Row row : TsvTable.read(folder, "secessions.tsv", "code", "from", "since")) {
        String code = checkedCode(row);
        d.secessions.put(code, new Secession(code, checkedCode(row, "from"), date(row, "since")));
      }
    }
    for (TsvTable.Row row : TsvTable.read(folder, "agents.tsv", "sector", "text")) {
      String sector = row.require("sector");
      if (!SECTOR.matcher(sector).matches()) {
        throw new DictionaryException(
            row.file() + ":" + row.line() + ": sector '" + sector + "' is not a 3-letter code");
      }
      d.add(new ActorEntry(
          "agent:" + sector + ":" + row.require("text"),
          ActorEntry.Type.AGENT, "agent", sector, row.require("text"), null));
    }
    for (Person p : d.people.values()) {
      p.roles().sort(Comparator.comparing(Role::from));
    }
    return d;
  }

  private static String checkedCode(TsvTable.Row row) {
    return checkedCode(row, "code");
  }

  private static String checkedCode(TsvTable.Row row, String column) {
    String code = row.require(column);
    if (!CODE.matcher(code).matches()) {
      throw new DictionaryException(
          row.file() + ":" + row.line() + ": '" + code + "' is not an actor code (upper-case letters, 3-15)");
    }
    return code;
  }

  private static LocalDate date(TsvTable.Row row, String column) {
    try {
      return LocalDate.parse(row.require(column));
    } catch (java.time.format.DateTimeParseException e) {
      throw new DictionaryException(
          row.file() + ":" + row.line() + ": '" + row.get(column) + "' is not a yyyy-MM-dd date");
    }
  }

  private void add(ActorEntry entry) {
    String key = normalize(entry.text());
    if (key.isEmpty()) {
      return;
    }
    List<ActorEntry> list = byForm.computeIfAbsent(key, k -> new ArrayList<>());
    for (ActorEntry existing : list) {
      if (existing.id().equals(entry.id()) && existing.type() == entry.type()) {
        return;
      }
    }
    list.add(entry);
    maxWords = Math.max(maxWords, key.split(" ").length + 1);
  }

  /** Normalises a surface form for lookup: lower case, no accents, periods or hyphens, single spaces. */
  public static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace("\u00b4", "'")
        .replace(".", "")
        .replace('-', ' ')
        .replace('\u2010', ' ')
        .replace('\u2011', ' ');
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Entries whose normalised form equals the key (already normalised), or an empty list. */
  public List<ActorEntry> lookup(String normalizedKey) {
    return byForm.getOrDefault(normalizedKey, List.of());
  }

  /** Longest surface form, in tokens, plus slack for tokenisation differences. */
  public int maxTokens() {
    return maxWords + 2;
  }

  /** The person with this slug, or null. */
  public Person person(String id) {
    return people.get(id);
  }

  /** How a person is coded on a date: the active role's code, else the person's country. */
  public PersonCode codeFor(String personId, LocalDate date) {
    Person p = people.get(personId);
    if (p == null) {
      return null;
    }
    if (date != null) {
      for (Role role : p.roles()) {
        if (role.covers(date)) {
          return new PersonCode(role.code(), role.entryId(), role.title());
        }
      }
    } else if (!p.roles().isEmpty()) {
      // Without a date, the most recent role is the best guess for current news.
      Role last = p.roles().get(p.roles().size() - 1);
      return new PersonCode(last.code(), last.entryId(), last.title());
    }
    return new PersonCode(p.country(), "person:" + p.id(), "");
  }

  /**
   * The code a country, place or organisation code had on a date: "SSD" (Juba, South Sudan) is "SDN"
   * before 2011-07-09. Unchanged without a date or a listed secession.
   */
  public String onDate(String code, LocalDate date) {
    if (date == null || code.length() < 3) {
      return code;
    }
    Secession sec = secessions.get(code.substring(0, 3));
    return sec != null && date.isBefore(sec.since()) ? sec.from() + code.substring(3) : code;
  }

  /** True when the person holds any listed role on the date. */
  public boolean holdsRole(String personId, LocalDate date) {
    Person p = people.get(personId);
    return p != null && date != null && p.roles().stream().anyMatch(r -> r.covers(date));
  }

  /** Number of distinct surface forms, for reports. */
  public int size() {
    return byForm.size();
  }

  /** Number of people, for reports. */
  public int peopleCount() {
    return people.size();
  }
}
