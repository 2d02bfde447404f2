package org.parley.coding;

import java.io.Serializable;

/**
 * An event found by the coder in one sentence, before it becomes a row of the events table.
 *
 * @param sentenceIndex sentence of the article that holds the event
 * @param predicate index of the verb or noun that carries the action
 * @param source the actor doing the action
 * @param target the actor it is done to, or null when the sentence names none
 * @param pattern the dictionary pattern that gave the action
 * @param code the CAMEO code entry
 * @param actionText the words that express the action ("spoke with")
 * @param negated true when the action is denied ("did not meet")
 * @param confidence the coder's confidence in [0, 1]
 * @param rule the grammatical rule that found the roles ("active", "passive", "reciprocal", ...)
 * @param date the event date and how it was obtained
 */
public record CodedEvent(
    int sentenceIndex,
    int predicate,
    Actor source,
    Actor target,
    ActionPattern pattern,
    CameoCode code,
    String actionText,
    boolean negated,
    double confidence,
    String rule,
    EventDate date)
    implements Serializable {

  /** The same event with another source. */
  public CodedEvent withSource(Actor other) {
    return new CodedEvent(sentenceIndex, predicate, other, target, pattern, code, actionText, negated, confidence,
        rule, date);
  }

  /** The same event with another target. */
  public CodedEvent withTarget(Actor other) {
    return new CodedEvent(sentenceIndex, predicate, source, other, pattern, code, actionText, negated, confidence,
        rule, date);
  }
}
