package org.parley.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Reads what the coder needs from a dependency parse: a verb's frame (subjects, objects, obliques),
 * who controls a subjectless verb, voice, negation, modality and conditions.
 */
final class Grammar {

  private Grammar() {}

  static final Set<String> REPORTING = Set.of(
      "say", "tell", "add", "state", "write", "announce", "declare", "insist", "stress", "note",
      "explain", "claim", "assert", "tweet", "post", "emphasize", "emphasise", "reiterate", "confirm",
      "report", "warn", "argue", "contend");

  static final Set<String> FAILURE = Set.of("fail", "unable", "refuse", "decline");

  static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  static final Set<String> HEDGES = Set.of("may", "might", "could");

  static final Set<String> POSSIBILITY = Set.of("can", "could", "may", "might");

  /** What a verb has around it in the parse, for pattern matching. */
  record Frame(
      Token verb,
      List<Token> subjects,
      List<Token> objects,
      Map<String, List<Token>> obliques,
      List<String> lemmas,
      boolean passive,
      String subjectRule) {}

  static Frame frame(ParsedSentence s, Token verb) {
    List<Token> subjects = new ArrayList<>();
    List<Token> objects = new ArrayList<>();
    Map<String, List<Token>> obliques = new LinkedHashMap<>();
    List<String> lemmas = new ArrayList<>();
    boolean passive = false;
    Token agent = null;
    for (Token c : s.children(verb.index())) {
      String rel = c.deprel();
      if (rel.equals("nsubj:pass") || rel.equals("nsubjpass") || rel.equals("csubj:pass")) {
        passive = true;
        objects.add(c);
        lemmas.add(c.lemma());
      } else if (rel.equals("aux:pass") || rel.equals("auxpass")) {
        passive = true;
      } else if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
        subjects.add(c);
      } else if (rel.equals("obj") || rel.equals("dobj") || rel.equals("iobj")) {
        objects.add(c);
        lemmas.add(c.lemma());
        addNominalModifiers(s, c, obliques, lemmas);
        for (Token m : s.children(c.index())) {
          // "fired tear gas shells", "imposed martial law": the object's modifiers can be pattern words
          if (m.deprel().startsWith("compound") || m.deprel().equals("amod")) {
            lemmas.add(m.lemma());
          }
        }
      } else if (rel.equals("compound:prt") || rel.equals("prt") || rel.equals("advmod")) {
        lemmas.add(c.lemma());
      } else if (rel.equals("xcomp")) {
        lemmas.add(c.lemma());
      } else if (rel.startsWith("obl") || rel.startsWith("nmod")) {
        String prep = preposition(s, c);
        if (prep.equals("agent") || (prep.equals("by") && (passiveVerb(s, verb)
            || (verb.pos().equals("VBN") && verb.deprel().startsWith("acl"))))) {
          agent = c;
        } else {
          obliques.computeIfAbsent(prep, k -> new ArrayList<>()).add(c);
          lemmas.add(prep);
          lemmas.add(c.lemma());
        }
      }
    }
    if (objects.isEmpty()) {
      // "lifted Friday a week-long curfew", "condemned as a violation Russia's blockade": the parser hangs
      // the object on the inserted date or "as" phrase.
      for (Token c : s.children(verb.index())) {
        for (Token d : s.children(c.index())) {
          if (d.isNoun() && isShiftedObject(s, d)) {
            objects.add(d);
            lemmas.add(d.lemma());
            addNominalModifiers(s, d, obliques, lemmas);
          }
        }
      }
    }
    String subjectRule = "subject";
    if (!passive && verb.pos().equals("VBN") && verb.deprel().startsWith("acl") && verb.head() >= 0
        && subjects.isEmpty()) {
      // "the 51 people arrested for their role": a reduced relative is a passive of its noun.
      passive = true;
      objects.add(0, s.tokens().get(verb.head()));
    }
    if (passive) {
      subjects.clear();
      if (agent != null) {
        subjects.add(agent);
      }
    } else if (subjects.isEmpty()) {
      Token controller = controller(s, verb);
      if (controller != null) {
        subjects.add(controller);
        subjectRule = "inherited";
      }
    }
    // Relative pronouns ("troops who attacked") stand for the noun they modify.
    for (int i = 0; i < subjects.size(); i++) {
      Token subj = subjects.get(i);
      if ((subj.pos().equals("WP") || subj.pos().equals("WDT") || subj.lemma().equals("that"))
          && verb.deprel().startsWith("acl") && verb.head() >= 0) {
        subjects.set(i, s.tokens().get(verb.head()));
      }
    }
    return new Frame(verb, subjects, objects, obliques, lemmas, passive, subjectRule);
  }

  static boolean passiveVerb(ParsedSentence s, Token verb) {
    return verb.pos().equals("VBN")
        && s.children(verb.index()).stream().anyMatch(c -> c.deprel().startsWith("aux") && c.lemma().equals("be"));
  }

  static void addNominalModifiers(
      ParsedSentence s, Token noun, Map<String, List<Token>> obliques, List<String> lemmas) {
    for (Token m : s.children(noun.index())) {
      if (m.deprel().startsWith("nmod") && !m.deprel().equals("nmod:poss")) {
        String prep = preposition(s, m);
        obliques.computeIfAbsent(prep, k -> new ArrayList<>()).add(m);
        lemmas.add(prep);
        lemmas.add(m.lemma());
      }
    }
  }

  /** The preposition of an oblique or nominal modifier: from the relation ("obl:with") or its case child. */
  static String preposition(ParsedSentence s, Token modifier) {
    String rel = modifier.deprel();
    int colon = rel.indexOf(':');
    if (colon > 0) {
      String sub = rel.substring(colon + 1);
      if (!sub.equals("tmod") && !sub.equals("npmod") && !sub.equals("poss")) {
        return sub.replace('_', ' ').toLowerCase(Locale.ROOT);
      }
    }
    for (Token c : s.children(modifier.index())) {
      if (c.deprel().equals("case")) {
        return c.lemma();
      }
    }
    return "";
  }

  /** The subject a verb without one borrows: from the verb it complements or is coordinated with. */
  static Token controller(ParsedSentence s, Token verb) {
    Token current = verb;
    for (int hop = 0; hop < 4 && current.head() >= 0; hop++) {
      String rel = current.deprel();
      Token head = s.tokens().get(current.head());
      // A "to" infinitive the parser calls ccomp ("had to fire") is controlled like an xcomp.
      boolean infinitive = rel.equals("xcomp") || (rel.equals("ccomp") && introducedBy(s, current, "to"));
      if (infinitive || (rel.startsWith("advcl") && introducedBy(s, current, "of", "for"))) {
        // "urged Russia to participate", "accused Russia of threatening": the object controls;
        // "agreed to meet": the subject.
        for (Token c : s.children(head.index())) {
          if (c.deprel().equals("obj") || c.deprel().equals("dobj")) {
            return c;
          }
        }
      } else if (rel.startsWith("acl") && head.isNoun() && !rel.equals("acl:relcl")) {
        return head;
      } else if (!(rel.startsWith("conj") || rel.equals("advcl") || infinitive)) {
        return null;
      }
      for (Token c : s.children(head.index())) {
        // "the minister is scheduled to visit", "X was asked to leave": a passive's subject controls too.
        if (c.deprel().equals("nsubj") || (infinitive && c.deprel().equals("nsubj:pass"))) {
          return c;
        }
      }
      if (!head.isVerb()) {
        return null;
      }
      current = head;
    }
    return null;
  }

  static boolean introducedBy(ParsedSentence s, Token clause, String... words) {
    for (Token c : s.children(clause.index())) {
      if ((c.deprel().equals("mark") || c.deprel().equals("case")) && List.of(words).contains(c.lemma())) {
        return true;
      }
    }
    return clause.deprel().contains(":") && List.of(words).contains(clause.deprel().substring(clause.deprel().indexOf(':') + 1));
  }

  /** An object the parser hung on an inserted date or "as" phrase ("rejected Thursday a UN appeal"). */
  static boolean isShiftedObject(ParsedSentence s, Token noun) {
    if (!noun.deprel().equals("dep") || noun.head() < 0) {
      return false;
    }
    Token host = s.tokens().get(noun.head());
    return (host.deprel().equals("obl:tmod") || host.deprel().equals("obl:as")) && host.index() < noun.index();
  }

  /** True for predicates in a condition ("if Russia invades"): hypothetical, not events. */
  static boolean isHypothetical(ParsedSentence s, Token verb) {
    Token current = verb;
    for (int hop = 0; hop < 3 && current != null; hop++) {
      if (current.deprel().startsWith("advcl") && introducedBy(s, current, "if", "unless", "whether")) {
        return true;
      }
      if (!current.deprel().startsWith("conj") || current.head() < 0) {
        return false;
      }
      current = s.tokens().get(current.head());
    }
    return false;
  }

  /** A past participle with no "have" auxiliary: passive in meaning. */
  static boolean isBareParticiple(ParsedSentence s, Token verb) {
    if (!verb.pos().equals("VBN")) {
      return false;
    }
    for (Token c : s.children(verb.index())) {
      if (c.deprel().startsWith("aux") && c.lemma().equals("have")) {
        return false;
      }
    }
    return true;
  }

  static boolean allPronouns(List<Token> tokens) {
    return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.pos().startsWith("PRP"));
  }

  /**
   * "that those responsible be punished": a passive whose "be" is a bare base form (no modal, no "to")
   * in a that-clause is a wish or a demand, not a report.
   */
  static boolean isSubjunctivePassive(ParsedSentence s, Token verb) {
    if (!verb.deprel().startsWith("ccomp")) {
      return false;
    }
    boolean bareBe = false;
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("aux:pass") && c.lemma().equals("be") && c.pos().equals("VB")) {
        bareBe = true;
      }
      if ((c.deprel().equals("aux") && !c.lemma().equals("be")) || (c.deprel().equals("mark") && c.lemma().equals("to"))) {
        return false;
      }
    }
    return bareBe;
  }

  /** "can be arrested", "may attack": only a possibility, on the verb or the verb it completes. */
  static boolean isPossibilityOnly(ParsedSentence s, Token verb) {
    for (Token c : s.children(verb.index())) {
      if (c.deprel().startsWith("aux") && POSSIBILITY.contains(c.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static boolean isNegated(ParsedSentence s, Token predicate) {
    for (Token c : s.children(predicate.index())) {
      if ((c.deprel().equals("neg") || c.deprel().equals("advmod") || c.deprel().equals("det"))
          && NEGATORS.contains(c.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Negated verbs, and actions whose doer or object is denied ("no arrests were made", "not a single activist"). */
  static boolean isNegated(ParsedSentence s, Token verb, Frame frame) {
    if (isNegated(s, verb)) {
      return true;
    }
    if (verb.deprel().equals("xcomp") && verb.head() >= 0) {
      // "have not been able to arrest", "failed to stop", "were unable to reach"
      Token head = s.tokens().get(verb.head());
      if (isNegated(s, head) || FAILURE.contains(head.lemma())) {
        return true;
      }
    }
    List<Token> arguments = new ArrayList<>(frame.subjects());
    arguments.addAll(frame.objects());
    for (Token a : arguments) {
      if (a.lemma().equals("none") || a.lemma().equals("nobody")) {
        return true;
      }
      for (Token c : s.children(a.index())) {
        if (c.lemma().equals("no") || c.lemma().equals("not") || c.lemma().equals("never")) {
          return true;
        }
        for (Token cc : s.children(c.index())) {
          if (cc.lemma().equals("not")) {
            return true; // "not a single activist"
          }
        }
      }
    }
    return false;
  }

  /** The action a complement verb is about: its xcomp, or for demands and reports its clause. */
  static Token complement(ParsedSentence s, Token verb) {
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("xcomp") && (c.isVerb() || c.isNoun())) {
        return c;
      }
    }
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("ccomp") && c.isVerb()) {
        return c;
      }
    }
    return null;
  }

  /** Clause markers of background: what had happened before, or around, the reported event. */
  static final Set<String> BACKGROUND_MARKERS = Set.of(
      "after", "before", "since", "as", "when", "while", "following", "until", "once", "because");

  /**
   * True for predicates in relative clauses, noun modifiers and temporal or causal adverbial clauses
   * ("..., which had seized...", "after rebels attacked..."), up to the sentence's main clause.
   */
  static boolean isBackground(ParsedSentence s, Token predicate) {
    Token current = predicate;
    for (int hop = 0; hop < 8 && current.head() >= 0; hop++) {
      String rel = current.deprel();
      if (rel.startsWith("acl") || (rel.startsWith("nmod") && !current.isVerb())) {
        return true;
      }
      if (rel.startsWith("advcl") && introducedBy(s, current, BACKGROUND_MARKERS.toArray(String[]::new))) {
        return true;
      }
      current = s.tokens().get(current.head());
    }
    return false;
  }
}
