package org.parley.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  private static final GoldSentence A = new GoldSentence("a", "A met B.", null);
  private static final GoldSentence B = new GoldSentence("b", "B met A.", null);

  private static Evaluation small() {
    GoldSetResult first =
        new GoldSetResult(
            "plover",
            List.of(
                Metric.count("sentences", 3),
                Metric.rate("root_accuracy", 2.0 / 3),
                Metric.rate("triple_f1", 1.0)),
            Map.of("04", Map.of("04", 2, "none", 1)),
            List.of(
                new ErrorCase("c", ErrorCase.Kind.MISS, "triple", "AAA BBB 040", "", "C met D.")));
    GoldSetResult second =
        new GoldSetResult(
            "cameo-manual",
            List.of(Metric.count("sentences", 1), Metric.rate("code_accuracy", 0.00005)),
            Map.of(),
            List.of());
    return Evaluation.of(List.of(first, second));
  }

  @Test
  void printsAFixedWidthTable() {
    String expected =
        String.join(
            "\n",
            "gold set           metric                          value",
            "------------------ -------------------------- ----------",
            "plover             sentences                           3",
            "plover             root_accuracy                  0.6667",
            "plover             triple_f1                      1.0000",
            "cameo-manual       sentences                           1",
            "cameo-manual       code_accuracy                  0.0001",
            "");
    assertEquals(expected, small().table());
  }

  @Test
  void writesJsonInReportOrderWithFourDecimals() {
    String expected =
        String.join(
            "\n",
            "{",
            "  \"plover\" : {",
            "    \"sentences\" : 3,",
            "    \"root_accuracy\" : 0.6667,",
            "    \"triple_f1\" : 1.0000",
            "  },",
            "  \"cameo-manual\" : {",
            "    \"sentences\" : 1,",
            "    \"code_accuracy\" : 0.0001",
            "  }",
            "}",
            "");
    assertEquals(expected, small().toJson());
  }

  @Test
  void writesRootConfusionAndErrorCasesToTheErrorsFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out/errors.json");
    small().writeErrors(file);
    String errors = Files.readString(file);
    assertThat(errors, containsString("\"04\" : {\n        \"04\" : 2,\n        \"none\" : 1"));
    assertThat(errors, containsString("\"kind\" : \"miss\""));
    assertThat(errors, containsString("\"text\" : \"C met D.\""));
  }

  @Test
  void writesTheJsonFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("metrics.json");
    small().writeJson(file);
    assertEquals(small().toJson(), Files.readString(file));
  }

  @Test
  void givesSentencesTheCoderLeftOutAnEmptyList() {
    Map<String, List<CodedEvent>> events =
        Evaluation.code(
            sentences -> Map.of("b", List.of(new CodedEvent("B", "A", "040"))), List.of(A, B));
    assertEquals(Map.of("a", List.of(), "b", List.of(new CodedEvent("B", "A", "040"))), events);
  }

  @Test
  void rejectsEventsForASentenceThatWasNotAsked() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Evaluation.code(sentences -> Map.of("z", List.of()), List.of(A)));
    assertThat(e.getMessage(), containsString("unknown sentence id z"));
  }

  @Test
  void rejectsANullAnswer() {
    assertThrows(IllegalStateException.class, () -> Evaluation.code(sentences -> null, List.of(A)));
  }

  @Test
  void rejectsDuplicateSentenceIds() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Evaluation.code(sentences -> Map.of(), List.of(A, new GoldSentence("a", "x", null))));
  }
}
