package org.parley.coding;

import java.io.Serializable;

/**
 * One surface form in the actor dictionaries.
 *
 * @param id entry id cited in the events table ("country:RUS:russia", "person:vladimir-putin")
 * @param type what the form names: country, organization, person or agent
 * @param kind the dictionary's kind column (name, short, adjective, seat, ...; "name" for people)
 * @param code CAMEO actor code for countries and organisations, the sector for agents, the
 *     person's fallback code for people
 * @param text the surface form as written in the dictionary
 * @param person the person's slug for people, else null
 */
public record ActorEntry(String id, Type type, String kind, String code, String text, String person)
    implements Serializable {

  /** What an entry names. */
  public enum Type {
    COUNTRY,
    ORGANIZATION,
    PERSON,
    AGENT
  }

  /** True for abbreviations written in capitals ("US", "UN"), which must not match lower-case words. */
  public boolean isAcronym() {
    String letters = text.replace(".", "").replace(" ", "");
    return letters.length() <= 5 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
        && letters.chars().anyMatch(Character::isLetter);
  }
}
