package org.parley.evaluate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The gold sets the evaluation knows: where each lives, how it is read, coded and scored. */
public enum GoldSet {
  /** PLOVER gold-standard records with CAMEO codes. */
  PLOVER("plover", "plover-gsr-dev") {
    @Override
    GoldSetResult evaluateFolder(Path folder, SentenceCoder coder) {
      List<PloverRecord> records = PloverGsrReader.read(folder);
      List<GoldSentence> sentences =
          PloverScorer.scored(records).stream().map(PloverRecord::sentence).toList();
      return PloverScorer.score(cliName(), records, Evaluation.code(coder, sentences));
    }
  },
  /** UniversalPetrarch English validation records (real wire sentences). */
  UP_GSR("up-gsr", "up-english-gsr") {
    @Override
    GoldSetResult evaluateFolder(Path folder, SentenceCoder coder) {
      return evaluatePetrarch(cliName(), folder.resolve("PETR2_GSR_validation.xml"), coder);
    }
  },
  /** IndiaPoliceEvents sentences with police-action labels. */
  INDIA_POLICE("india-police", "india-police-dev") {
    @Override
    GoldSetResult evaluateFolder(Path folder, SentenceCoder coder) {
      List<PoliceSentence> sentences = IndiaPoliceReader.read(folder);
      List<GoldSentence> toCode = sentences.stream().map(PoliceSentence::sentence).toList();
      return IndiaPoliceScorer.score(cliName(), sentences, Evaluation.code(coder, toCode));
    }
  },
  /** CAMEO codebook example sentences. */
  CAMEO_MANUAL("cameo-manual", "cameo-manual-dev") {
    @Override
    GoldSetResult evaluateFolder(Path folder, SentenceCoder coder) {
      List<CodebookExample> examples = CameoManualReader.read(folder);
      List<GoldSentence> toCode = examples.stream().map(CodebookExample::sentence).toList();
      return CameoManualScorer.score(cliName(), examples, Evaluation.code(coder, toCode));
    }
  },
  /** PETRARCH-2 unit-test records (fictional actors; needs the bundled PETRARCH dictionaries). */
  PETRARCH_UNITTEST("petrarch-unittest", "petrarch2-unittest") {
    @Override
    GoldSetResult evaluateFolder(Path folder, SentenceCoder coder) {
      return evaluatePetrarch(cliName(), folder.resolve("PETR.UnitTest.records.xml"), coder);
    }
  };

  private final String cliName;
  private final String folder;

  GoldSet(String cliName, String folder) {
    this.cliName = cliName;
    this.folder = folder;
  }

  /** The name used on the command line and in the report. */
  public String cliName() {
    return cliName;
  }

  /** True for the gold sets scored event by event (triple matching), where calibration applies. */
  public boolean scoresEvents() {
    return this == PLOVER || this == UP_GSR || this == PETRARCH_UNITTEST;
  }

  /** The folder of this gold set under the gold data folder. */
  public String folder() {
    return folder;
  }

  /**
   * Reads the gold set under {@code goldDir}, codes its sentences with {@code coder} and scores
   * them.
   */
  public GoldSetResult evaluate(Path goldDir, SentenceCoder coder) {
    return evaluateFolder(goldDir.resolve(folder), coder);
  }

  abstract GoldSetResult evaluateFolder(Path folder, SentenceCoder coder);

  /** The sets that {@code all} stands for: every set except the fictional PETRARCH unit tests. */
  public static List<GoldSet> all() {
    return List.of(PLOVER, UP_GSR, INDIA_POLICE, CAMEO_MANUAL);
  }

  /** The gold set with this command-line name. */
  public static GoldSet fromCliName(String name) {
    return Arrays.stream(values())
        .filter(set -> set.cliName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown gold set \""
                        + name
                        + "\"; choose one of all, "
                        + Arrays.stream(values())
                            .map(GoldSet::cliName)
                            .collect(Collectors.joining(", "))));
  }

  private static GoldSetResult evaluatePetrarch(String name, Path file, SentenceCoder coder) {
    List<PetrarchRecord> records = PetrarchXmlReader.read(file);
    List<GoldSentence> sentences =
        PetrarchScorer.scored(records).stream().map(PetrarchRecord::sentence).toList();
    Map<String, List<CodedEvent>> predicted = Evaluation.code(coder, sentences);
    return PetrarchScorer.score(name, records, predicted);
  }
}
