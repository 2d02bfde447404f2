package org.parley.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndiaPoliceScorerTest {

  private static Set<PoliceLabel> labels(String source, String code) {
    return IndiaPoliceScorer.labelsOf(List.of(new CodedEvent(source, "", code)));
  }

  @Test
  void arrestIsExactlyCode173() {
    assertEquals(Set.of(PoliceLabel.ARREST), labels("IND", "173"));
    assertEquals(Set.of(), labels("IND", "172"));
    assertEquals(Set.of(), labels("IND", "1731"));
  }

  @Test
  void forceIsCode175OrRoot18Or19() {
    assertEquals(Set.of(PoliceLabel.FORCE), labels("IND", "175"));
    assertEquals(Set.of(PoliceLabel.FORCE), labels("IND", "181"));
    assertEquals(Set.of(PoliceLabel.FORCE), labels("IND", "1822"));
    assertEquals(Set.of(PoliceLabel.FORCE), labels("IND", "193"));
    assertEquals(Set.of(), labels("IND", "174"));
    assertEquals(Set.of(), labels("IND", "201"), "root 20 is not FORCE");
  }

  @Test
  void killIsAssassinateKillByAssaultOrMassKilling() {
    assertEquals(EnumSet.of(PoliceLabel.KILL, PoliceLabel.FORCE), labels("IND", "186"));
    assertEquals(EnumSet.of(PoliceLabel.KILL, PoliceLabel.FORCE), labels("IND", "1823"));
    assertEquals(EnumSet.of(PoliceLabel.KILL), labels("IND", "202"));
    assertEquals(EnumSet.of(PoliceLabel.FORCE), labels("IND", "190"), "fighting need not kill");
    assertEquals(EnumSet.of(PoliceLabel.FORCE), labels("IND", "185"), "attempted assassination");
  }

  @Test
  void anyActionIsAPoliceSourceWhateverTheCode() {
    assertEquals(Set.of(PoliceLabel.ANY_ACTION), labels("INDCOP", "010"));
    assertEquals(Set.of(PoliceLabel.ANY_ACTION, PoliceLabel.ARREST), labels("---COP", "173"));
    assertEquals(Set.of(), labels("INDGOVCOP", "010"));
    assertEquals(
        Set.of(), IndiaPoliceScorer.labelsOf(List.of(new CodedEvent("IND", "INDCOP", "010"))));
  }

  @Test
  void scoresEachLabelPerSentence() {
    List<PoliceSentence> sentences =
        List.of(
            sentence("1-0", EnumSet.of(PoliceLabel.ARREST, PoliceLabel.ANY_ACTION)),
            sentence("1-1", EnumSet.of(PoliceLabel.ARREST, PoliceLabel.ANY_ACTION)),
            sentence("1-2", EnumSet.noneOf(PoliceLabel.class)),
            sentence("1-3", EnumSet.of(PoliceLabel.FAIL)));
    Map<String, List<CodedEvent>> predicted =
        Map.of(
            // two arrest events in one sentence still count once
            "1-0",
            List.of(new CodedEvent("INDCOP", "IND", "173"), new CodedEvent("INDCOP", "IND", "173")),
            "1-2",
            List.of(new CodedEvent("IND", "IND", "173")));
    GoldSetResult result = IndiaPoliceScorer.score("india-police", sentences, predicted);
    assertEquals(4, result.value("sentences"));
    assertEquals(2, result.value("arrest_gold"));
    assertEquals(1, result.value("arrest_tp"));
    assertEquals(1, result.value("arrest_fp"));
    assertEquals(1, result.value("arrest_fn"));
    assertEquals(0.5, result.value("arrest_precision"));
    assertEquals(0.5, result.value("arrest_recall"));
    assertEquals(1.0, result.value("any_action_precision"));
    assertEquals(0.5, result.value("any_action_recall"));
    assertEquals(0, result.value("kill_gold"));
    assertEquals(0.0, result.value("kill_f1"));
    assertEquals(
        3,
        result.errors().stream()
            .filter(e -> e.field().equals("ARREST") || e.field().equals("ANY_ACTION"))
            .count());
  }

  private static PoliceSentence sentence(String id, Set<PoliceLabel> labels) {
    return new PoliceSentence(new GoldSentence(id, "sentence " + id, null), "1", 0, labels);
  }
}
