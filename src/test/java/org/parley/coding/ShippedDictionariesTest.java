package org.parley.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dictionaries shipped in configs/ load cleanly and hold the facts the coder relies on. */
class ShippedDictionariesTest {

  private static final Path DIR = Path.of("configs/dictionaries");
  private static ActorDictionary actors;
  private static ActionDictionary actions;

  @BeforeAll
  static void load() {
    actors = ActorDictionary.load(DIR);
    actions = ActionDictionary.load(DIR);
  }

  @Test
  void bidenBecomesTheUsGovernmentOnInaugurationDay() {
    assertEquals("USA", actors.codeFor("joe-biden", LocalDate.of(2021, 1, 19)).code());
    assertEquals("USAGOV", actors.codeFor("joe-biden", LocalDate.of(2021, 1, 20)).code());
    assertEquals("Vice President", actors.codeFor("joe-biden", LocalDate.of(2015, 6, 1)).title());
  }

  @Test
  void jubaIsSudanUntilSouthSudanBecomesIndependent() {
    assertEquals("SDN", actors.onDate("SSD", LocalDate.of(2011, 7, 8)));
    assertEquals("SSD", actors.onDate("SSD", LocalDate.of(2011, 7, 9)));
    assertEquals("SDNREB", actors.onDate("SSDREB", LocalDate.of(2000, 1, 1)));
    assertEquals("SDN", actors.onDate("SDN", LocalDate.of(2000, 1, 1)));
  }

  @Test
  void everyUnMemberHasAName() {
    for (String code : new String[] {"USA", "RUS", "UKR", "CHN", "IND", "BRA", "NGA", "TUV", "VAT", "PSE"}) {
      assertTrue(actors.lookup(ActorDictionary.normalize(nameOf(code))).stream()
          .anyMatch(e -> e.code().equals(code)), code);
    }
  }

  private static String nameOf(String code) {
    return switch (code) {
      case "USA" -> "United States";
      case "RUS" -> "Russia";
      case "UKR" -> "Ukraine";
      case "CHN" -> "China";
      case "IND" -> "India";
      case "BRA" -> "Brazil";
      case "NGA" -> "Nigeria";
      case "TUV" -> "Tuvalu";
      case "VAT" -> "Holy See";
      default -> "Palestine";
    };
  }

  @Test
  void seatsOfGovernmentCarryTheirSector() {
    assertTrue(actors.lookup("kremlin").stream().anyMatch(e -> e.code().equals("RUSGOV")));
    assertTrue(actors.lookup("white house").stream().anyMatch(e -> e.code().equals("USAGOV")));
  }

  @Test
  void everyRootHasVerbPatternsAndEveryCodeHasItsQuadClass() {
    for (int root = 1; root <= 20; root++) {
      String r = String.format("%02d", root);
      assertTrue(actions.patternCodes().stream().anyMatch(c -> c.startsWith(r)), "no pattern for root " + r);
    }
    for (CameoCode c : actions.codes().values()) {
      int root = Integer.parseInt(c.root());
      int expected = root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertEquals(expected, c.quadClass(), c.code());
    }
    assertFalse(actions.verbPatterns("meet").isEmpty());
    assertNotNull(actions.code("173"));
    assertTrue(actions.verbPatternCount() > 1000);
  }

  @Test
  void noPatternIsListedTwice() throws Exception {
    for (String file : new String[] {"verbs.tsv", "nouns.tsv"}) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (String line : java.nio.file.Files.readAllLines(DIR.resolve(file))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        assertTrue(seen.add(cells[0] + "\t" + cells[1]), file + ": " + line + " is listed twice");
      }
    }
  }
}
