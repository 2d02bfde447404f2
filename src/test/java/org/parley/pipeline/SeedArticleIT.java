package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.SharedData;

/** The article Parley was specified with yields the events the specification names. */
class SeedArticleIT {

  @TempDir static Path out;
  private static List<Map<String, String>> events;

  @BeforeAll
  static void runSeed() throws Exception {
    Path seed = SharedData.seed("000_c5adca8c7930ebcf.txt");
    PipelineRuns.run("--input=" + seed, "--date=2021-12-31", "--output=" + out, "--progressSeconds=0");
    events = PipelineRuns.rows(out, "events");
  }

  private static void assertEvent(String what, Predicate<Map<String, String>> matcher) {
    assertTrue(events.stream().anyMatch(matcher),
        what + " not found among:\n" + events.stream()
            .map(e -> e.get("sentence_index") + " " + e.get("source_code") + " " + e.get("cameo_code") + " "
                + e.get("target_code") + " " + e.get("event_date") + " | " + e.get("action_text"))
            .collect(Collectors.joining("\n")));
  }

  private static boolean country(Map<String, String> e, String side, String country) {
    return country.equals(e.get(side + "_country"));
  }

  @Test
  void sundayCallIsUsaConsultingUkraineOnSecondJanuary() {
    assertEvent("USA -> UKR consult (04) dated 2022-01-02", e -> country(e, "source", "USA")
        && country(e, "target", "UKR") && e.get("cameo_root").equals("04")
        && e.get("event_date").equals("2022-01-02"));
  }

  @Test
  void sanctionsWarningIsUsaThreateningRussia() {
    assertEvent("USA -> RUS threaten (13)", e -> country(e, "source", "USA") && country(e, "target", "RUS")
        && e.get("cameo_root").equals("13"));
  }

  @Test
  void secretaryOfStatesCallWithStoltenbergIsUsgovConsultingNato() {
    assertEvent("USAGOV -> IGO (NATO) consult (04)", e -> e.get("source_code").equals("USAGOV")
        && e.get("target_code").startsWith("IGO") && e.get("cameo_root").equals("04"));
  }

  @Test
  void alliesAccuseRussia() {
    assertEvent("USA -> RUS accuse (11)", e -> country(e, "source", "USA") && country(e, "target", "RUS")
        && e.get("cameo_root").equals("11"));
  }

  @Test
  void commentFormBoilerplateGivesNoEvent() {
    assertFalse(events.stream().anyMatch(e -> e.get("sentence_text").contains("Leave a Reply")
        || e.get("sentence_text").contains("email address")));
  }
}
