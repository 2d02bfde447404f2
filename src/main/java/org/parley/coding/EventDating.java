package org.parley.coding;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Dates an event: finds the date expression that belongs to the event's predicate and resolves it
 * against the publication date with the predicate's tense.
 */
final class EventDating implements Serializable {

  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "would", "wo");

  /** The event date of a predicate: a date expression attached to it, else the publication date. */
  EventDate date(ParsedSentence s, Token predicate, LocalDate publication) {
    List<DateMention> mentions = DateExpressions.find(s.text());
    DateMention chosen = ownMention(s, predicate, mentions);
    Token tenseOf = predicate;
    if (chosen == null) {
      // A date in the main clause ("on Sunday, X met Y") also dates predicates below it that have none.
      for (DateMention m : mentions) {
        Token anchor = tokenAt(s, m);
        Token owner = anchor == null ? null : governingPredicate(s, anchor);
        if (owner != null && owner.index() != predicate.index()
            && s.dominates(owner.index(), predicate.index()) && !isReporting(owner)) {
          chosen = m;
          tenseOf = owner; // the date belongs to the clause above, so does its tense
          break;
        }
      }
    }
    if (chosen == null) {
      return EventDate.ofPublication(publication);
    }
    return DateResolver.resolve(chosen, publication, tense(s, tenseOf));
  }

  /** True when a date expression is attached to the predicate itself ("detained two years ago"), not inherited. */
  boolean hasOwnDate(ParsedSentence s, Token predicate) {
    return ownMention(s, predicate, DateExpressions.find(s.text())) != null;
  }

  private static DateMention ownMention(ParsedSentence s, Token predicate, List<DateMention> mentions) {
    for (DateMention m : mentions) {
      Token anchor = tokenAt(s, m);
      Token owner = anchor == null ? null : governingPredicate(s, anchor);
      if (owner != null && owner.index() == predicate.index()) {
        return m;
      }
    }
    return null;
  }

  private static boolean isReporting(Token t) {
    return t.lemma().equals("say") || t.lemma().equals("tell") || t.lemma().equals("add");
  }

  /** The token whose characters hold the end of the mention (the head of "on Sunday" is "Sunday"). */
  private static Token tokenAt(ParsedSentence s, DateMention m) {
    int begin = s.begin() + m.start();
    int end = s.begin() + m.end();
    Token last = null;
    for (Token t : s.tokens()) {
      if (t.begin() >= begin && t.end() <= end && (t.isNoun() || t.pos().equals("CD") || t.pos().equals("RB"))) {
        last = t;
      }
    }
    return last;
  }

  /** The nearest verb (or event noun) above a token. */
  private static Token governingPredicate(ParsedSentence s, Token t) {
    Token current = t;
    for (int hop = 0; hop < 10 && current.head() >= 0; hop++) {
      current = s.tokens().get(current.head());
      if (current.isVerb() || (current.isNoun() && current.deprel().startsWith("root"))) {
        return current;
      }
    }
    return current.isVerb() ? current : null;
  }

  /** The tense of a predicate from its tag and auxiliaries. */
  static Tense tense(ParsedSentence s, Token predicate) {
    boolean perfect = false;
    for (Token c : s.children(predicate.index())) {
      if (!c.deprel().startsWith("aux")) {
        continue;
      }
      String w = c.text().toLowerCase(java.util.Locale.ROOT);
      if (FUTURE_AUX.contains(w) || c.lemma().equals("will")) {
        return Tense.FUTURE;
      }
      if (c.lemma().equals("have")) {
        perfect = true;
      }
      if (c.pos().equals("VBD")) {
        return Tense.PAST;
      }
    }
    // "is going to meet"
    if (predicate.deprel().equals("xcomp") && predicate.head() >= 0) {
      Token head = s.tokens().get(predicate.head());
      if (head.lemma().equals("go") && head.pos().equals("VBG")) {
        return Tense.FUTURE;
      }
    }
    String pos = predicate.pos();
    if (pos.equals("VBD") || perfect) {
      return Tense.PAST;
    }
    if (pos.equals("VBP") || pos.equals("VBZ")) {
      return Tense.PRESENT;
    }
    return Tense.UNKNOWN;
  }
}
