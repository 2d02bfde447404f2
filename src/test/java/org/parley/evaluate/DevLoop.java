package org.parley.evaluate;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.clean.ArticleCleaner;
import org.parley.coding.CodedEvent;
import org.parley.coding.DictionaryFiles;
import org.parley.coding.EventCoder;
import org.parley.model.Article;
import org.parley.nlp.NlpEngine;
import org.parley.nlp.NlpText;
import org.parley.nlp.ParsedSentence;

/**
 * Developer loop for coder work: cleans and parses every gold sentence once (cached on disk), then
 * codes and scores them in seconds, so dictionary and rule changes can be measured quickly. The
 * published numbers come from {@code scripts/parley evaluate}, which runs the real pipeline.
 * Usage: java ... DevLoop [CACHE_FILE] [GOLD_SET ...].
 */
public final class DevLoop {

  private DevLoop() {}

  /** Confidence of every predicted event, keyed by sentence id and event, for calibration. */
  static final Map<String, Double> CONFIDENCE = new HashMap<>();

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--debug")) {
      debug(args);
      return;
    }
    Path cache = Path.of(args.length > 0 ? args[0] : "/tmp/parley-parse-cache.bin");
    List<GoldSet> sets = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sets.add(GoldSet.fromCliName(args[i]));
    }
    if (sets.isEmpty()) {
      sets.addAll(GoldSet.all());
    }
    Map<String, List<ParsedSentence>> parses = load(cache);
    int before = parses.size();
    EventCoder coder = EventCoder.of(DictionaryFiles.read(Path.of("configs/dictionaries")));
    ArticleCleaner cleaner = ArticleCleaner.withDefaultPatterns();
    NlpEngine[] engine = new NlpEngine[1];
    SentenceCoder sentenceCoder = sentences -> {
      Map<String, List<org.parley.evaluate.CodedEvent>> out = new LinkedHashMap<>();
      for (GoldSentence s : sentences) {
        Article a = cleaner.clean(Article.builder().setArticleId(s.id()).setInputFile("gold").setFormat("jsonl")
            .setText(s.text()).build());
        String text = NlpText.of(a);
        List<ParsedSentence> parsed = parses.get(text);
        if (parsed == null) {
          if (engine[0] == null) {
            engine[0] = new NlpEngine(120);
          }
          parsed = engine[0].annotate(text);
          parses.put(text, parsed);
        }
        List<org.parley.evaluate.CodedEvent> events = new ArrayList<>();
        LocalDate date = s.date();
        for (CodedEvent e : coder.code(parsed, date)) {
          if (!e.negated()) {
            org.parley.evaluate.CodedEvent ce = new org.parley.evaluate.CodedEvent(e.source().code(),
                e.target() == null ? "" : e.target().code(), e.code().code());
            events.add(ce);
            CONFIDENCE.put(s.id() + "|" + ce.brief(), e.confidence());
          }
        }
        out.put(s.id(), events);
      }
      return out;
    };
    Evaluation evaluation = Evaluation.run(sets, Path.of("../shared/data/gold"), sentenceCoder);
    System.out.println(evaluation.table());
    evaluation.writeErrors(Path.of("/tmp/dev-errors.json"));
    calibration(Path.of("/tmp/dev-errors.json"));
    if (parses.size() != before) {
      try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(cache))) {
        out.writeObject(new HashMap<>(parses));
      }
    }
  }

  /** Precision of predicted events by confidence band, over the gold sets with event matching. */
  private static void calibration(Path errors) throws IOException {
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(errors.toFile());
    java.util.Set<String> falsePositives = new java.util.HashSet<>();
    for (String set : List.of("plover", "up-gsr")) {
      for (com.fasterxml.jackson.databind.JsonNode e : json.path(set).path("errors")) {
        if (e.path("kind").asText().equals("false_positive") && e.path("field").asText().equals("triple")) {
          falsePositives.add(e.path("sentence_id").asText() + "|" + e.path("predicted").asText());
        }
      }
    }
    double[] edges = {0, 0.5, 0.7, 0.85, 1.01};
    for (int b = 0; b < edges.length - 1; b++) {
      int n = 0;
      int good = 0;
      for (Map.Entry<String, Double> c : CONFIDENCE.entrySet()) {
        String id = c.getKey().substring(0, c.getKey().indexOf('|'));
        if (!(id.startsWith("PLOVER") || !id.contains("-")) || c.getValue() < edges[b] || c.getValue() >= edges[b + 1]) {
          continue;
        }
        n++;
        if (!falsePositives.contains(c.getKey())) {
          good++;
        }
      }
      System.out.printf(java.util.Locale.ROOT, "confidence [%.2f, %.2f): %d events, precision %.2f%n",
          edges[b], Math.min(1, edges[b + 1]), n, n == 0 ? 0.0 : (double) good / n);
    }
  }

  /** Prints the parse and the coded events of each sentence given on the command line. */
  private static void debug(String[] args) {
    EventCoder coder = EventCoder.of(DictionaryFiles.read(Path.of("configs/dictionaries")));
    ArticleCleaner cleaner = ArticleCleaner.withDefaultPatterns();
    NlpEngine engine = new NlpEngine(120);
    for (int i = 1; i < args.length; i++) {
      Article a = cleaner.clean(Article.builder().setArticleId("debug").setInputFile("debug").setFormat("txt")
          .setText(args[i]).build());
      List<ParsedSentence> parsed = engine.annotate(NlpText.of(a));
      for (ParsedSentence ps : parsed) {
        for (org.parley.nlp.Token t : ps.tokens()) {
          System.out.printf("  %2d %-14s %-12s %-5s %-4s %2d %s%n", t.index(), t.text(), t.lemma(), t.pos(),
              t.ner().equals("O") ? "" : t.ner().substring(0, 3), t.head(), t.deprel());
        }
      }
      for (CodedEvent e : coder.code(parsed, LocalDate.parse(System.getProperty("date", "2002-03-01")))) {
        System.out.println("  => " + e.source().code() + " " + e.code().code() + " "
            + (e.target() == null ? "-" : e.target().code()) + "  [" + e.rule() + ", " + e.pattern().id() + ", neg="
            + e.negated() + "] " + e.source().text() + " | " + e.actionText() + " | "
            + (e.target() == null ? "" : e.target().text()));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<ParsedSentence>> load(Path cache) throws IOException, ClassNotFoundException {
    if (!Files.exists(cache)) {
      return new HashMap<>();
    }
    try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(cache))) {
      return (Map<String, List<ParsedSentence>>) in.readObject();
    }
  }
}
