package org.parley.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test coders over the real gold sets: an oracle that answers with the gold events and an empty
 * coder that answers nothing; both remember how many sentences they were asked to code.
 */
final class GoldOracle implements SentenceCoder {

  private final Map<String, List<CodedEvent>> answers;
  private final List<Integer> batchSizes = new ArrayList<>();

  private GoldOracle(Map<String, List<CodedEvent>> answers) {
    this.answers = answers;
  }

  /** An oracle that knows the gold events of every set under {@code goldDir}. */
  static GoldOracle perfect(Path goldDir) {
    Map<String, List<CodedEvent>> answers = new HashMap<>();
    for (GoldSet set : GoldSet.values()) {
      answers.putAll(goldEvents(set, goldDir.resolve(set.folder())));
    }
    return new GoldOracle(answers);
  }

  /** A coder that finds no event at all. */
  static GoldOracle empty() {
    return new GoldOracle(Map.of());
  }

  @Override
  public Map<String, List<CodedEvent>> code(List<GoldSentence> sentences) {
    batchSizes.add(sentences.size());
    Map<String, List<CodedEvent>> events = new LinkedHashMap<>();
    for (GoldSentence sentence : sentences) {
      List<CodedEvent> answer = answers.get(sentence.id());
      if (answer != null) {
        events.put(sentence.id(), answer);
      }
    }
    return events;
  }

  /** How many sentences each call to {@link #code(List)} asked for, in call order. */
  List<Integer> batchSizes() {
    return batchSizes;
  }

  private static Map<String, List<CodedEvent>> goldEvents(GoldSet set, Path folder) {
    Map<String, List<CodedEvent>> gold = new HashMap<>();
    switch (set) {
      case PLOVER ->
          PloverGsrReader.read(folder).forEach(r -> gold.put(r.sentence().id(), r.goldEvents()));
      case UP_GSR ->
          PetrarchXmlReader.read(folder.resolve("PETR2_GSR_validation.xml"))
              .forEach(r -> gold.put(r.sentence().id(), r.events()));
      case PETRARCH_UNITTEST ->
          PetrarchXmlReader.read(folder.resolve("PETR.UnitTest.records.xml"))
              .forEach(r -> gold.put(r.sentence().id(), r.events()));
      case INDIA_POLICE ->
          IndiaPoliceReader.read(folder).forEach(s -> gold.put(s.sentence().id(), policeEvents(s)));
      case CAMEO_MANUAL ->
          CameoManualReader.read(folder)
              .forEach(
                  e -> gold.put(e.sentence().id(), List.of(new CodedEvent("", "", e.cameoCode()))));
    }
    return gold;
  }

  // Events that express exactly the sentence's labels under IndiaPoliceScorer.labelsOf.
  private static List<CodedEvent> policeEvents(PoliceSentence sentence) {
    String source = sentence.labels().contains(PoliceLabel.ANY_ACTION) ? "INDCOP" : "IND";
    List<CodedEvent> events = new ArrayList<>();
    if (sentence.labels().contains(PoliceLabel.ARREST)) {
      events.add(new CodedEvent(source, "IND", "173"));
    }
    if (sentence.labels().contains(PoliceLabel.FORCE)) {
      events.add(new CodedEvent(source, "IND", "175"));
    }
    if (sentence.labels().contains(PoliceLabel.KILL)) {
      events.add(new CodedEvent(source, "IND", "202"));
    }
    if (events.isEmpty() && sentence.labels().contains(PoliceLabel.ANY_ACTION)) {
      events.add(new CodedEvent(source, "IND", "010"));
    }
    return events;
  }
}
