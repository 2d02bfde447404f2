package org.parley.coding;

/** Grammatical time of the verb that carries an event, used to choose past or future dates. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN
}
