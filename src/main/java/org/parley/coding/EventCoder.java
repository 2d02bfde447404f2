package org.parley.coding;

import static org.parley.coding.Grammar.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Codes the sentences of one article into (source, action, target, date) events using the dependency
 * parse, the actor dictionaries and the verb and noun patterns.
 */
public final class EventCoder implements Serializable {

  private static final Set<String> INVERSE = Set.of(
      "receive", "get", "obtain", "accept", "face", "suffer", "win", "secure", "earn", "gain");

  /** Inverse verbs that take something given: "received arms from X" is X supplying arms. */
  private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain", "accept", "secure");

  /** Verbs whose patterns code a giving: "supply arms" (072), "provide aid" (07). */
  private static final List<String> GIVING = List.of("supply", "provide", "give");

  /** Parsed dictionaries per JVM, keyed by the hash of the files they came from. */
  private static final Map<String, EventCoder> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  private final DictionaryFiles files;
  private final transient ActorDictionary actors;
  private final transient ActionDictionary actions;
  private final transient ActorResolver resolver;
  private final transient EventDating dating;

  /** A coder over the given dictionaries, for use in this JVM only (it does not serialize them). */
  public EventCoder(ActorDictionary actors, ActionDictionary actions) {
    this(null, actors, actions);
  }

  private EventCoder(DictionaryFiles files, ActorDictionary actors, ActionDictionary actions) {
    this.files = files;
    this.actors = actors;
    this.actions = actions;
    this.resolver = new ActorResolver(actors);
    this.dating = new EventDating();
  }

  /**
   * A coder over a dictionary folder's contents; it travels to workers as the raw files (a few MB)
   * and each JVM parses them once, however often the runner deserializes the DoFn holding it.
   */
  public static EventCoder of(DictionaryFiles files) {
    return LOADED.computeIfAbsent(files.sha256(),
        k -> new EventCoder(files, ActorDictionary.load(files), ActionDictionary.load(files)));
  }

  /** Replaces a deserialized coder by this JVM's parsed one. */
  private Object readResolve() {
    if (files == null) {
      throw new IllegalStateException("an EventCoder built from parsed dictionaries cannot be serialized;"
          + " use EventCoder.of(DictionaryFiles)");
    }
    return of(files);
  }

  /** The actor dictionaries this coder uses. */
  public ActorDictionary actors() {
    return actors;
  }

  /** The action dictionaries this coder uses. */
  public ActionDictionary actions() {
    return actions;
  }

  /** Codes all sentences of an article, in order; pronouns resolve against earlier sentences. */
  public List<CodedEvent> code(List<ParsedSentence> sentences, LocalDate publicationDate) {
    ArticleActors state = new ArticleActors(resolver, publicationDate);
    List<CodedEvent> events = new ArrayList<>();
    // Who is who is settled over the whole article first: a headline's "Howard" is the "Michael
    // Howard" of the first paragraph.
    sentences.forEach(state::notePeople);
    for (ParsedSentence s : sentences) {
      events.addAll(codeSentence(s, state));
      state.remember(s);
    }
    return events;
  }

  /** Codes one sentence: every verb and event noun, then drops duplicates and background events. */
  private List<CodedEvent> codeSentence(ParsedSentence s, ArticleActors state) {
    Map<String, CodedEvent> best = new LinkedHashMap<>();
    for (Token t : s.tokens()) {
      List<CodedEvent> found;
      if (t.isVerb() || (t.pos().startsWith("JJ") && actions.complementFamily(t.lemma()) != null)
          || isAttitudeAdjective(s, t)) {
        found = codeVerb(s, t, state);
      } else if (t.isNoun()) {
        found = codeNoun(s, t, state);
      } else {
        continue;
      }
      for (CodedEvent e : found) {
        String key = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|"
            + e.code().code() + "|" + e.negated();
        CodedEvent old = best.get(key);
        if (old == null || e.confidence() > old.confidence()) {
          best.put(key, e);
        }
      }
    }
    List<CodedEvent> result = new ArrayList<>(best.values());
    // An event without a target says less than one of the same source and root with a target
    // ("X and Y will meet in Zurich to discuss...": the discussion is the meeting).
    result.removeIf(e -> e.target() == null && result.stream().anyMatch(o -> o != e && o.target() != null
        && o.source().code().equals(e.source().code()) && o.code().root().equals(e.code().root())
        && o.negated() == e.negated()));
    if (result.stream().anyMatch(e -> !ATTITUDES.contains(e.code().code())
        && !Grammar.isBackground(s, s.tokens().get(e.predicate())))) {
      // "X attacked Y, which had seized Z last year": the relative and temporal clauses retell
      // earlier news; when the main clause has an event they are not coded again. A comment in the
      // main clause ("was worried about ...") does not push aside the act it comments on.
      result.removeIf(e -> Grammar.isBackground(s, s.tokens().get(e.predicate())));
    }
    Predicate<CodedEvent> earlier = e -> isEarlierNews(s, e, state.date);
    if (result.stream().anyMatch(e -> !earlier.test(e) && !isPlainStatement(e) && !ATTITUDES.contains(e.code().code()))) {
      // "Police freed the editor, detained two years ago": an act dated well before the article retells
      // earlier news when the sentence also reports a current one.
      result.removeIf(earlier);
    }
    result.replaceAll(e -> asAllegation(s, e, state));
    result.replaceAll(this::asAssassination);
    Set<String> seen = new HashSet<>();
    result.removeIf(e -> e.rule().equals("allegation") && !seen.add(e.source().code() + "|" + e.target().code()));
    if (result.isEmpty()) {
      result.addAll(codeAttribution(s, state));
    }
    if (result.stream().anyMatch(e -> !isPlainStatement(e))) {
      // "Officials said Thursday that X attacked Y": the attack is the event, the saying is not.
      result.removeIf(EventCoder::isPlainStatement);
    } else {
      // "Police insisted the march had been peaceful": a statement is all there is.
      result.replaceAll(e -> new CodedEvent(e.sentenceIndex(), e.predicate(), e.source(), null, e.pattern(),
          e.code(), e.actionText(), e.negated(), Math.min(e.confidence(), STATEMENT_CONFIDENCE), "statement",
          e.date()));
    }
    // Victims placed by the nearest name are rarely the attacker's own people: "Israeli shelling killed
    // five farmers in Gaza".
    result.replaceAll(e -> VIOLENT_ROOTS.contains(e.code().root()) && isPlacedByOtherSide(e.target(), e.source())
        ? e.withTarget(state.elsewhere(s, e.target(), e.source().country()))
        : e);
    // A visitor is not from the place visited: "the president attended a summit in Geneva".
    result.replaceAll(e -> e.code().code().equals("042") && isPlacedByOtherSide(e.source(), e.target())
        ? e.withSource(state.elsewhereOrUnplaced(s, e.source(), e.target().country()))
        : e);
    result.sort(Comparator.comparingInt(CodedEvent::predicate)
        .thenComparing(e -> e.source().code())
        .thenComparing(e -> e.target() == null ? "" : e.target().code()));
    for (CodedEvent e : result) {
      if (e.target() != null && !e.source().code().equals(e.target().code())) {
        state.pairs.add(new Actor[] {e.source(), e.target()});
      }
    }
    return result;
  }

  /** Sectors whose members are political figures: killing one of them is an assassination. */
  private static final Set<String> POLITICAL_SECTORS = Set.of("GOV", "LEG", "JUD", "PTY", "OPP");

  /**
   * "Gunmen killed the deputy governor", "rebels shot dead the minister": killing one political figure
   * is an assassination (186), not a killing in general.
   */
  private CodedEvent asAssassination(CodedEvent e) {
    Actor victim = e.target();
    if (!(e.code().code().equals("180") || e.code().code().equals("1823")) || victim == null || !victim.human()
        || victim.plural() || actions.code("186") == null
        || !(victim.entryId().startsWith("person:") || POLITICAL_SECTORS.contains(victim.sector()))) {
      return e;
    }
    ActionPattern p = new ActionPattern("derived:186:" + e.pattern().id() + " + political figure", "186",
        e.pattern().head(), e.pattern().required(), e.pattern().targetPreposition());
    return new CodedEvent(e.sentenceIndex(), e.predicate(), e.source(), victim, p, actions.code("186"),
        e.actionText(), e.negated(), e.confidence(), e.rule(), e.date());
  }

  /** Verbs that, with a secondary predicate, name or judge rather than act ("called it a disgrace"). */
  private static final Set<String> NAMING = Set.of("call", "name", "dub", "term", "label", "brand");

  /** Codes whose direct object must be an actor: one hosts or phones someone, not something. */
  private static final Set<String> PERSON_DIRECTED = Set.of("041", "043");

  /** Verbs that report a claim by an interested party rather than a fact. */
  private static final Set<String> ALLEGING = Set.of("claim", "allege", "contend", "charge");

  /**
   * "Ukraine claimed that Russian troops had shelled Kharkiv": a violent act known only from a party's claim is that
   * party's accusation (112) of the alleged actor, not an attack in the table.
   */
  private CodedEvent asAllegation(ParsedSentence s, CodedEvent e, ArticleActors state) {
    Token predicate = s.tokens().get(e.predicate());
    for (int hop = 0; hop < 3 && predicate.deprel().startsWith("conj") && predicate.head() >= 0; hop++) {
      predicate = s.tokens().get(predicate.head()); // "claimed that the rebels shelled the town and took the bridge"
    }
    if (!e.code().root().matches("1[4-9]|20") || !predicate.deprel().startsWith("ccomp") || predicate.head() < 0
        || actions.code("112") == null) {
      return e;
    }
    Token claim = s.tokens().get(predicate.head());
    if (!ALLEGING.contains(claim.lemma())) {
      return e;
    }
    Actor accused = e.source();
    for (Actor speaker : state.resolveAll(s, frame(s, claim).subjects())) {
      if (!speaker.code().equals(accused.code()) && !accused.resolvedFrom().equals("implied")) {
        ActionPattern p = new ActionPattern("derived:112:" + claim.lemma() + " that + " + e.pattern().id(), "112",
            claim.lemma(), List.of(), "");
        return new CodedEvent(s.index(), claim.index(), speaker, accused, p, actions.code("112"),
            claim.text() + " " + e.actionText(), e.negated(), Math.max(0.05, e.confidence() - 0.1), "allegation",
            dating.date(s, claim, state.date));
      }
    }
    return e;
  }

  /** True when an actor placed only by context shares the country of the other side of its event. */
  private static boolean isPlacedByOtherSide(Actor placed, Actor other) {
    return placed != null && other != null && placed.resolvedFrom().equals("context")
        && placed.country().equals(other.country());
  }

  /** Acts dated more than a month before the article: "the editor, detained two years ago, ...". */
  private boolean isEarlierNews(ParsedSentence s, CodedEvent e, LocalDate published) {
    LocalDate when = e.date().date();
    return published != null && when != null && e.date().basis() != DateBasis.PUBLICATION
        && when.isBefore(published.minusDays(31)) && dating.hasOwnDate(s, s.tokens().get(e.predicate()));
  }

  /** Date bases that name one day: a future act on such a day is an appointment, not only an intent. */
  private static final Set<DateBasis> SCHEDULED_DAY = Set.of(DateBasis.WEEKDAY, DateBasis.RELATIVE_DAY,
      DateBasis.MONTH_DAY, DateBasis.EXPLICIT);

  /** Pessimistic and optimistic comments: what the speaker feels, not what anyone did. */
  private static final Set<String> ATTITUDES = Set.of("012", "013");

  /**
   * "Brandt was skeptical about Moscow's offer", "the minister is optimistic": a predicate adjective
   * with its own patterns in verbs.tsv is an attitude (012, 013) of its subject.
   */
  private boolean isAttitudeAdjective(ParsedSentence s, Token t) {
    return t.pos().startsWith("JJ") && !actions.verbPatterns(t.lemma()).isEmpty()
        && s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("cop"));
  }

  /** Highest confidence of a plain statement: useful to count, weak as an interaction. */
  static final double STATEMENT_CONFIDENCE = 0.4;

  /** True for "X said", "X told reporters": a public statement (010) without a target. */
  private static boolean isPlainStatement(CodedEvent e) {
    return e.target() == null && e.code().code().equals("010");
  }

  /** "According to police, ...": the source of a report, coded as its statement (dictionary "accord to"). */
  private List<CodedEvent> codeAttribution(ParsedSentence s, ArticleActors state) {
    List<CodedEvent> out = new ArrayList<>();
    ActionPattern pattern = actions.verbPatterns("accord").stream()
        .filter(p -> p.code().equals("010")).findFirst().orElse(null);
    if (pattern == null) {
      return out;
    }
    for (Token t : s.tokens()) {
      if (!t.lemma().equals("accord") || !t.deprel().startsWith("case") || t.head() < 0) {
        continue;
      }
      Token reporter = s.tokens().get(t.head());
      Token clause = reporter.head() >= 0 ? s.tokens().get(reporter.head()) : reporter;
      EventDate date = dating.date(s, clause, state.date);
      for (Actor a : state.resolveAll(s, List.of(reporter))) {
        out.add(new CodedEvent(s.index(), reporter.index(), a, null, pattern, actions.code("010"),
            "according to", false, STATEMENT_CONFIDENCE, "statement", date));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- verbs

  /** Codes one verb (or attitude adjective such as "ready") with the patterns of its lemma. */
  private List<CodedEvent> codeVerb(ParsedSentence s, Token verb, ArticleActors state) {
    if (isHypothetical(s, verb)) {
      return List.of();
    }
    if (isDerivedComplement(s, verb)) {
      return List.of(); // coded with the verb it complements ("agreed to meet")
    }
    if (isPossibilityOnly(s, verb)) {
      return List.of(); // "can be arrested", "might want": not an event
    }
    if (isSubjunctivePassive(s, verb)) {
      return List.of(); // "demanded that the officers be suspended": asked for, not done
    }
    Frame frame = inverted(s, frame(s, verb));
    if (NAMING.contains(verb.lemma()) && s.children(verb.index()).stream().anyMatch(c -> c.deprel().equals("xcomp"))) {
      return List.of(); // "called the announcement disappointing", "called Labour a machine": a judgement
    }
    ActionPattern pattern = bestPattern(actions.verbPatterns(verb.lemma()), frame, s);
    ComplementCodes.Family family = complementFamily(s, verb);
    Token comp = family == null ? null : complement(s, verb);
    if (comp != null) {
      // A pattern that names the complement ("threaten impose") gives the code; otherwise it is derived.
      ActionPattern named = pattern != null && pattern.required().contains(comp.lemma()) ? pattern : null;
      List<CodedEvent> derived = codeComplement(s, verb, frame, comp, family, named, state);
      if (!derived.isEmpty()) {
        return derived;
      }
    }
    if (!verb.isVerb() && !isAttitudeAdjective(s, verb)) {
      return List.of();
    }
    if (INVERSE.contains(verb.lemma()) && !frame.passive()) {
      List<CodedEvent> inverse = codeInverse(s, verb, frame, state);
      if (!inverse.isEmpty()) {
        return inverse;
      }
    }
    if (pattern != null && !frame.passive() && frame.objects().isEmpty() && isBareParticiple(s, verb)
        && (pattern.hasTarget() || impliedAgent(pattern.code(), s, verb) != null)) {
      // "persons arrested", "those detained": a participle without "have" is passive, whatever the
      // parser made of it (lower-cased text confuses it).
      List<Token> patients = new ArrayList<>(frame.subjects());
      patients.addAll(frame.objects());
      List<Token> agents = frame.obliques().getOrDefault("by", List.of());
      frame = new Frame(verb, new ArrayList<>(agents), patients, frame.obliques(), frame.lemmas(), true, frame.subjectRule());
    }
    String rule = frame.passive() ? "passive" : "active";
    List<Token> targets;
    Token actionNoun = null;
    if (pattern == null) {
      // "held talks with", "imposed sanctions on": the object noun carries the action, also when it is
      // one of several ("launched artillery, mortar and rocket fire against the camps").
      List<Token> objectNouns = new ArrayList<>();
      for (Token obj : frame.objects()) {
        objectNouns.addAll(ArticleActors.conjuncts(s, obj));
      }
      for (Token obj : objectNouns) {
        ActionPattern nounPattern = bestNounPattern(s, obj, frame);
        if (nounPattern != null && (actions.isLightVerb(verb.lemma()) || nounPattern.hasTarget())) {
          pattern = nounPattern;
          actionNoun = obj;
          break;
        }
      }
      if (pattern == null) {
        return List.of();
      }
      rule = "light_verb";
      targets = nounTargets(s, actionNoun, frame, pattern);
    } else {
      targets = verbTargets(s, frame, pattern);
    }
    List<Actor> sources = state.resolveAll(s, frame.subjects());
    if (frame.passive() && sources.isEmpty() && pattern.code().startsWith("15")
        && !(targets.isEmpty() && frame.objects().isEmpty())) {
      // "troops were deployed", "police were put on alert": the forces moved are the actor.
      // ("The CRPF was deployed in Srinagar" matches "deploy crpf in *": the place stays the target.)
      List<Token> moved = frame.objects().isEmpty() ? targets : frame.objects();
      sources = state.resolveAll(s, moved);
      targets = targets.stream().filter(t -> !moved.contains(t)).toList();
      rule = "passive_self";
    }
    if (sources.isEmpty() && frame.passive()) {
      // "one person was killed in police firing", "wounded in an Israeli air strike": the attack's owner.
      Attack attack = attackIn(s, frame, state);
      if (attack != null) {
        sources = attack.owners();
        rule = "attack_owner";
        if (pattern.code().startsWith("18")) {
          // "killed in Israeli shelling" is the shelling; "arrested in a police raid" stays an arrest.
          pattern = attack.pattern();
        }
      }
    }
    if (sources.isEmpty() && (frame.passive() || allPronouns(frame.subjects())) && !hasModal(s, verb)) {
      // "51 persons were arrested"; "we have arrested five persons" said by an unnamed officer. ("Those
      // responsible will be arrested" names no one who promises it: not coded.)
      Actor implied = impliedAgent(pattern.code(), s, verb);
      if (implied != null) {
        sources = List.of(implied);
        rule = "passive_agentless";
      }
    }
    // Forces deployed together do not act on each other: "the CRPF and BSF were deployed" is two events.
    boolean slotFilled = !targets.isEmpty() || rule.equals("passive_self");
    List<Actor> targetActors = state.resolveAll(s, targets);
    if (targetActors.isEmpty() && pattern.hasTarget() && pattern.targetPreposition().isEmpty()
        && frame.objects().isEmpty()) {
      // "warned that if Russia invades...", "demanded that the US cancel...": the actor of the clause.
      Actor inClause = state.actorInComplement(s, verb, sources);
      if (inClause != null) {
        targetActors = List.of(inClause);
        slotFilled = true;
        rule = "complement_target";
      }
    }
    targetActors = withoutOwnForces(targetActors, sources);
    final ActionPattern matched = pattern;
    List<Token> namedObjects = actionNoun != null ? List.of()
        : frame.objects().stream().filter(o -> matched.required().contains(o.lemma())).toList();
    if (targetActors.isEmpty() && !slotFilled && !namedObjects.isEmpty()) {
      // "kill soldier", "arrest protester": the named object is itself an actor.
      targetActors = withoutOwnForces(state.resolveAll(s, namedObjects), sources);
      slotFilled = !targetActors.isEmpty();
    }
    if (targetActors.isEmpty() && (slotFilled || !namedObjects.isEmpty())) {
      // "rejected Afghanistan's offer", "condemned the Israeli raid": the owner of the object noun,
      // also when the pattern names it ("reject plan": "rejected a Norwegian peace plan").
      List<Token> owned = new ArrayList<>(targets);
      owned.addAll(namedObjects);
      Actor owner = ownerOf(s, owned, state);
      if (owner != null && sources.stream().noneMatch(a -> a.code().equals(owner.code()))) {
        targetActors = List.of(owner);
        rule = "object_owner";
      }
    }
    for (Token named : namedObjects) {
      // "repeated its demand that Turkey lift the ban": the actor of the noun's clause.
      if (targetActors.isEmpty() && s.children(named.index()).stream().anyMatch(c -> c.deprel().startsWith("ccomp")
          || c.deprel().startsWith("acl"))) {
        Actor inClause = state.actorInComplement(s, named, sources);
        if (inClause != null) {
          targetActors = List.of(inClause);
          rule = "complement_target";
        }
      }
    }
    if (targetActors.isEmpty() && slotFilled && pattern.hasTarget() && pattern.targetPreposition().isEmpty()) {
      // "provided intelligence to Macedonia", "paid compensation to British nationals": the object is
      // a thing, the recipient is the target.
      for (String prep : List.of("to", "against", "at", "on", "for")) {
        List<Token> obl = frame.obliques().get(prep);
        if (obl != null) {
          List<Actor> recipients = state.resolveAll(s, List.of(obl.get(0)));
          if (!recipients.isEmpty()) {
            targetActors = recipients;
            rule = "recipient";
            break;
          }
        }
      }
    }
    if (!frame.passive() && frame.subjects().size() == 1 && (pattern.code().startsWith("18") || pattern.code().equals("190"))) {
      // "A car bombing killed two soldiers": the killing is the bombing.
      Token subject = frame.subjects().get(0);
      ActionPattern attack = subject.isNoun() ? bestNounPattern(s, subject, null) : null;
      if (attack != null && !attack.hasTarget() && VIOLENT_ROOTS.contains(attack.code().substring(0, 2))) {
        pattern = attack;
      }
    }
    CameoCode code = actions.code(pattern.code());
    if (!frame.passive() && EventDating.tense(s, verb) == Tense.FUTURE
        && !SCHEDULED_DAY.contains(dating.date(s, verb, state.date).basis())) {
      // "Spain will support Morocco", "Israel will withdraw its troops": an actor announcing
      // its own future cooperation expresses intent (03); announcing force or sanctions is a threat (13).
      // So is a plan for a month or a deadline ("will withdraw in mid-March", "before the end of May").
      // An appointment for a given day ("will talk on Sunday") is coded as the event, on that day.
      int root = Integer.parseInt(code.root());
      if ((root >= 4 && root <= 8) || root >= 14) {
        String intent = ComplementCodes.derive(ComplementCodes.Family.INTENT, code.code(), actions);
        if (intent != null) {
          pattern = new ActionPattern("derived:" + intent + ":will + " + pattern.id(), intent, verb.lemma(),
              pattern.required(), pattern.targetPreposition());
          code = actions.code(intent);
          rule = "future_intent";
        }
      }
    }
    // "India and Pakistan held talks", "police and protesters clashed": each acts on the other. Allies
    // who attack, threaten or condemn together ("Israel and the US launched strikes") do not.
    boolean reciprocal = sources.size() >= 2 && !slotFilled && isMutual(verb, code);
    if (targetActors.isEmpty() && !reciprocal) {
      // "reinforced its troops in Syria", "protested in Beijing": the place is the target. Where
      // words are spoken is not whom they address ("gave a speech in Cairo").
      Actor place = SPOKEN_ROOTS.contains(code.root()) ? null : locativeTarget(s, verb, actionNoun, frame, state);
      if (place != null && sources.stream().noneMatch(a -> a.country().equals(place.country()))) {
        targetActors = List.of(place);
        slotFilled = true;
        rule = "locative_target";
      } else if (!sources.isEmpty() && allDomestic(code, sources)) {
        // Protests, curfews, crackdowns and concessions without a named target are aimed at the
        // actor's own country (its government or its people): one event per actor.
        boolean negated = isNegated(s, verb, frame);
        String actionText = actionText(s, verb, actionNoun, pattern);
        EventDate date = dating.date(s, verb, state.date);
        double base = confidence("own_country", frame, verb, s);
        List<CodedEvent> out = new ArrayList<>();
        for (Actor own : sources) {
          Actor home = new Actor(own.country(), own.country(), own.entryId(), own.head(), own.sentenceIndex(),
              false, false, "implied");
          out.addAll(combine(s, verb, List.of(own), List.of(home), true, pattern, code, actionText, negated,
              base, "own_country", date));
        }
        return out;
      }
    }
    boolean negated = isNegated(s, verb, frame);
    String actionText = actionText(s, verb, actionNoun, pattern);
    EventDate date = dating.date(s, verb, state.date);
    double base = confidence(rule, frame, verb, s);
    if (targetActors.isEmpty() && PERSON_DIRECTED.contains(pattern.code()) && pattern.hasTarget()
        && pattern.targetPreposition().isEmpty() && !targets.isEmpty()) {
      return List.of(); // "received treatment", "called the vote": hosting and phoning need a someone
    }
    return combine(s, verb, sources, targetActors, slotFilled, pattern, code, actionText, negated, base, rule, date);
  }

  /** The complement family of a verb: from complement_verbs.tsv, or intent for "X said it will V". */
  private ComplementCodes.Family complementFamily(ParsedSentence s, Token verb) {
    String family = actions.complementFamily(verb.lemma());
    if (family != null) {
      return ComplementCodes.Family.of(family);
    }
    if (verb.isVerb() && REPORTING.contains(verb.lemma())) {
      Token comp = complement(s, verb);
      if (comp != null && EventDating.tense(s, comp) == Tense.FUTURE && selfReference(s, verb, comp)) {
        return ComplementCodes.Family.INTENT;
      }
    }
    return null;
  }

  /** True when the complement's subject is the speaker ("Israel announced it would free..."). */
  private static boolean selfReference(ParsedSentence s, Token verb, Token comp) {
    Token speaker = null;
    Token doer = null;
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("nsubj")) {
        speaker = c;
      }
    }
    for (Token c : s.children(comp.index())) {
      if (c.deprel().equals("nsubj")) {
        doer = c;
      }
    }
    if (speaker == null || doer == null) {
      return false;
    }
    String d = doer.text().toLowerCase(Locale.ROOT);
    return doer.pos().startsWith("PRP") && (d.equals("it") || d.equals("he") || d.equals("she") || d.equals("they")
        || d.equals("we") || d.equals("i")) || doer.lemma().equals(speaker.lemma());
  }

  /** True for a complement whose head verb codes it ("agreed to meet": "meet" is not coded alone). */
  private boolean isDerivedComplement(ParsedSentence s, Token verb) {
    if (!(verb.deprel().equals("xcomp") || verb.deprel().equals("ccomp")) || verb.head() < 0) {
      return false;
    }
    Token head = s.tokens().get(verb.head());
    if (!(head.isVerb() || head.pos().startsWith("JJ"))) {
      return false;
    }
    if (verb.deprel().equals("xcomp") && isDemandContent(s, head)) {
      return true; // "under pressure from parliament to send aid": what is asked for, not done
    }
    return complementFamily(s, head) != null && complement(s, head) == verb;
  }

  /** Roots of nouns that ask for an action: appeals (02), demands (10), threats (13). */
  private static final Set<String> ASKING_ROOTS = Set.of("02", "10", "13");

  /** True when a verb's object is a call, demand or threat ("faces pressure", "received a request"). */
  private boolean isDemandContent(ParsedSentence s, Token head) {
    for (Token c : s.children(head.index())) {
      if (c.deprel().equals("obj") || c.deprel().equals("dobj")) {
        ActionPattern p = bestNounPattern(s, c, null);
        if (p != null && ASKING_ROOTS.contains(p.code().substring(0, 2))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "agreed to provide aid to X" = intent to provide humanitarian aid (0333) toward X. */
  private List<CodedEvent> codeComplement(ParsedSentence s, Token verb, Frame frame, Token comp,
      ComplementCodes.Family family, ActionPattern named, ArticleActors state) {
    Frame compFrame = frame(s, comp);
    if (family == ComplementCodes.Family.INTENT && !frame.objects().isEmpty() && comp.deprel().equals("xcomp")) {
      family = ComplementCodes.Family.APPEAL; // "wants Putin to attack" asks Putin; "wants to attack" intends
    }
    ActionPattern compPattern = comp.isVerb() ? bestPattern(actions.verbPatterns(comp.lemma()), compFrame, s) : null;
    Token compNoun = null;
    if (compPattern == null) {
      List<Token> nouns = comp.isNoun() ? List.of(comp) : compFrame.objects();
      for (Token obj : nouns) {
        ActionPattern np = bestNounPattern(s, obj, compFrame);
        if (np != null) {
          compPattern = np;
          compNoun = obj;
          break;
        }
      }
    }
    String derivedCode = ComplementCodes.derive(family, compPattern == null ? null : compPattern.code(), actions);
    if (named != null && derivedCode != null && derivedCode.length() > named.code().length()
        && derivedCode.startsWith(named.code())) {
      named = null; // "agree lift" says 035; "agreed to lift sanctions" says more: 0354
    }
    String code = named != null ? named.code() : derivedCode;
    if (code == null) {
      return List.of();
    }
    List<Actor> sources = state.resolveAll(s, frame.subjects());
    List<Actor> targets = List.of();
    boolean objectIsAddressee = family != ComplementCodes.Family.INTENT && family != ComplementCodes.Family.REJECT;
    if (objectIsAddressee && !frame.objects().isEmpty()) {
      targets = state.resolveAll(s, frame.objects()); // "urged Russia to withdraw"
    }
    if (targets.isEmpty() && comp.deprel().equals("ccomp")) {
      List<Token> doers = new ArrayList<>();
      for (Token c : s.children(comp.index())) {
        if (c.deprel().equals("nsubj") || c.deprel().equals("nsubj:pass")) {
          doers.add(c);
        }
      }
      List<Actor> clauseActors = state.resolveAll(s, doers);
      // "announced that he will extend the curfew": the speaker's own plan has no addressee.
      if (!allPronouns(doers)
          && sources.stream().noneMatch(a -> clauseActors.stream().anyMatch(b -> b.code().equals(a.code())))) {
        targets = clauseActors; // "demanded that the US cancel..."
      }
    }
    if (targets.isEmpty() && compPattern != null) {
      List<Token> tokens = compNoun != null
          ? nounTargets(s, compNoun, compFrame, compPattern)
          : verbTargets(s, compFrame, compPattern);
      targets = state.resolveAll(s, tokens);
    }
    targets = withoutOwnForces(targets, sources);
    if (targets.isEmpty()) {
      Actor inClause = state.actorInComplement(s, comp, sources);
      if (inClause != null && comp.deprel().equals("ccomp")) {
        targets = List.of(inClause);
      }
    }
    if (targets.isEmpty()) {
      // "threatened to deliver blows to the United States": the complement's recipient.
      targets = obliqueTargets(s, compFrame, List.of("to", "against", "on", "at"), state);
    }
    if (targets.isEmpty()) {
      // "would tighten the blockade of Serbia": the owner of the complement's object.
      Actor owner = ownerOf(s, frame.objects().isEmpty() ? compFrame.objects() : frame.objects(), state);
      if (owner != null && sources.stream().noneMatch(a -> a.code().equals(owner.code()))) {
        targets = List.of(owner);
      }
    }
    if (targets.isEmpty()) {
      targets = obliqueTargets(s, compFrame, List.of("with"), state); // "agreed to cooperate with X"
    }
    if (targets.isEmpty()) {
      Actor place = locativeTarget(s, comp, compNoun, compFrame, state);
      if (place != null && sources.stream().noneMatch(a -> a.country().equals(place.country()))) {
        targets = List.of(place);
      }
    }
    if (targets.isEmpty() && sources.size() == 1 && compPattern != null
        && isDomestic(actions.code(compPattern.code()), sources.get(0))) {
      Actor own = sources.get(0);
      targets = List.of(new Actor(own.country(), own.country(), own.entryId(), own.head(), own.sentenceIndex(),
          false, false, "implied"));
    }
    String entry = "derived:" + code + ":" + verb.lemma() + " + "
        + (compPattern == null ? comp.lemma() : compPattern.id());
    ActionPattern derived = named != null ? named : new ActionPattern(entry, code, verb.lemma(), List.of(comp.lemma()), "");
    String text = verb.text() + " " + (comp.index() > verb.index() + 1 ? "... " : "") + comp.text()
        + (compNoun == null ? "" : " " + compNoun.text());
    boolean negated = isNegated(s, verb, frame) || isNegated(s, comp);
    if (negated && family == ComplementCodes.Family.INTENT && named == null) {
      // "said he would not provide support" is a refusal, not a denied intent.
      family = ComplementCodes.Family.REJECT;
      code = ComplementCodes.derive(family, compPattern == null ? null : compPattern.code(), actions);
      negated = false;
      entry = "derived:" + code + ":" + verb.lemma() + " not + "
          + (compPattern == null ? comp.lemma() : compPattern.id());
      derived = new ActionPattern(entry, code, verb.lemma(), List.of(comp.lemma()), "");
    }
    String rule = named != null ? "complement_pattern" : "complement_" + family.name().toLowerCase(Locale.ROOT);
    double base = confidence(rule, frame, verb, s) - 0.05;
    return combine(s, verb, sources, targets, !targets.isEmpty(), derived, actions.code(code), text,
        negated, base, rule, dating.date(s, verb, state.date));
  }

  /**
   * "X received weapons from Y", "X faces pressure from Y": the object noun's action, done by the
   * "from" phrase to the subject.
   */
  private List<CodedEvent> codeInverse(ParsedSentence s, Token verb, Frame frame, ArticleActors state) {
    List<Token> givers = frame.obliques().getOrDefault("from", List.of());
    if (givers.isEmpty()) {
      return List.of();
    }
    for (Token obj : frame.objects()) {
      ActionPattern np = bestNounPattern(s, obj, null);
      if (np == null && RECEIVING.contains(verb.lemma())) {
        // "received weapons from the government": what the giver did, with the giving verbs' patterns.
        Frame given = new Frame(verb, List.of(), List.of(obj), Map.of(), List.of(obj.lemma()), false, frame.subjectRule());
        for (String giving : GIVING) {
          ActionPattern p = bestPattern(actions.verbPatterns(giving), given, s);
          if (p != null && p.required().contains(obj.lemma())) {
            np = p; // a pattern that names the thing given, not "supply *"
            break;
          }
        }
      }
      if (np == null) {
        continue;
      }
      List<Actor> sources = state.resolveAll(s, List.of(givers.get(0)));
      // "The rebels received arms from Iran": the receiver is not placed by the giver's name.
      List<Actor> targets = state.resolveAll(s, frame.subjects()).stream()
          .map(t -> sources.stream().anyMatch(g -> g.country().equals(t.country()))
              ? state.elsewhereOrUnplaced(s, t, t.country()) : t)
          .toList();
      return combine(s, verb, sources, targets, true, np, actions.code(np.code()),
          verb.text() + " " + obj.text() + " from", isNegated(s, verb, frame), 0.75, "inverse",
          dating.date(s, verb, state.date));
    }
    return List.of();
  }

  private static boolean allDomestic(CameoCode code, List<Actor> sources) {
    return sources.stream().allMatch(a -> isDomestic(code, a));
  }

  /** Roots of acts done in words (statements, appeals, intents, demands, criticism, rejections, threats). */
  private static final Set<String> SPOKEN_ROOTS = Set.of("01", "02", "03", "10", "11", "12", "13");

  /** Verbs of fighting that are done with each other: "X and Y clashed"; not "X and Y launched strikes". */
  private static final Set<String> RECIPROCAL_FIGHTING = Set.of("clash", "fight", "battle", "skirmish",
      "exchange", "war", "spar", "trade", "engage");

  /**
   * Actions that coordinated actors do with each other: "X and Y met, agreed, cooperated, clashed". Allies
   * who attack, threaten or condemn together ("Israel and the US launched strikes") act side by side.
   */
  private static boolean isMutual(Token predicate, CameoCode code) {
    if (code.root().equals("19")) {
      return RECIPROCAL_FIGHTING.contains(predicate.lemma());
    }
    return List.of("03", "04", "05", "06").contains(code.root());
  }

  /** Codes that, without a named target, act on the actor's own country. */
  private static boolean isDomestic(CameoCode code, Actor source) {
    if (!source.hasCountry() || ActorResolver.isInternational(source.country())) {
      return false;
    }
    String root = code.root();
    String c = code.code();
    if (root.equals("14") || root.equals("17") || root.equals("08")
        || c.startsWith("132") || c.equals("137") || c.startsWith("175") || c.equals("0352")) {
      return true;
    }
    // Police act at home: "police opened fire", "police beat protesters".
    return "COP".equals(source.sector()) && (root.equals("18") || root.equals("19"));
  }

  /**
   * The actor that owns or performs an object noun ("Afghanistan's offer", "the withdrawal of Serbian
   * forces"), else the party it is made with ("an agreement with the EU").
   */
  private Actor ownerOf(ParsedSentence s, List<Token> objects, ArticleActors state) {
    Actor partner = null;
    for (Token obj : objects) {
      for (Token m : s.children(obj.index())) {
        String r = m.deprel();
        if (r.equals("nmod:with") && partner == null) {
          // "ratified an agreement with the EU": the other party, if nothing owns the object.
          Actor a = state.argument(s, m.index());
          if (a != null && a.hasCountry()) {
            partner = a;
          }
          continue;
        }
        boolean owner = r.equals("nmod:poss") || r.equals("amod") || r.startsWith("compound")
            || r.equals("nmod:of") || r.equals("nmod:from") || r.equals("nmod:by") || r.equals("nmod:agent");
        if (!owner) {
          continue;
        }
        Actor a = modifierActor(s, m, state);
        if (a != null && a.hasCountry()) {
          return a;
        }
      }
    }
    return partner;
  }

  /** A violent event named in an "in"/"during" phrase, with the actors that own it. */
  private record Attack(List<Actor> owners, ActionPattern pattern) {}

  /**
   * The attack a passive happened in ("in police firing", "during an Israeli raid", "in Israeli artillery
   * shelling", "in an attack by militants") when its owner is named, as the agent the passive lacks.
   */
  private Attack attackIn(ParsedSentence s, Frame frame, ArticleActors state) {
    for (String prep : List.of("in", "during")) {
      for (Token event : frame.obliques().getOrDefault(prep, List.of())) {
        ActionPattern violent = null;
        List<Token> words = new ArrayList<>(List.of(event));
        s.children(event.index()).stream()
            .filter(c -> c.deprel().equals("amod") || c.deprel().startsWith("compound")).forEach(words::add);
        for (Token w : words) {
          for (String form : List.of(w.lemma(), w.text().toLowerCase(Locale.ROOT))) {
            for (ActionPattern p : actions.nounPatterns(form)) {
              if (!p.blocks() && VIOLENT_ROOTS.contains(p.code().substring(0, 2))
                  && (violent == null || p.specificity() < violent.specificity())) {
                violent = p;
              }
            }
          }
        }
        if (violent == null) {
          continue;
        }
        List<Actor> owners = new ArrayList<>();
        for (Token m : s.children(event.index())) {
          String r = m.deprel();
          boolean owning = r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss")
              || r.equals("nmod:by") || r.equals("nmod:agent");
          Actor a = owning ? modifierActor(s, m, state) : null;
          // A place names where it happened, not who did it ("killed in the Godhra incident").
          String code = a == null || isPlace(a) ? null : a.code();
          if (code != null && owners.stream().noneMatch(x -> x.code().equals(code))) {
            owners.add(a);
          }
        }
        if (!owners.isEmpty()) {
          return new Attack(owners, violent);
        }
      }
    }
    return null;
  }

  /**
   * The light verb of "arrests were made", also through a quantity ("a number of arrests have been made",
   * "dozens of arrests were made"); null when the noun is not such a passive subject.
   */
  private static Token agentlessSubject(ParsedSentence s, Token noun) {
    Token subject = noun;
    if (noun.deprel().equals("nmod:of") && noun.head() >= 0
        && QUANTITIES.contains(s.tokens().get(noun.head()).lemma())) {
      subject = s.tokens().get(noun.head());
    }
    return subject.deprel().equals("nsubj:pass") && subject.head() >= 0 ? s.tokens().get(subject.head()) : null;
  }

  private static final Set<String> QUANTITIES = Set.of("number", "dozen", "score", "hundred", "thousand",
      "handful", "series", "spate", "wave", "lot", "couple");

  /** True when the verb has a modal of future or obligation ("will be arrested", "should be punished"). */
  private static boolean hasModal(ParsedSentence s, Token verb) {
    return s.children(verb.index()).stream().anyMatch(c -> c.deprel().equals("aux")
        && MODALS.contains(c.text().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "must", "'ll");

  /**
   * The actor a modifier names: a word inside the phrase ("Israeli", "police") is looked up as it stands,
   * a possessor or "by" phrase is an argument in its own right (and may be a pronoun).
   */
  private static Actor modifierActor(ParsedSentence s, Token m, ArticleActors state) {
    return m.deprel().equals("amod") || m.deprel().startsWith("compound")
        ? state.resolveToken(s, m.index())
        : state.argument(s, m.index());
  }

  /** True for an actor found as a city, region or landmark: it says where, not who. */
  private static boolean isPlace(Actor a) {
    return a.entryId().startsWith("place:");
  }

  /** Nouns of a conflict between sides, whose compound country names where it is, not who wages it. */
  private static final Set<String> CONFLICTS = Set.of("war", "conflict", "crisis", "fighting", "clash", "unrest",
      "insurgency", "standoff", "stand-off", "violence", "dispute", "row", "uprising", "intifada");

  /** Verbs of taking property that only the authorities do openly. */
  private static final Set<String> SEIZING = Set.of("seize", "confiscate", "impound", "recover", "attach",
      "sequester", "freeze");

  /** CAMEO roots of coercion and violence, whose nouns ("firing", "raid", "air strike") have an agent. */
  private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

  /**
   * Drops targets that are the source's own forces ("Russia deployed its troops in Ukraine", "Syria
   * will withdraw its troops from Lebanon"): they are what the source moves, not whom it acts on, and
   * the place phrase gives the target instead.
   */
  private static List<Actor> withoutOwnForces(List<Actor> targets, List<Actor> sources) {
    return targets.stream()
        .filter(b -> !(("MIL".equals(b.sector()) || "COP".equals(b.sector()))
            && !b.resolvedFrom().equals("name")
            && sources.stream().anyMatch(a -> a.country().equals(b.country()) && !a.code().equals(b.code()))))
        .toList();
  }

  /** The first of the given prepositional phrases of a frame that names an actor. */
  private static List<Actor> obliqueTargets(ParsedSentence s, Frame frame, List<String> prepositions,
      ArticleActors state) {
    for (String prep : prepositions) {
      List<Token> obl = frame.obliques().get(prep);
      if (obl != null) {
        List<Actor> actors = state.resolveAll(s, List.of(obl.get(0)));
        if (!actors.isEmpty()) {
          return actors;
        }
      }
    }
    return List.of();
  }

  /** A country named as the place of the action ("in Lebanon"), on the verb or its object. */
  private Actor locativeTarget(ParsedSentence s, Token verb, Token noun, Frame frame, ArticleActors state) {
    List<Token> owners = new ArrayList<>();
    owners.add(verb);
    if (noun != null) {
      owners.add(noun);
    }
    owners.addAll(frame.objects());
    for (Token owner : owners) {
      for (Token m : s.children(owner.index())) {
        if (!(m.deprel().startsWith("obl") || m.deprel().startsWith("nmod"))) {
          continue;
        }
        String prep = preposition(s, m);
        if (!(prep.equals("in") || prep.equals("inside") || prep.equals("into") || prep.equals("across")
            || prep.equals("from"))) {
          continue;
        }
        Actor place = state.resolveToken(s, m.index());
        if (place != null && place.hasCountry() && !place.resolvedFrom().equals("agent")) {
          return new Actor(place.text(), place.country(), place.entryId(), place.head(), place.sentenceIndex(),
              false, false, "place");
        }
      }
    }
    return null;
  }

  private List<CodedEvent> combine(
      ParsedSentence s,
      Token predicate,
      List<Actor> sources,
      List<Actor> targets,
      boolean targetSlotFilled,
      ActionPattern pattern,
      CameoCode code,
      String actionText,
      boolean negated,
      double base,
      String rule,
      EventDate date) {
    List<CodedEvent> out = new ArrayList<>();
    if (sources.isEmpty()) {
      return out;
    }
    if (targets.isEmpty() && sources.size() >= 2 && !targetSlotFilled && isMutual(predicate, code)) {
      // "Russia and Ukraine met": each side acts toward the other.
      for (Actor a : sources) {
        for (Actor b : sources) {
          if (a != b && !a.code().equals(b.code())) {
            out.add(new CodedEvent(s.index(), predicate.index(), a, b, pattern, code, actionText, negated,
                adjust(base - 0.05, a, b), "reciprocal", date));
          }
        }
      }
      return out;
    }
    for (Actor a : sources) {
      if (targets.isEmpty()) {
        // A pattern that names its target by a preposition ("meet with *") needs that phrase.
        boolean missingSlot = pattern.hasTarget() && !pattern.targetPreposition().isEmpty() && !targetSlotFilled;
        if (!missingSlot) {
          out.add(new CodedEvent(s.index(), predicate.index(), a, null, pattern, code, actionText, negated,
              adjust(base - 0.15, a, null), rule, date));
        }
        continue;
      }
      boolean emitted = false;
      for (Actor b : targets) {
        if (a.code().equals(b.code()) && !b.resolvedFrom().equals("implied")) {
          continue; // "Russia ... Russia": the same actor on both sides is not an interaction
        }
        emitted = true;
        out.add(new CodedEvent(s.index(), predicate.index(), a, b, pattern, code, actionText, negated,
            adjust(base, a, b), sources.size() > 1 || targets.size() > 1 ? rule + "_compound" : rule, date));
      }
      if (!emitted) {
        // The only target was the source itself: the action happened, its target is unknown.
        out.add(new CodedEvent(s.index(), predicate.index(), a, null, pattern, code, actionText, negated,
            adjust(base - 0.15, a, null), rule, date));
      }
    }
    return out;
  }

  private static double adjust(double base, Actor a, Actor b) {
    double c = base;
    for (Actor x : new Actor[] {a, b}) {
      if (x == null) {
        continue;
      }
      if (!x.hasCountry()) {
        c -= 0.15;
      }
      if (x.resolvedFrom().equals("pronoun") || x.resolvedFrom().equals("description")
          || x.resolvedFrom().equals("context")) {
        c -= 0.1;
      }
    }
    return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100.0));
  }

  private double confidence(String rule, Frame frame, Token verb, ParsedSentence s) {
    double c = 0.9;
    if (!frame.subjectRule().equals("subject")) {
      c -= 0.1;
    }
    if (rule.equals("light_verb")) {
      c -= 0.05;
    }
    if (rule.equals("complement_target")) {
      c -= 0.2;
    }
    if (rule.equals("passive_agentless") || rule.equals("attack_owner")) {
      c -= 0.2;
    }
    if (rule.equals("locative_target") || rule.equals("own_country") || rule.equals("object_owner")) {
      c -= 0.2;
    }
    for (Token child : s.children(verb.index())) {
      if (child.deprel().startsWith("aux") && HEDGES.contains(child.lemma())) {
        c -= 0.15;
      }
    }
    return c;
  }

  private ActionPattern bestPattern(List<ActionPattern> candidates, Frame frame, ParsedSentence s) {
    ActionPattern best = null;
    int bestScore = -1;
    for (ActionPattern p : candidates) {
      if (!frame.lemmas().containsAll(p.required())) {
        continue;
      }
      boolean filled = targetsFor(s, frame, p).size() > 0;
      if (p.hasTarget() && !p.targetPreposition().isEmpty() && !filled && !coordinated(s, frame)) {
        continue;
      }
      // An unfilled target slot counts for nothing: "X and Y talked" matches "talk with *" only
      // for want of a better pattern.
      // A pattern that names the object ("hit plan", "fight election") is more specific than one that
      // takes any object ("hit *").
      boolean namesObject = !p.hasTarget()
          && frame.objects().stream().anyMatch(o -> p.required().contains(o.lemma()));
      int score = filled ? p.specificity() * 2 + 1
          : namesObject ? (p.specificity() + 1) * 2
          : (p.specificity() - (p.hasTarget() ? 1 : 0)) * 2;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best == null || best.blocks() ? null : best;
  }

  /**
   * Quotative inversion: in "..., said the senior officer" the parser often makes the speaker an object.
   * For a verb of saying after a comma or quote, with no subject, the object is the speaker.
   */
  private Frame inverted(ParsedSentence s, Frame frame) {
    Token verb = frame.verb();
    if (!frame.subjects().isEmpty() || frame.passive() || frame.objects().size() != 1 || verb.index() == 0
        || !QUOTE_PUNCTUATION.contains(s.tokens().get(verb.index() - 1).text())
        || frame.objects().get(0).index() < verb.index()
        || actions.verbPatterns(verb.lemma()).stream().noneMatch(EventCoder::isBareStatement)) {
      return frame;
    }
    return new Frame(verb, List.of(frame.objects().get(0)), List.of(), frame.obliques(), frame.lemmas(), false,
        "inverted");
  }

  private static final Set<String> QUOTE_PUNCTUATION = Set.of(",", "''", "``", "\"", "\u201d", "'");

  private static boolean isBareStatement(ActionPattern p) {
    return p.code().equals("010") && p.required().isEmpty() && !p.hasTarget();
  }

  /** True when the verb's subject names several actors ("X and Y met"). */
  private static boolean coordinated(ParsedSentence s, Frame frame) {
    int count = 0;
    for (Token t : frame.subjects()) {
      count += ArticleActors.conjuncts(s, t).size();
    }
    return count >= 2;
  }

  private List<Token> verbTargets(ParsedSentence s, Frame frame, ActionPattern p) {
    List<Token> targets = targetsFor(s, frame, p);
    if (targets.isEmpty() && !p.hasTarget()) {
      for (Token o : frame.objects()) {
        if (!p.required().contains(o.lemma())) {
          targets = List.of(o);
          break;
        }
      }
      if (targets.isEmpty()) {
        // "fired tear gas at protesters", "cracked down on", "turned against"
        for (String prep : List.of("at", "on", "against", "upon", "toward", "towards", "to")) {
          List<Token> obl = frame.obliques().get(prep);
          if (obl != null && !p.required().contains(prep)) {
            targets = List.of(obl.get(0));
            break;
          }
        }
      }
    }
    return targets;
  }

  private List<Token> targetsFor(ParsedSentence s, Frame frame, ActionPattern p) {
    if (!p.hasTarget()) {
      return List.of();
    }
    if (p.targetPreposition().isEmpty()) {
      for (Token o : frame.objects()) {
        if (!p.required().contains(o.lemma())) {
          return List.of(o);
        }
      }
      return List.of();
    }
    List<Token> list = frame.obliques().get(p.targetPreposition());
    return list == null ? List.of() : List.of(list.get(0));
  }

  // ---------------------------------------------------------------- nouns

  private ActionPattern bestNounPattern(ParsedSentence s, Token noun, Frame verbFrame) {
    List<ActionPattern> candidates = actions.nounPatterns(noun.lemma());
    if (candidates.isEmpty()) {
      return null;
    }
    Map<String, List<Token>> mods = new LinkedHashMap<>();
    List<String> lemmas = new ArrayList<>();
    addNominalModifiers(s, noun, mods, lemmas);
    if (verbFrame != null) {
      lemmas.addAll(verbFrame.obliques().keySet());
    }
    for (Token c : s.children(noun.index())) {
      if (c.deprel().equals("compound") || c.deprel().equals("amod")) {
        lemmas.add(c.lemma());
      }
    }
    ActionPattern best = null;
    int bestScore = -1;
    for (ActionPattern p : candidates) {
      if (!lemmas.containsAll(p.required())) {
        continue;
      }
      boolean filled = p.hasTarget()
          && (p.targetPreposition().isEmpty() || mods.containsKey(p.targetPreposition())
              || (verbFrame != null && verbFrame.obliques().containsKey(p.targetPreposition())));
      if (p.hasTarget() && !p.targetPreposition().isEmpty() && !filled) {
        continue;
      }
      int score = p.specificity() * 2 + (filled ? 1 : 0);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best == null || best.blocks() ? null : best;
  }

  private List<Token> nounTargets(ParsedSentence s, Token noun, Frame verbFrame, ActionPattern p) {
    if (!p.hasTarget()) {
      return List.of();
    }
    String prep = p.targetPreposition();
    for (Token m : s.children(noun.index())) {
      if (m.deprel().startsWith("nmod") && !m.deprel().equals("nmod:poss") && preposition(s, m).equals(prep)) {
        return List.of(m);
      }
    }
    if (verbFrame != null && verbFrame.obliques().containsKey(prep)) {
      return List.of(verbFrame.obliques().get(prep).get(0));
    }
    return List.of();
  }

  /**
   * Nominal events with their own source: "Russia's invasion of Ukraine", "police firing on the mob",
   * "talks between X and Y", "arrests were made".
   */
  private List<CodedEvent> codeNoun(ParsedSentence s, Token noun, ArticleActors state) {
    String rel = noun.deprel();
    if (rel.equals("obj") || rel.equals("dobj") || rel.startsWith("compound") || isShiftedObject(s, noun)) {
      return List.of(); // objects are handled with their verb
    }
    ActionPattern pattern = bestNounPattern(s, noun, null);
    if (pattern == null) {
      return List.of();
    }
    CameoCode code = actions.code(pattern.code());
    EventDate date = dating.date(s, noun, state.date);
    String actionText = actionText(s, noun, null, pattern);
    boolean negated = isNegated(s, noun);
    Token sourceToken = null;
    for (Token c : s.children(noun.index())) {
      String r = c.deprel();
      if (r.equals("nmod:poss") || r.equals("amod") || r.equals("nmod:agent") || r.equals("compound")
          || (r.startsWith("nmod") && preposition(s, c).equals("by"))) {
        sourceToken = c;
        if (!r.equals("compound")) {
          break;
        }
      }
    }
    List<Token> targetTokens = nounTargets(s, noun, null, pattern);
    List<Actor> targets = state.resolveAll(s, targetTokens);
    List<Actor> sources = new ArrayList<>();
    String rule = "nominal";
    Token lightVerbOfPassive = agentlessSubject(s, noun);
    if (sourceToken != null) {
      Actor a = modifierActor(s, sourceToken, state);
      // "the Godhra killings", "the Gujarat clashes": a place in front of the noun says where, not who;
      // so does a country in front of a war ("the Iraq war", "the Ukraine crisis").
      boolean theatre = sourceToken.deprel().equals("compound") && a != null
          && (isPlace(a) || (CONFLICTS.contains(noun.lemma()) && a.sector() == null));
      if (a != null && !theatre) {
        sources.add(a);
      }
    } else if (lightVerbOfPassive != null && actions.isLightVerb(lightVerbOfPassive.lemma())) {
      // "arrests were made": the implied agent of the action noun.
      Actor implied = impliedAgent(pattern.code(), s, noun);
      if (implied != null) {
        sources.add(implied);
        rule = "nominal_agentless";
        negated = negated || isNegated(s, s.tokens().get(noun.head()));
      }
    } else {
      for (Token m : s.children(noun.index())) {
        if (m.deprel().startsWith("nmod") && preposition(s, m).equals("between")) {
          sources.addAll(state.resolveAll(s, List.of(m)));
          rule = "nominal_between";
        }
      }
      if (sources.size() >= 2) {
        return combine(s, noun, sources, List.of(), false, pattern, code, actionText, negated, 0.7, rule, date);
      }
      return List.of();
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    if (targets.isEmpty() && sources.size() < 2 && code.code().equals("040")) {
      return List.of(); // "a VHP meeting", "the party's talks": one side alone does not consult anyone
    }
    double base = targets.isEmpty() ? 0.6 : 0.75;
    return combine(s, noun, sources, targets, !targetTokens.isEmpty() || !pattern.hasTarget()
        || pattern.targetPreposition().isEmpty(), pattern, code, actionText, negated, base, rule, date);
  }

  // ---------------------------------------------------------------- actors

  /** The agent a passive without "by" implies for actions only one kind of actor performs. */
  private Actor impliedAgent(String code, ParsedSentence s, Token verb) {
    // Arrests, detentions, raids, dispersals and curfews are carried out by police or security forces.
    // Damage in general ("shops were looted and destroyed") is not; seizures are ("arms were seized").
    if (code.startsWith("173") || code.startsWith("175") || code.equals("1711")
        || (code.equals("171") && SEIZING.contains(verb.lemma())) || code.equals("1723") || code.equals("0813")) {
      return new Actor("", Actor.UNKNOWN_COUNTRY + "COP", "implied:COP", verb.index(), s.index(),
          false, true, "implied");
    }
    return null;
  }

  // ---------------------------------------------------------------- helpers

  private static String actionText(ParsedSentence s, Token predicate, Token noun, ActionPattern p) {
    List<Token> parts = new ArrayList<>();
    parts.add(predicate);
    if (noun != null) {
      parts.add(noun);
    }
    for (Token c : s.children(predicate.index())) {
      if (c.deprel().equals("compound:prt") || c.deprel().equals("prt")
          || (p.required().contains(c.lemma()) && !c.isNoun())) {
        parts.add(c);
      }
      if ((c.deprel().equals("obj") || c.deprel().equals("dobj")) && p.required().contains(c.lemma())) {
        parts.add(c);
      }
    }
    if (p.hasTarget() && !p.targetPreposition().isEmpty()) {
      Token owner = noun != null ? noun : predicate;
      for (Token m : s.tokens()) {
        if ((m.head() == owner.index() || m.head() == predicate.index())
            && (m.deprel().startsWith("obl") || m.deprel().startsWith("nmod"))
            && preposition(s, m).equals(p.targetPreposition())) {
          for (Token cs : s.children(m.index())) {
            if (cs.deprel().equals("case")) {
              parts.add(cs);
            }
          }
          break;
        }
      }
    }
    parts.sort(Comparator.comparingInt(Token::index));
    StringBuilder sb = new StringBuilder();
    for (Token t : parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }
}
