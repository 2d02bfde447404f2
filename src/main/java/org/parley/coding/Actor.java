package org.parley.coding;

import java.io.Serializable;

/**
 * An actor found in a sentence and coded.
 *
 * @param text the words of the sentence that name the actor
 * @param code CAMEO actor code ("USAGOV", "IGOWSTNAT", "---COP" when only the sector is known)
 * @param entryId dictionary entry that gave the code (several joined by "+")
 * @param head index of the phrase's head token in its sentence
 * @param sentenceIndex sentence the actor was found in
 * @param human true for people and singular titles, used to resolve "he" and "she"
 * @param plural true for plural or coordinated actors, used to resolve "they"
 * @param resolvedFrom how the actor was found: "name", "agent", "pronoun", "description"
 */
public record Actor(
    String text,
    String code,
    String entryId,
    int head,
    int sentenceIndex,
    boolean human,
    boolean plural,
    String resolvedFrom)
    implements Serializable {

  /** Unknown-country prefix used when only the sector is known. */
  public static final String UNKNOWN_COUNTRY = "---";

  /** The country part of the code: its first three letters (IGO, NGO stay as they are). */
  public String country() {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  /** The sector part of the code (GOV, MIL, ...) or null when the code has none. */
  public String sector() {
    if (code.length() < 6) {
      return null;
    }
    String c = country();
    if (c.equals("IGO") || c.equals("NGO") || c.equals("MNC")) {
      return null;
    }
    return code.substring(3, 6);
  }

  /** True when the country part is known. */
  public boolean hasCountry() {
    return !code.startsWith(UNKNOWN_COUNTRY);
  }

  /** A copy that records a different way of having been found and a new position. */
  Actor at(String newText, int newHead, int newSentence, String how) {
    return new Actor(newText, code, entryId, newHead, newSentence, human, plural, how);
  }
}
