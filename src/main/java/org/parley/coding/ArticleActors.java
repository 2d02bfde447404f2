package org.parley.coding;

import static org.parley.coding.Grammar.REPORTING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * The actors of one article: codes argument phrases, resolves pronouns and descriptions ("he",
 * "the two leaders", "the alliance") against the actors named earlier, and fills in countries from
 * context.
 */
final class ArticleActors {

  private static final Set<String> HE_SHE =
      Set.of("he", "him", "his", "she", "her", "himself", "herself");

  private static final Set<String> THEY = Set.of("they", "them", "their", "themselves");

  private static final Set<String> IT = Set.of("it", "its", "itself");

  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");

  private static final Set<String> PAIR_NOUNS = Set.of(
      "leader", "side", "president", "country", "nation", "minister", "man", "government", "party",
      "delegation", "neighbor", "neighbour", "rival", "official", "counterpart", "foe", "ally");

  private static final Set<String> ORG_DESCRIPTIONS = Set.of(
      "alliance", "bloc", "organization", "organisation", "body", "agency", "union", "league",
      "council", "group", "movement", "coalition", "commission", "fund", "court");

  private final ActorResolver resolver;
  /** Publication date of the article: people are coded by the roles they held on it. */
  final LocalDate date;
  private final List<Actor> mentioned = new ArrayList<>();
  /** For each mentioned actor, whether it was a subject: subjects are the likelier antecedents. */
  private final List<Boolean> wasSubject = new ArrayList<>();
  /** Source and target of each event coded so far, for "the two leaders". */
  final List<Actor[]> pairs = new ArrayList<>();
  private final Map<String, Actor> cache = new HashMap<>();
  private final Map<Integer, List<ActorResolver.Match>> namesBySentence = new HashMap<>();

  ArticleActors(ActorResolver resolver, LocalDate date) {
    this.resolver = resolver;
    this.date = date;
  }

  private List<ActorResolver.Match> names(ParsedSentence s) {
    return namesBySentence.computeIfAbsent(s.index(), k -> resolver.namesInSentence(s, date, otherPeople));
  }

  /** Surnames of dictionary people that this article has given to someone else ("Michael Howard"). */
  private final java.util.Set<String> otherPeople = new java.util.HashSet<>();

  /** Notes the people a sentence names who share a dictionary surname, before it is coded. */
  void notePeople(ParsedSentence s) {
    otherPeople.addAll(resolver.surnamesOfOthers(s));
  }

  /** The actor a single phrase names, with what the article has established about people. */
  Actor resolveToken(ParsedSentence s, int index) {
    return resolver.resolve(s, index, date, otherPeople);
  }

  /** Remembers the actors a sentence names, so that later pronouns can refer to them. */
  void remember(ParsedSentence s) {
    for (Token t : s.tokens()) {
      if (!(t.isNoun() || t.pos().startsWith("PRP")) || isInsidePhrase(t)) {
        continue;
      }
      Actor a = argument(s, t.index());
      if (a != null && a.sentenceIndex() == s.index() && a.head() == t.index()) {
        mentioned.add(a);
        wasSubject.add(t.deprel().startsWith("nsubj"));
      }
    }
  }

  private static boolean isInsidePhrase(Token t) {
    String rel = t.deprel();
    return rel.startsWith("compound") || rel.equals("amod") || rel.startsWith("flat");
  }

  List<Actor> resolveAll(ParsedSentence s, List<Token> tokens) {
    List<Actor> result = new ArrayList<>();
    for (Token t : tokens) {
      if (PAIR_NOUNS.contains(t.lemma()) && isPairReference(s, t) && !pairs.isEmpty()) {
        // "the two leaders" are the two sides of the last event with both actors.
        Actor[] pair = pairs.get(pairs.size() - 1);
        for (Actor side : pair) {
          result.add(side.at(ActorResolver.surface(s, t.index(), t.index() + 1), t.index(), s.index(), "description"));
        }
        continue;
      }
      for (Token conj : conjuncts(s, t)) {
        Actor a = argument(s, conj.index());
        if (a != null && result.stream().noneMatch(r -> r.code().equals(a.code()) && r.head() == a.head())) {
          result.add(a);
          result.addAll(coordinatedModifiers(s, conj, a));
        }
      }
    }
    return result;
  }

  /** "US and British activists": one actor per coordinated country modifier, with the head's sector. */
  private List<Actor> coordinatedModifiers(ParsedSentence s, Token head, Actor headActor) {
    List<Actor> extra = new ArrayList<>();
    String sector = headActor.sector();
    for (Token m : s.children(head.index())) {
      if (!(m.deprel().equals("amod") || m.deprel().startsWith("compound"))) {
        continue;
      }
      for (Token c : s.children(m.index())) {
        if (!c.deprel().startsWith("conj")) {
          continue;
        }
        Actor other = resolver.resolve(s, c.index(), date, otherPeople);
        if (other != null && other.hasCountry() && !other.country().equals(headActor.country())
            && !ActorResolver.isInternational(other.country())) {
          String code = other.country() + (sector == null ? "" : sector);
          extra.add(new Actor(headActor.text(), code, other.entryId(), c.index(), s.index(), headActor.human(),
              true, "coordinated"));
        }
      }
    }
    return extra;
  }

  static List<Token> conjuncts(ParsedSentence s, Token t) {
    List<Token> list = new ArrayList<>();
    list.add(t);
    // The parser sometimes buries "X and Y" inside a compound: "President Biden and his Ukrainian
    // President Zelensky" with Biden as a compound of Zelensky. A compound that has conjuncts of its
    // own names a separate actor.
    for (Token c : s.children(t.index())) {
      if (c.deprel().startsWith("compound") && c.isNoun()
          && s.children(c.index()).stream().anyMatch(x -> x.deprel().startsWith("conj") && x.isNoun())) {
        list.add(c);
      }
    }
    for (int i = 0; i < list.size() && i < 12; i++) {
      for (Token c : s.children(list.get(i).index())) {
        if (c.deprel().startsWith("conj") && !c.isVerb() && !list.contains(c)) {
          list.add(c);
        }
      }
    }
    return list;
  }

  /** Codes one argument token: a name or title phrase, or a pronoun resolved within the article. */
  Actor argument(ParsedSentence s, int index) {
    String key = s.index() + ":" + index;
    if (cache.containsKey(key)) {
      return cache.get(key);
    }
    // Pronouns and descriptions look at other arguments, which may look back at this one ("our
    // forces", said by the forces): while this one is being resolved it counts as unknown.
    cache.put(key, null);
    Actor a = resolveArgument(s, index);
    cache.put(key, a);
    return a;
  }

  private Actor resolveArgument(ParsedSentence s, int index) {
    Token t = s.tokens().get(index);
    String lemma = t.text().toLowerCase(Locale.ROOT);
    if (t.pos().startsWith("PRP") || t.pos().equals("WP")) {
      Actor antecedent = null;
      java.util.function.Predicate<Actor> fits = HE_SHE.contains(lemma) ? Actor::human
          : THEY.contains(lemma) ? a -> a.plural() || !a.human()
          : IT.contains(lemma) ? a -> !a.human() && !a.plural() : null;
      if (fits != null) {
        // "The unions rejected the offer and said they would strike": "they" are the speakers.
        Actor reporter = reporterOf(s, t);
        antecedent = reporter != null && fits.test(reporter) ? reporter : recent(s, index, fits);
      } else if (FIRST_PERSON.contains(lemma)) {
        antecedent = speaker(s, index);
      }
      return antecedent == null ? null : antecedent.at(t.text(), index, s.index(), "pronoun");
    }
    Actor a = resolver.resolve(s, index, date, otherPeople);
    if (otherPeople.contains(ActorDictionary.normalize(t.text())) && (a == null || !a.hasCountry())) {
      // "Mr Howard" after "Tory leader Michael Howard": the person named in full earlier.
      Actor named = namedEarlier(t.text());
      if (named != null) {
        return named.at(t.text(), index, s.index(), "name");
      }
    }
    if (a == null && ORG_DESCRIPTIONS.contains(t.lemma()) && hasDefiniteDeterminer(s, t)) {
      // "the alliance", "the bloc": the organisation named last.
      Actor org = recent(s, index, x -> ActorResolver.isInternational(x.country()) && !x.human());
      if (org != null) {
        return org.at(t.text(), index, s.index(), "description");
      }
    }
    if (a != null && !a.hasCountry()) {
      a = withContextCountry(s, t, a);
    }
    return a;
  }

  /**
   * Gives an actor known only by its sector ("the president", "police") a country from context: the
   * last actor of the same sector in the article, else the nearest country named in the sentence.
   */
  private Actor withContextCountry(ParsedSentence s, Token t, Actor a) {
    String sector = a.code().substring(Actor.UNKNOWN_COUNTRY.length());
    if (sector.isEmpty()) {
      return a;
    }
    for (Token c : s.children(t.index())) {
      // "its troops", "their forces", "his government": the possessor gives the country.
      if (c.deprel().equals("nmod:poss") && c.pos().startsWith("PRP")) {
        Actor owner = argument(s, c.index());
        if (owner != null && owner.hasCountry() && !ActorResolver.isInternational(owner.country())) {
          return new Actor(a.text(), owner.country() + sector, owner.entryId() + "+" + a.entryId(), t.index(),
              s.index(), a.human(), a.plural(), "description");
        }
      }
    }
    // "the minister" refers back; "Tory leader Michael Howard" is someone new, whoever came before.
    Actor antecedent = t.isProperNoun() ? null : recent(s, t.index(), x -> x.hasCountry()
        && sector.equals(x.sector()) && !ActorResolver.isInternational(x.country()));
    if (antecedent != null && (hasDefiniteDeterminer(s, t) || antecedent.sentenceIndex() < s.index())) {
      return new Actor(a.text(), antecedent.country() + sector, antecedent.entryId() + "+" + a.entryId(),
          t.index(), s.index(), a.human(), a.plural(), "description");
    }
    return nearestCountry(s, t, a, sector, null);
  }

  /**
   * A context-coded actor placed again with the nearest country other than {@code avoid}: the victims
   * of "Israeli shelling in Gaza" are not Israeli. When there is none it stays as it was.
   */
  Actor elsewhere(ParsedSentence s, Actor a, String avoid) {
    return elsewhere(s, a, avoid, false);
  }

  /**
   * As {@link #elsewhere(ParsedSentence, Actor, String)}, but with no other country the actor is left
   * unplaced: "the president attended a summit in Geneva" is not the Swiss president.
   */
  Actor elsewhereOrUnplaced(ParsedSentence s, Actor a, String avoid) {
    return elsewhere(s, a, avoid, true);
  }

  private Actor elsewhere(ParsedSentence s, Actor a, String avoid, boolean unplaceIfNone) {
    if (!a.resolvedFrom().equals("context") || a.sector() == null) {
      return a;
    }
    Actor unplaced = new Actor(a.text(), Actor.UNKNOWN_COUNTRY + a.sector(), a.entryId().replaceFirst("^.*\\+", ""),
        a.head(), a.sentenceIndex(), a.human(), a.plural(), "agent");
    Actor placed = nearestCountry(s, s.tokens().get(a.head()), unplaced, a.sector(), avoid);
    if (!placed.country().equals(Actor.UNKNOWN_COUNTRY) || unplaceIfNone) {
      return placed;
    }
    return a;
  }

  private Actor nearestCountry(ParsedSentence s, Token t, Actor a, String sector, String avoid) {
    List<Integer> own = resolver.phrase(s, t.index());
    ActorResolver.Match nearest = null;
    int best = Integer.MAX_VALUE;
    for (ActorResolver.Match m : names(s)) {
      if (own.contains(m.start()) || (avoid != null && resolver.countryOf(m.entry(), date).equals(avoid))
          || isBase(s, m)) {
        continue;
      }
      int distance = Math.min(Math.abs(m.start() - t.index()), Math.abs(m.end() - 1 - t.index()));
      if (distance < best) {
        best = distance;
        nearest = m;
      }
    }
    if (nearest != null) {
      String country = resolver.countryOf(nearest.entry(), date);
      if (!ActorResolver.isInternational(country) && !country.startsWith(Actor.UNKNOWN_COUNTRY)) {
        return new Actor(a.text(), country + sector, nearest.entry().id() + "+" + a.entryId(), t.index(),
            s.index(), a.human(), a.plural(), "context");
      }
    }
    return a;
  }

  /** "a UK-based group", "a group based in London": where an organisation sits, not whose it is. */
  private static boolean isBase(ParsedSentence s, ActorResolver.Match m) {
    Token last = s.tokens().get(m.end() - 1);
    return last.head() >= 0 && s.tokens().get(last.head()).text().equalsIgnoreCase("based");
  }

  private static boolean isPairReference(ParsedSentence s, Token t) {
    for (Token c : s.children(t.index())) {
      String w = c.lemma();
      if (w.equals("two") || w.equals("both")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDefiniteDeterminer(ParsedSentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("det") && (c.lemma().equals("the") || c.lemma().equals("this"))) {
        return true;
      }
    }
    return false;
  }

  /** The latest person mentioned under this surname ("Michael Howard" for a later "Howard"). */
  private Actor namedEarlier(String surname) {
    for (int i = mentioned.size() - 1; i >= 0; i--) {
      Actor a = mentioned.get(i);
      if (a.human() && a.hasCountry() && (a.text().equals(surname) || a.text().endsWith(" " + surname))) {
        return a;
      }
    }
    return null;
  }

  private Actor recent(ParsedSentence s, int before,
      java.util.function.Predicate<Actor> filter) {
    // Earlier in the same sentence first, then earlier sentences, most recent first.
    for (int i = before - 1; i >= 0; i--) {
      Token t = s.tokens().get(i);
      if (!t.isNoun() || isInsidePhrase(t)) {
        continue;
      }
      Actor a = argument(s, i);
      if (a != null && a.head() == i && filter.test(a)) {
        return a;
      }
    }
    // In earlier sentences, the nearest sentence with a fitting actor wins, and within it its subject.
    Actor fallback = null;
    for (int i = mentioned.size() - 1; i >= 0; i--) {
      Actor a = mentioned.get(i);
      if (a.sentenceIndex() >= s.index() || s.index() - a.sentenceIndex() > 3 || !filter.test(a)) {
        continue;
      }
      if (fallback != null && a.sentenceIndex() != fallback.sentenceIndex()) {
        break;
      }
      if (fallback == null) {
        fallback = a;
      }
      if (wasSubject.get(i)) {
        return a;
      }
    }
    return fallback;
  }

  /**
   * The speaker whose words a subject pronoun opens: the subject of the reporting verb its clause
   * complements, also when that verb shares its subject with a verb before it ("rejected ... and said
   * they"). Null when the pronoun is not such a subject.
   */
  private Actor reporterOf(ParsedSentence s, Token pronoun) {
    if (!pronoun.deprel().startsWith("nsubj") || pronoun.head() < 0) {
      return null;
    }
    Token clause = s.tokens().get(pronoun.head());
    if (!clause.deprel().startsWith("ccomp") || clause.head() < 0) {
      return null;
    }
    Token verb = s.tokens().get(clause.head());
    if (!verb.isVerb() || !REPORTING.contains(verb.lemma())) {
      return null;
    }
    for (int hop = 0; hop < 3; hop++) {
      for (Token c : s.children(verb.index())) {
        if (c.deprel().equals("nsubj") && c.index() != pronoun.index() && !c.pos().startsWith("PRP")) {
          return argument(s, c.index());
        }
      }
      if (!verb.deprel().startsWith("conj") || verb.head() < 0) {
        return null;
      }
      verb = s.tokens().get(verb.head());
    }
    return null;
  }

  private Actor speaker(ParsedSentence s, int index) {
    Token current = s.tokens().get(index);
    for (int hop = 0; hop < 8 && current.head() >= 0; hop++) {
      Token head = s.tokens().get(current.head());
      if (head.isVerb() && REPORTING.contains(head.lemma()) && current.index() != index) {
        for (Token c : s.children(head.index())) {
          if (c.deprel().equals("nsubj") && !FIRST_PERSON.contains(c.text().toLowerCase(Locale.ROOT))) {
            return argument(s, c.index());
          }
        }
      }
      current = head;
    }
    return recent(s, index, Actor::human);
  }

  /** The first actor named as a subject inside a verb's complement clause, other than the source. */
  Actor actorInComplement(ParsedSentence s, Token verb, List<Actor> sources) {
    for (Token t : s.tokens()) {
      if (t.index() == verb.index() || !s.dominates(verb.index(), t.index())) {
        continue;
      }
      if (!(t.deprel().equals("nsubj") || t.deprel().equals("nsubj:pass"))) {
        continue;
      }
      Actor a = argument(s, t.index());
      if (a != null && a.hasCountry()
          && sources.stream().noneMatch(x -> x.country().equals(a.country()))) {
        return a;
      }
    }
    return null;
  }
}
