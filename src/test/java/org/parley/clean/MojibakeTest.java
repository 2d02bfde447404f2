package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MojibakeTest {

  @Test
  void quotesAndAccentsDecodedTwiceAreRepaired() {
    assertEquals("\u201Cwe are in control\u201D, said the caf\u00e9 owner",
        Mojibake.repair("\u00e2\u20ac\u0153we are in control\u00e2\u20ac\u009d, said the caf\u00c3\u00a9 owner"));
  }

  @Test
  void cleanTextAndRealAccentsStayAsTheyAre() {
    assertEquals("Caf\u00e9 in S\u00e3o Paulo \u2014 fine", Mojibake.repair("Caf\u00e9 in S\u00e3o Paulo \u2014 fine"));
  }

  @Test
  void aLoneLeadCharacterThatIsNotUtf8IsKept() {
    assertEquals("\u00c3 la carte", Mojibake.repair("\u00c3 la carte"));
  }
}
