package org.parley.coding;

import java.util.Map;

/**
 * Derives the code of an attitude toward an action from the action's own code, following the
 * parallel structure of CAMEO's appeal (02), intent (03), demand (10), reject (12) and threaten (13)
 * categories: intent + provide humanitarian aid (073) = 0333.
 */
final class ComplementCodes {

  private ComplementCodes() {}

  /** The families of complement verbs and their root codes. */
  enum Family {
    APPEAL("020"),
    INTENT("030"),
    DEMAND("100"),
    REJECT("120"),
    THREATEN("130");

    final String root;

    Family(String root) {
      this.root = root;
    }

    static Family of(String name) {
      return Family.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** Complement code prefix -> {appeal, intent, demand, reject} code; longest prefix wins. */
  private static final Map<String, String[]> COOPERATION = Map.ofEntries(
      Map.entry("04", new String[] {"026", "036", "106", "125"}),
      Map.entry("045", new String[] {"028", "039", "108", "126"}),
      Map.entry("046", new String[] {"026", "036", "106", "125"}),
      Map.entry("05", new String[] {"022", "032", "102", "120"}),
      Map.entry("057", new String[] {"027", "037", "107", "127"}),
      Map.entry("06", new String[] {"021", "031", "101", "121"}),
      Map.entry("061", new String[] {"0211", "0311", "1011", "1211"}),
      Map.entry("062", new String[] {"0212", "0312", "1012", "1212"}),
      Map.entry("063", new String[] {"0213", "0313", "1013", "121"}),
      Map.entry("064", new String[] {"0214", "0314", "1014", "121"}),
      Map.entry("07", new String[] {"023", "033", "103", "122"}),
      Map.entry("071", new String[] {"0231", "0331", "1031", "1221"}),
      Map.entry("072", new String[] {"0232", "0332", "1032", "1222"}),
      Map.entry("073", new String[] {"0233", "0333", "1033", "1223"}),
      Map.entry("074", new String[] {"0234", "0334", "1034", "1224"}),
      Map.entry("08", new String[] {"025", "035", "105", "124"}),
      Map.entry("081", new String[] {"0251", "0351", "1051", "1241"}),
      Map.entry("082", new String[] {"0252", "0352", "1052", "1242"}),
      Map.entry("083", new String[] {"024", "034", "104", "123"}),
      Map.entry("0831", new String[] {"0241", "0341", "1041", "1231"}),
      Map.entry("0832", new String[] {"0243", "0343", "1043", "1233"}),
      Map.entry("0833", new String[] {"0244", "0344", "1044", "1234"}),
      Map.entry("0834", new String[] {"0242", "0342", "1042", "1232"}),
      Map.entry("084", new String[] {"0253", "0353", "1053", "1243"}),
      Map.entry("085", new String[] {"0254", "0354", "1054", "1244"}),
      Map.entry("086", new String[] {"0255", "0355", "1055", "1245"}),
      Map.entry("087", new String[] {"0256", "0356", "1056", "1246"}));

  /** Complement code prefix -> threat code. */
  private static final Map<String, String> THREATS = Map.ofEntries(
      Map.entry("04", "134"),
      Map.entry("12", "130"),
      Map.entry("14", "133"),
      Map.entry("16", "131"),
      Map.entry("161", "1313"),
      Map.entry("162", "1311"),
      Map.entry("163", "1312"),
      Map.entry("164", "1313"),
      Map.entry("17", "137"),
      Map.entry("172", "132"),
      Map.entry("1721", "1321"),
      Map.entry("1722", "1322"),
      Map.entry("1723", "1323"),
      Map.entry("1724", "1324"),
      Map.entry("18", "138"),
      Map.entry("19", "138"),
      Map.entry("191", "1381"),
      Map.entry("192", "1382"),
      Map.entry("193", "1384"),
      Map.entry("194", "1384"),
      Map.entry("195", "1384"),
      Map.entry("20", "1383"),
      Map.entry("204", "1385"));

  /**
   * The code for {@code family} toward an action coded {@code complement} (null when the complement
   * has no code), reduced to a code the table knows; null when the table has none.
   */
  static String derive(Family family, String complement, ActionDictionary actions) {
    String derived = family.root;
    if (complement != null) {
      int root = Integer.parseInt(complement.substring(0, 2));
      Family effective = family;
      if (family == Family.INTENT && root >= 14) {
        effective = Family.THREATEN; // announcing one's own force or sanctions is a threat
      }
      if (effective == Family.THREATEN) {
        String t = longestPrefix(THREATS, complement);
        derived = t != null ? t : Family.THREATEN.root;
      } else {
        String[] row = longestPrefix(COOPERATION, complement);
        if (row != null) {
          derived = row[effective.ordinal()];
        }
      }
    }
    while (derived.length() > 3 && actions.code(derived) == null) {
      derived = derived.substring(0, derived.length() - 1);
    }
    if (actions.code(derived) != null) {
      return derived;
    }
    return actions.code(family.root) != null ? family.root : null;
  }

  private static <V> V longestPrefix(Map<String, V> table, String code) {
    for (int len = code.length(); len >= 2; len--) {
      V v = table.get(code.substring(0, len));
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
