package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameoCodesTest {

  @Test
  void countryIsTheFirstThreeLetters() {
    assertEquals("IRQ", CameoCodes.country("IRQGOVMIL"));
    assertEquals("USA", CameoCodes.country("USA"));
    assertEquals("---", CameoCodes.country("---REB"));
  }

  @Test
  void organisationsStayAsTheirThreeLetterKind() {
    assertEquals("IGO", CameoCodes.country("IGOWSTNAT"));
    assertEquals("NGO", CameoCodes.country("NGOHRI"));
  }

  @Test
  void shortOrEmptyCodesAreTheirOwnCountry() {
    assertEquals("", CameoCodes.country(""));
    assertEquals("UN", CameoCodes.country("UN"));
  }

  @Test
  void rootIsTheFirstTwoDigitsAndKeepsLeadingZeros() {
    assertEquals("18", CameoCodes.root("1823"));
    assertEquals("04", CameoCodes.root("040"));
    assertEquals("03", CameoCodes.root("0312"));
  }

  @Test
  void policeIsCopInTheFirstRoleSlotOrTheWholeCode() {
    assertTrue(CameoCodes.isPolice("INDCOP"));
    assertTrue(CameoCodes.isPolice("---COP"));
    assertTrue(CameoCodes.isPolice("COP"));
    assertTrue(CameoCodes.isPolice("INDCOPMIL"));
    assertFalse(CameoCodes.isPolice("INDGOVCOP"));
    assertFalse(CameoCodes.isPolice("COPIND"));
    assertFalse(CameoCodes.isPolice("IND"));
    assertFalse(CameoCodes.isPolice(""));
  }

  @Test
  void codedEventDerivesCountriesRootAndBriefForm() {
    CodedEvent event = new CodedEvent("IRQGOVMIL", "", "0312");
    assertEquals("IRQ", event.sourceCountry());
    assertEquals("", event.targetCountry());
    assertEquals("03", event.root());
    assertEquals("IRQGOVMIL - 0312", event.brief());
  }

  @Test
  void codedEventRejectsAMissingCameoCode() {
    assertThrows(IllegalArgumentException.class, () -> new CodedEvent("USA", "RUS", " "));
    assertThrows(NullPointerException.class, () -> new CodedEvent(null, "RUS", "040"));
  }

  @Test
  void goldSentenceRejectsABlankId() {
    assertThrows(IllegalArgumentException.class, () -> new GoldSentence(" ", "text", null));
  }
}
