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
            events.add(new org.parley.evaluate.CodedEvent(e.source().code(),
                e.target() == null ? "" : e.target().code(), e.code().code()));
          }
        }
        out.put(s.id(), events);
      }
      return out;
    };
    Evaluation evaluation = Evaluation.run(sets, Path.of("../shared/data/gold"), sentenceCoder);
    System.out.println(evaluation.table());
    evaluation.writeErrors(Path.of("/tmp/dev-errors.json"));
    if (parses.size() != before) {
      try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(cache))) {
        out.writeObject(new HashMap<>(parses));
      }
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
      for (CodedEvent e : coder.code(parsed, LocalDate.of(2002, 3, 1))) {
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
