package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken inputs never stop a run and never disappear: each is an article or a failure row. */
class BadInputIT {

  @TempDir static Path in;
  @TempDir static Path out;
  private static List<Map<String, String>> articles;
  private static List<Map<String, String>> failures;
  private static ParleyRun.Summary summary;

  @BeforeAll
  static void runOverBrokenFiles() throws Exception {
    Files.writeString(in.resolve("good.txt"),
        "Ministers meet\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Paris.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[2048];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7 % 256);
    }
    Files.write(in.resolve("binary.txt"), binary);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write("{\"id\":\"t1\",\"title\":\"Talks\",\"text\":\"Russia accused Ukraine of shelling.\"}\n"
          .repeat(200).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("truncated.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(in.resolve("mixed.jsonl"),
        "{\"id\":\"ok-1\",\"date\":\"2022-03-01\",\"title\":\"Visit\",\"text\":\"Japan's prime minister visited India.\"}\n"
            + "{\"id\":\"broken\", \"title\": \"no closing brace\"\n"
            + "{\"id\":\"no-text\",\"title\":\"Headline only\"}\n");
    Files.writeString(in.resolve("broken.csv"),
        "id,url,date,title,text\nc1,,2022-03-02,Fine,\"Egypt hosted talks.\"\nc2,,2022-03-02,Broken,\"never closed\n");
    Files.write(in.resolve("latin1.txt"),
        "Caf\u00e9 diplomacy\n\nThe Fran\u00e7ais minister met Spain's foreign minister.\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("not-json.json"), "this is not json at all");
    summary = PipelineRuns.run("--input=" + in.resolve("*"), "--input=" + in.resolve("missing-*.txt"),
        "--output=" + out, "--date=2022-03-03", "--progressSeconds=0");
    articles = PipelineRuns.rows(out, "articles");
    failures = PipelineRuns.rows(out, "failures");
  }

  @Test
  void everyInputFileIsAnArticleOrAFailure() throws Exception {
    Set<String> accounted = new HashSet<>();
    articles.forEach(a -> accounted.add(Path.of(a.get("input_file")).getFileName().toString()));
    failures.forEach(f -> accounted.add(Path.of(f.get("input_file")).getFileName().toString()));
    try (var files = Files.list(in)) {
      for (Path f : files.toList()) {
        assertTrue(accounted.contains(f.getFileName().toString()), f + " is in neither table");
      }
    }
  }

  @Test
  void brokenRecordsFailAloneAndTheirNeighboursAreRead() {
    assertTrue(articles.stream().anyMatch(a -> a.get("article_id").equals("ok-1")));
    assertTrue(failures.stream().anyMatch(f -> f.get("input_file").endsWith("mixed.jsonl")
        && f.get("record_ref").equals("line 2")));
    assertTrue(articles.stream().anyMatch(a -> a.get("article_id").equals("c1")));
  }

  @Test
  void failuresSayWhy() {
    for (String name : List.of("empty.txt", "binary.txt", "truncated.jsonl.gz", "not-json.json")) {
      assertTrue(failures.stream().anyMatch(f -> f.get("input_file").endsWith(name) && !f.get("reason").isBlank()),
          name + " has no failure row with a reason: " + failures);
    }
  }

  @Test
  void aPatternMatchingNothingIsAFailure() {
    assertTrue(failures.stream().anyMatch(f -> f.get("input_file").contains("missing-")));
  }

  @Test
  void nonUtf8TextIsDecodedNotLost() {
    assertTrue(articles.stream().anyMatch(a -> a.get("input_file").endsWith("latin1.txt")
        && a.get("title").equals("Caf\u00e9 diplomacy")));
  }

  @Test
  void theRunSucceedsAndCountsMatchTheTables() {
    assertEquals(articles.size(), summary.count("articles"));
    assertEquals(failures.size(), summary.count("failures"));
  }
}
