package org.parley.coding;

/** Grammatical time of the verb that carries an event, used to pick between past and future dates. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  UNKNOWN
}
