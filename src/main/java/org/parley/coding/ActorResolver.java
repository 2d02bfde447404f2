package org.parley.coding;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Codes the noun phrase headed by a token: finds dictionary names, titles and agents in the phrase by
 * longest match and combines them into one CAMEO actor code.
 */
final class ActorResolver implements java.io.Serializable {

  /** Relations whose subtrees belong to the actor's noun phrase. */
  private static final Set<String> PHRASE_RELATIONS = Set.of(
      "compound", "amod", "nmod:poss", "nmod:of", "flat", "appos", "det", "case", "nummod",
      "name", "nn", "poss", "punct", "nmod:for", "nmod:'s", "goeswith");

  /** Nouns for places and buildings: a title or agent in front of them does not make them actors. */
  private static final Set<String> PLACES = Set.of(
      "area", "areas", "station", "district", "city", "town", "village", "region", "office", "headquarters",
      "premises", "building", "camp", "road", "market", "border", "compound", "residence", "house", "line",
      "post", "outpost", "quarters", "colony", "locality", "zone", "ward", "jurisdiction", "limit", "limits",
      "complex", "campus", "ground", "square", "street", "highway", "site", "port", "airport", "base");

  /** Words in front of a surname that are not given names. */
  private static final Set<String> HONORIFICS = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor", "gen", "general",
      "col", "colonel", "maj", "major", "capt", "captain", "adm", "admiral", "sheikh", "sheik", "shri", "smt",
      "sri", "rev", "reverend", "father", "imam", "ayatollah", "mullah", "king", "queen", "prince", "princess",
      "emir", "sultan", "senator", "sen", "rep", "judge", "justice", "chancellor", "premier", "president",
      "minister", "secretary", "chairman", "comrade", "marshal", "field", "herr", "monsieur", "madame");

  private final ActorDictionary dictionary;

  ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** One dictionary hit inside a phrase. */
  record Match(ActorEntry entry, int start, int end) {
    boolean covers(int token) {
      return token >= start && token < end;
    }
  }

  /** Tokens of the phrase headed by {@code head}: its modifiers, possessors, appositions, "of" parts. */
  List<Integer> phrase(ParsedSentence s, int head) {
    TreeSet<Integer> result = new TreeSet<>();
    collect(s, head, result, 0);
    return new ArrayList<>(result);
  }

  private void collect(ParsedSentence s, int index, Set<Integer> into, int depth) {
    into.add(index);
    if (depth > 6) {
      return;
    }
    for (Token child : s.children(index)) {
      String rel = child.deprel();
      if (PHRASE_RELATIONS.contains(rel) || rel.startsWith("compound") || rel.startsWith("flat")) {
        collect(s, child.index(), into, depth + 1);
      }
    }
  }

  /** Finds dictionary entries in the given tokens by longest match over contiguous runs. */
  List<Match> matches(ParsedSentence s, List<Integer> tokens, LocalDate date) {
    return matches(s, tokens, date, Set.of());
  }

  private List<Match> matches(ParsedSentence s, List<Integer> tokens, LocalDate date, Set<String> others) {
    List<Match> result = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int runEnd = i + 1;
      while (runEnd < tokens.size() && tokens.get(runEnd) == tokens.get(runEnd - 1) + 1) {
        runEnd++;
      }
      result.addAll(matchRun(s, tokens.get(i), tokens.get(runEnd - 1) + 1, date, others));
      i = runEnd;
    }
    return result;
  }

  /**
   * Longest-match lookup over the sentence tokens [from, to); {@code others} are surnames that this
   * article gave to someone else ("Michael Howard", so "Mr Howard" is not John Howard).
   */
  List<Match> matchRun(ParsedSentence s, int from, int to, LocalDate date, Set<String> others) {
    List<Match> result = new ArrayList<>();
    int start = from;
    while (start < to) {
      Match best = null;
      for (int end = Math.min(to, start + dictionary.maxTokens()); end > start; end--) {
        String surface = surface(s, start, end);
        List<ActorEntry> entries = dictionary.lookup(ActorDictionary.normalize(surface));
        ActorEntry entry = usable(entries, surface, date);
        if (entry != null && entry.type() == ActorEntry.Type.PERSON && end - start == 1
            && (hasOtherGivenName(s, start) || others.contains(ActorDictionary.normalize(surface)))) {
          // "Michael Howard" is not John Howard: a bare surname preceded by an unknown given name
          // belongs to someone else.
          entry = null;
        }
        if (entry != null && entry.kind().equals("seat") && end - start == 1 && hasUnknownNameBefore(s, start)) {
          // "Trade Unions Congress" is not the US Congress: a seat's word inside a longer unknown name.
          entry = null;
        }
        if (entry != null) {
          best = new Match(entry, start, end);
          break;
        }
      }
      if (best != null) {
        result.add(best);
        start = best.end();
      } else {
        start++;
      }
    }
    return result;
  }

  /** Surnames of dictionary people that this sentence gives to someone else ("Michael Howard"). */
  Set<String> surnamesOfOthers(ParsedSentence s) {
    Set<String> out = new java.util.HashSet<>();
    for (int i = 1; i < s.tokens().size(); i++) {
      String form = ActorDictionary.normalize(s.tokens().get(i).text());
      if (dictionary.lookup(form).stream().anyMatch(e -> e.type() == ActorEntry.Type.PERSON)
          && hasOtherGivenName(s, i)) {
        out.add(form);
      }
    }
    return out;
  }

  /** True when the token before is a capitalised proper noun that names no country, organisation or person. */
  private boolean hasUnknownNameBefore(ParsedSentence s, int index) {
    return index > 0 && isUnknownName(s.tokens().get(index - 1), true);
  }

  /** True when the token before a surname is a capitalised given name that no dictionary entry knows. */
  private boolean hasOtherGivenName(ParsedSentence s, int surname) {
    if (surname == 0) {
      return false;
    }
    Token previous = s.tokens().get(surname - 1);
    boolean nameLike = previous.ner().equals("PERSON") || previous.ner().equals("O");
    return previous.pos().equals("NNP") && !previous.text().endsWith(".") && nameLike
        && isUnknownName(previous, false);
  }

  /**
   * A capitalised proper noun, not an honorific, that the dictionaries do not know (as anything, or,
   * with {@code genericWordsAllowed}, as anything but a generic agent word such as "Unions").
   */
  private boolean isUnknownName(Token t, boolean genericWordsAllowed) {
    String text = t.text();
    if (!t.pos().startsWith("NNP") || text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    String form = ActorDictionary.normalize(text);
    if (HONORIFICS.contains(form)) {
      return false;
    }
    List<ActorEntry> entries = dictionary.lookup(form);
    return genericWordsAllowed ? entries.stream().allMatch(e -> e.type() == ActorEntry.Type.AGENT) : entries.isEmpty();
  }

  /** Picks the entry to use among those sharing a form, or null when none fits the surface. */
  private ActorEntry usable(List<ActorEntry> entries, String surface, LocalDate date) {
    boolean lowerCase = surface.equals(surface.toLowerCase(java.util.Locale.ROOT));
    ActorEntry best = null;
    int bestRank = Integer.MAX_VALUE;
    for (ActorEntry e : entries) {
      // "us" the pronoun is not "US"; "who" is not "WHO". Lower-cased corpora lose acronyms.
      if (e.isAcronym() && lowerCase && !unpronounceable(surface)) {
        continue;
      }
      // Nor is "congress" the US Congress: a party's congress, or in lower-cased text any congress
      // (the generic agent of the same form, a legislature of no known country, is used instead).
      if (e.kind().equals("seat") && lowerCase && !e.isAcronym() && !surface.contains(" ")) {
        continue;
      }
      // Names are capitalised in edited text: "bush" in lower case is rarely the president.
      if (e.type() == ActorEntry.Type.PERSON && lowerCase && surface.length() < 5) {
        continue;
      }
      int rank = rank(e, date);
      if (rank < bestRank) {
        best = e;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * True for a form of three or more letters without a vowel ("crpf", "bjp", "dgp"): no English word
   * looks like that, so a lower-cased acronym of this shape is still the acronym.
   */
  static boolean unpronounceable(String surface) {
    String letters = surface.replace(".", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return letters.length() >= 3 && letters.chars().allMatch(c -> c >= 'a' && c <= 'z')
        && letters.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  /** Preference among entries sharing a form: people in office, organisations, countries, others. */
  private int rank(ActorEntry e, LocalDate date) {
    return switch (e.type()) {
      case PERSON -> dictionary.holdsRole(e.person(), date) ? 0 : 3;
      case ORGANIZATION -> 1;
      case COUNTRY -> 2;
      case AGENT -> 4;
    };
  }

  /** The text of tokens [from, to) as it appears in the sentence, spacing included. */
  static String surface(ParsedSentence s, int from, int to) {
    List<Token> tokens = s.tokens();
    int base = s.begin();
    int b = tokens.get(from).begin() - base;
    int e = tokens.get(to - 1).end() - base;
    if (b < 0 || e > s.text().length() || b >= e) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (i > from) {
          sb.append(' ');
        }
        sb.append(tokens.get(i).text());
      }
      return sb.toString();
    }
    return s.text().substring(b, e);
  }

  /**
   * Codes the phrase headed by {@code head} on the given date, or returns null when nothing in the
   * phrase is in the dictionaries.
   */
  Actor resolve(ParsedSentence s, int head, LocalDate date) {
    return resolve(s, head, date, Set.of());
  }

  /** As {@link #resolve(ParsedSentence, int, LocalDate)}, with surnames the article gave to others. */
  Actor resolve(ParsedSentence s, int head, LocalDate date, Set<String> others) {
    Actor whole = partitiveWhole(s, head, date, others);
    if (whole != null) {
      return whole;
    }
    List<Integer> tokens = phrase(s, head);
    List<Match> matches = matches(s, tokens, date, others);
    Token headToken = s.tokens().get(head);
    boolean plural = headToken.pos().equals("NNS") || headToken.pos().equals("NNPS");
    String text = phraseText(s, contiguousRun(tokens, head));
    if (matches.isEmpty()) {
      // "a peacekeeping force in Liberia", "settlements in the Gaza Strip": an unnamed group or place
      // is coded by the country it is in.
      Actor place = headToken.isNoun() && !headToken.isProperNoun() ? located(s, head, date) : null;
      return place == null ? null
          : new Actor(text, place.country(), place.entryId(), head, s.index(), false, plural, "located");
    }
    Match headMatch = null;
    for (Match m : matches) {
      if (m.covers(head)) {
        headMatch = m;
      }
    }
    if (headMatch == null && !PLACES.contains(headToken.lemma())) {
      // An unknown name with a title ("Foreign Minister Sergei Lavrov") is coded by the title; a place
      // named after an agent ("the police station area") is not an actor.
      headMatch = closest(s, matches, head, m -> m.entry().type() == ActorEntry.Type.AGENT);
    }
    if (headMatch == null) {
      // The head itself is unknown ("the Russian side"): a name that directly modifies it codes it.
      Match modifier = closest(s, matches, head, m -> m.entry().type() != ActorEntry.Type.AGENT
          && !isFirstName(s, m, head));
      if (modifier == null) {
        return null;
      }
      Coded c = code(modifier.entry(), date);
      return new Actor(text, c.code, c.entry, head, s.index(), false, plural, "modifier");
    }
    ActorEntry entry = headMatch.entry();
    if (entry.type() != ActorEntry.Type.AGENT) {
      Coded c = code(entry, date);
      boolean human = entry.type() == ActorEntry.Type.PERSON;
      if (entry.kind().equals("demonym") || entry.kind().equals("adjective")) {
        // "ethnic Albanians in southern Serbia" are coded by where they are, "Bosnian Serbs" too.
        Actor place = located(s, head, date);
        if (place == null) {
          for (Match m : matches) {
            if (m != headMatch && m.entry().type() == ActorEntry.Type.COUNTRY && m.entry().kind().equals("adjective")
                && m.end() <= head) {
              Coded adj = code(m.entry(), date);
              place = new Actor(text, adj.code, adj.entry, head, s.index(), false, plural, "located");
            }
          }
        }
        if (place != null && !place.country().equals(c.code.substring(0, Math.min(3, c.code.length())))) {
          return new Actor(text, place.country(), place.entryId(), head, s.index(), false, plural, "located");
        }
      }
      return new Actor(text, c.code, c.entry, head, s.index(), human, plural, "name");
    }
    // The head is a title or agent: the country comes from a name in the phrase.
    String sector = entry.code();
    final Match agentMatch = headMatch;
    if (GENERIC_ROLES.contains(headToken.lemma()) && agentMatch.start() == head) {
      // "a police official", "rebel sources", "army spokesman": the modifier says whose official.
      for (Match m : matches) {
        Token last = s.tokens().get(m.end() - 1);
        if (m != agentMatch && m.entry().type() == ActorEntry.Type.AGENT && m.end() == head
            && last.head() == head && (last.deprel().startsWith("compound") || last.deprel().equals("amod"))) {
          sector = m.entry().code();
        }
      }
    }
    Match owner = closest(s, matches, head, m -> m != agentMatch && m.entry().type() != ActorEntry.Type.AGENT
        && !isFirstName(s, m, head));
    boolean human = !plural && headToken.isNoun() && !COLLECTIVES.contains(headToken.lemma());
    if (owner == null) {
      Actor place = located(s, head, date);
      if (place != null && !isInternational(place.country())) {
        // "rebels in the Ivory Coast", "police in Kashmir"
        return new Actor(text, place.country() + sector, place.entryId() + "+" + entry.id(), head, s.index(),
            human, plural, "agent");
      }
      return new Actor(text, Actor.UNKNOWN_COUNTRY + sector, entry.id(), head, s.index(), human, plural, "agent");
    }
    Coded c = code(owner.entry(), date);
    String country = c.code.length() >= 3 ? c.code.substring(0, 3) : c.code;
    String code;
    if (isInternational(country)
        || (owner.entry().type() == ActorEntry.Type.ORGANIZATION && MEMBERS.contains(headToken.lemma()))) {
      // "leaders of the Muslim Brotherhood", "Hamas fighters": the organisation itself.
      code = c.code;
    } else {
      code = country + sector;
    }
    return new Actor(text, code, c.entry + "+" + entry.id(), head, s.index(), human, plural, "agent");
  }

  /**
   * "Members of the BJP", "two companies of the CRPF", "a battalion of the BSF": a part of a group is
   * coded as the group; "company" only when the group is armed ("a company of the Tata group" is not).
   */
  private Actor partitiveWhole(ParsedSentence s, int head, LocalDate date, Set<String> others) {
    Token headToken = s.tokens().get(head);
    if (!PARTITIVE_UNITS.contains(headToken.lemma())) {
      return null;
    }
    for (Token c : s.children(head)) {
      if (!c.deprel().equals("nmod:of")) {
        continue;
      }
      Actor whole = resolve(s, c.index(), date, others);
      if (whole == null || (whole.sector() == null && !isInternational(whole.country()))) {
        return null;
      }
      if (headToken.lemma().equals("company") && !ARMED_SECTORS.contains(whole.sector())) {
        return null;
      }
      String text = phraseText(s, contiguousRun(phrase(s, head), head));
      return new Actor(text, whole.code(), whole.entryId(), head, s.index(), false, true, whole.resolvedFrom());
    }
    return null;
  }

  /**
   * True for a person's name that is only part of a longer unknown name: "Howard" in "President Howard
   * Chikwanha" is a first name, not Australia's John Howard.
   */
  private static boolean isFirstName(ParsedSentence s, Match m, int head) {
    if (m.entry().type() != ActorEntry.Type.PERSON || m.end() > head) {
      return false;
    }
    Token last = s.tokens().get(m.end() - 1);
    Token next = s.tokens().get(m.end());
    return last.deprel().startsWith("compound") && next.isProperNoun() && !m.covers(head);
  }

  /** Bodies named by a singular noun: "it", not "he" or "she", refers back to them ("the union said it ..."). */
  private static final Set<String> COLLECTIVES = Set.of("union", "government", "administration", "party",
      "army", "military", "police", "ministry", "department", "court", "council", "parliament", "assembly",
      "legislature", "senate", "cabinet", "committee", "commission", "agency", "company", "firm", "bank",
      "group", "organisation", "organization", "movement", "front", "alliance", "coalition", "regime",
      "junta", "opposition", "force", "navy", "board", "authority", "association", "federation", "church");

  /** People who hold a post in some body, whichever it is. */
  private static final Set<String> OFFICE_HOLDERS = Set.of("official", "officer", "spokesman", "spokeswoman",
      "spokesperson", "chief", "head", "commander", "leader", "representative");

  /** Role nouns that belong to whichever body modifies them ("police official", "army spokesman"). */
  private static final Set<String> GENERIC_ROLES = Sets.union(OFFICE_HOLDERS,
      Set.of("source", "personnel", "staff", "authority", "officer-in-charge")).immutableCopy();

  /** People who act for an organisation: they are coded as the organisation. */
  private static final Set<String> MEMBERS = Sets.union(OFFICE_HOLDERS, Set.of("member", "fighter", "militant",
      "activist", "supporter", "worker", "cadre", "delegate", "delegation", "volunteer", "gunman")).immutableCopy();

  /** Nouns that name a part of a group: the group is the actor. */
  private static final Set<String> PARTITIVE_UNITS = Set.of("member", "personnel", "contingent", "detachment",
      "platoon", "company", "battalion", "brigade", "regiment", "squad", "team", "unit", "column", "cadre");

  /** Sectors that field armed units. */
  private static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP", "REB", "UAF", "INS", "SEP", "SPY");

  /**
   * The country a noun is said to be in or from: "rebels in the Ivory Coast", "Albanians of Serbia",
   * and a little deeper, "refugees fleeing the war in Liberia", "the force in Lebanon (UNIFIL)".
   */
  Actor located(ParsedSentence s, int head, LocalDate date) {
    List<Integer> frontier = List.of(head);
    for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        for (Token c : s.children(node)) {
          String rel = c.deprel();
          if (rel.equals("nmod:in") || rel.equals("nmod:from") || rel.equals("nmod:of") || rel.equals("nmod:inside")
              || (depth > 0 && rel.equals("obl:in"))) {
            Actor place = resolve(s, c.index(), date);
            if (place != null && place.hasCountry() && !place.resolvedFrom().equals("agent")
                && !isInternational(place.country())) {
              return place;
            }
          }
          if (rel.startsWith("nmod") || rel.startsWith("acl") || rel.startsWith("obl") || rel.equals("obj")) {
            next.add(c.index());
          }
        }
      }
      frontier = next;
    }
    return null;
  }

  /** Every country, organisation or person named anywhere in the sentence, for context. */
  List<Match> namesInSentence(ParsedSentence s, LocalDate date, Set<String> others) {
    List<Match> names = new ArrayList<>();
    for (Match m : matchRun(s, 0, s.tokens().size(), date, others)) {
      if (m.entry().type() != ActorEntry.Type.AGENT) {
        names.add(m);
      }
    }
    return names;
  }

  /** The country code an entry gives on a date (a person's role decides). */
  String countryOf(ActorEntry entry, LocalDate date) {
    String code = code(entry, date).code;
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  static boolean isInternational(String country) {
    return country.equals("IGO") || country.equals("NGO") || country.equals("MNC") || country.equals("IMG");
  }

  /**
   * The match nearest the head in the parse tree ("leaders of Egypt's Muslim Brotherhood": the
   * Brotherhood, one step away, not Egypt, two), then in the word order.
   */
  private static Match closest(ParsedSentence s, List<Match> matches, int head,
      java.util.function.Predicate<Match> filter) {
    return matches.stream()
        .filter(filter)
        .min(Comparator.comparingInt((Match m) -> treeDistance(s, m, head))
            .thenComparingInt(m -> Math.min(Math.abs(m.start() - head), Math.abs(m.end() - 1 - head)))
            .thenComparingInt(Match::start))
        .orElse(null);
  }

  /** Fewest steps up the parse from a token of the match to the head (large when it is not below it). */
  private static int treeDistance(ParsedSentence s, Match m, int head) {
    int best = 100;
    for (int t = m.start(); t < m.end(); t++) {
      int steps = 0;
      for (int at = t; at >= 0 && steps < 12; at = s.tokens().get(at).head(), steps++) {
        if (at == head) {
          best = Math.min(best, steps);
          break;
        }
      }
    }
    return best;
  }

  private record Coded(String code, String entry) {}

  private Coded code(ActorEntry entry, LocalDate date) {
    if (entry.type() == ActorEntry.Type.PERSON) {
      ActorDictionary.PersonCode pc = dictionary.codeFor(entry.person(), date);
      return new Coded(pc.code(), pc.entryId());
    }
    return new Coded(dictionary.onDate(entry.code(), date), entry.id());
  }

  /** The phrase tokens that form an unbroken run around the head (no coordinated or inserted words). */
  private static List<Integer> contiguousRun(List<Integer> tokens, int head) {
    java.util.Set<Integer> set = new java.util.HashSet<>(tokens);
    int first = head;
    int last = head;
    while (set.contains(first - 1)) {
      first--;
    }
    while (set.contains(last + 1)) {
      last++;
    }
    List<Integer> run = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      run.add(i);
    }
    return run;
  }

  private static String phraseText(ParsedSentence s, List<Integer> tokens) {
    int first = tokens.get(0);
    int last = tokens.get(tokens.size() - 1);
    // Trim leading determiners/punctuation and trailing punctuation or possessive markers.
    while (first < last && isTrimmable(s.tokens().get(first))) {
      first++;
    }
    while (last > first && isTrimmable(s.tokens().get(last))) {
      last--;
    }
    return surface(s, first, last + 1);
  }

  private static boolean isTrimmable(Token t) {
    return t.deprel().equals("punct") || t.deprel().equals("case") || t.pos().equals("DT")
        || t.pos().equals("POS");
  }
}
