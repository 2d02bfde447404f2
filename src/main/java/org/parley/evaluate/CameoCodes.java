package org.parley.evaluate;

/** The code arithmetic every metric shares: country of an actor code, root of an event code. */
public final class CameoCodes {

  private CameoCodes() {}

  /**
   * The country of an actor code: its first three letters ({@code IRQGOVMIL -> IRQ}, {@code
   * IGOWSTNAT -> IGO}, {@code ---REB -> ---}); a shorter code is its own country, "" stays "".
   */
  public static String country(String actorCode) {
    return actorCode.length() <= 3 ? actorCode : actorCode.substring(0, 3);
  }

  /**
   * The root of a CAMEO event code: its first two digits ({@code 1823 -> 18}, {@code 040 -> 04}).
   */
  public static String root(String cameoCode) {
    return cameoCode.length() <= 2 ? cameoCode : cameoCode.substring(0, 2);
  }

  /**
   * Whether an actor code is police: exactly {@code COP}, or {@code COP} in the first role slot
   * (letters 4 to 6), as in {@code INDCOP} or {@code ---COP}; a later slot ({@code INDGOVCOP}) does
   * not count.
   */
  public static boolean isPolice(String actorCode) {
    return actorCode.equals("COP")
        || (actorCode.length() >= 6 && actorCode.substring(3, 6).equals("COP"));
  }
}
