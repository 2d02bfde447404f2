package org.parley.coding;

import java.io.Serializable;

/**
 * A CAMEO event code with its name, QuadClass, Goldstein value and PLOVER category.
 *
 * @param code the code with leading zeros ("040")
 * @param name codebook short name
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein scale value, -10 to +10
 * @param ploverEvent PLOVER event category from the official crosswalk, or null
 */
public record CameoCode(String code, String name, int quadClass, double goldstein, String ploverEvent)
    implements Serializable {

  /** The two-digit root ("04" for "043"). */
  public String root() {
    return code.substring(0, 2);
  }
}
