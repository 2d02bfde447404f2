package org.parley.nlp;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.corenlp.CoreNlpDependencyParser;
import org.dkpro.core.corenlp.CoreNlpLemmatizer;
import org.dkpro.core.corenlp.CoreNlpNamedEntityRecognizer;
import org.dkpro.core.corenlp.CoreNlpPosTagger;
import org.dkpro.core.corenlp.CoreNlpSegmenter;

/**
 * Runs the DKPro Core pipeline (CoreNLP segmenter, POS tagger, lemmatizer, NER and UD dependency
 * parser) over a text and returns plain parsed sentences; one instance is not thread-safe.
 */
public final class NlpEngine implements AutoCloseable {

  /** Held so that the level set on DKPro's java.util.logging logger is not garbage-collected. */
  private static final java.util.logging.Logger DKPRO_LOG = java.util.logging.Logger.getLogger("org.dkpro");

  static {
    // DKPro must never try to download models: everything comes from the CoreNLP models jar.
    System.setProperty("dkpro.model.repository.offline", "true");
    // DKPro logs every model it loads at INFO.
    DKPRO_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private static final String MODELS = "classpath:/edu/stanford/nlp/models/";
  private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n\\s*\\n");

  private final AnalysisEngine engine;
  private final JCas jcas;
  private final int maxSentenceTokens;

  /** Builds the engines; models load lazily on the first document unless {@link #warmUp()} is called. */
  public NlpEngine(int maxSentenceTokens) {
    this.maxSentenceTokens = maxSentenceTokens;
    try {
      engine = AnalysisEngineFactory.createEngine(description(maxSentenceTokens));
      jcas = JCasFactory.createJCas();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot build the NLP engines: " + e.getMessage(), e);
    }
  }

  /** The uimaFIT aggregate that Parley runs: segmenter, POS, lemma, NER, dependency parser. */
  public static AnalysisEngineDescription description(int maxSentenceTokens) throws Exception {
    return createEngineDescription(
        createEngineDescription(
            CoreNlpSegmenter.class,
            CoreNlpSegmenter.PARAM_LANGUAGE, "en",
            CoreNlpSegmenter.PARAM_NEWLINE_IS_SENTENCE_BREAK, "two"),
        createEngineDescription(
            CoreNlpPosTagger.class,
            CoreNlpPosTagger.PARAM_LANGUAGE, "en",
            CoreNlpPosTagger.PARAM_MODEL_LOCATION,
                MODELS + "pos-tagger/english-left3words-distsim.tagger",
            CoreNlpPosTagger.PARAM_POS_MAPPING_LOCATION,
                "classpath:/org/dkpro/core/api/lexmorph/tagset/en-ptb-pos.map",
            CoreNlpPosTagger.PARAM_MAX_SENTENCE_LENGTH, maxSentenceTokens),
        createEngineDescription(CoreNlpLemmatizer.class),
        createEngineDescription(
            CoreNlpNamedEntityRecognizer.class,
            CoreNlpNamedEntityRecognizer.PARAM_LANGUAGE, "en",
            CoreNlpNamedEntityRecognizer.PARAM_MODEL_LOCATION,
                MODELS + "ner/english.all.3class.distsim.crf.ser.gz",
            CoreNlpNamedEntityRecognizer.PARAM_NAMED_ENTITY_MAPPING_LOCATION,
                "classpath:/org/parley/nlp/ner-default.map",
            CoreNlpNamedEntityRecognizer.PARAM_MAX_SENTENCE_LENGTH, maxSentenceTokens),
        createEngineDescription(
            CoreNlpDependencyParser.class,
            CoreNlpDependencyParser.PARAM_LANGUAGE, "en",
            CoreNlpDependencyParser.PARAM_MODEL_LOCATION, MODELS + "parser/nndep/english_UD.gz",
            CoreNlpDependencyParser.PARAM_DEPENDENCY_MAPPING_LOCATION,
                "classpath:/org/dkpro/core/api/syntax/tagset/en-universal-dependency.map",
            CoreNlpDependencyParser.PARAM_MAX_SENTENCE_LENGTH, maxSentenceTokens));
  }

  /** Loads every model now by annotating a short text, so the first real article is not slow. */
  public void warmUp() {
    annotate("Parley warms up its models. The parser loads on first use.");
  }

  /** Annotates a text and returns its sentences with tokens, lemmas, POS, entities and dependencies. */
  public List<ParsedSentence> annotate(String text) {
    jcas.reset();
    jcas.setDocumentText(maskBrackets(text));
    jcas.setDocumentLanguage("en");
    // The segmenter works zone by zone: paragraphs as zones keep sentences from crossing them.
    java.util.regex.Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (true) {
      boolean found = breaks.find();
      int end = found ? breaks.start() : text.length();
      if (end > start) {
        new Paragraph(jcas, start, end).addToIndexes();
      }
      if (!found) {
        break;
      }
      start = breaks.end();
    }
    try {
      engine.process(jcas);
    } catch (Exception e) {
      throw new IllegalStateException("NLP annotation failed: " + e.getMessage(), e);
    }
    return toSentences(jcas, text);
  }

  /**
   * The text with round brackets read as commas, at the same offsets: the tagger takes a lone "(" for
   * a verb and the parse of the whole sentence goes wrong ("the Farmers' Federation (FF) announced"),
   * while a parenthesis parses well as an apposition between commas.
   */
  static String maskBrackets(String text) {
    return text.replace('(', ',').replace(')', ',');
  }

  private List<ParsedSentence> toSentences(JCas cas, String original) {
    List<ParsedSentence> result = new ArrayList<>();
    Map<Sentence, List<de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token>> index =
        JCasUtil.indexCovered(
            cas, Sentence.class, de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token.class);
    Map<de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token, List<NamedEntity>> entities =
        JCasUtil.indexCovering(
            cas, de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token.class, NamedEntity.class);
    Map<de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token, Dependency> governors =
        new IdentityHashMap<>();
    for (Dependency dep : JCasUtil.select(cas, Dependency.class)) {
      governors.put(dep.getDependent(), dep);
    }
    int sentenceIndex = 0;
    for (Sentence sentence : JCasUtil.select(cas, Sentence.class)) {
      List<de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token> dkTokens = index.get(sentence);
      Map<de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token, Integer> positions =
          new HashMap<>();
      for (int i = 0; i < dkTokens.size(); i++) {
        positions.put(dkTokens.get(i), i);
      }
      List<Token> tokens = new ArrayList<>(dkTokens.size());
      for (int i = 0; i < dkTokens.size(); i++) {
        var t = dkTokens.get(i);
        POS pos = t.getPos();
        Lemma lemma = t.getLemma();
        List<NamedEntity> covering = entities.get(t);
        String ner = covering == null || covering.isEmpty() ? "O" : covering.get(0).getValue();
        Dependency dep = governors.get(t);
        int head = -1;
        String rel = "root";
        if (dep != null) {
          rel = dep.getDependencyType();
          Integer governor = positions.get(dep.getGovernor());
          head = dep.getGovernor() == t || governor == null ? -1 : governor;
          if (head < 0) {
            rel = "root";
          }
        }
        String text = original.substring(t.getBegin(), t.getEnd());
        boolean masked = !text.equals(t.getCoveredText());
        tokens.add(
            new Token(
                i,
                text,
                lemma == null || masked ? text.toLowerCase(Locale.ROOT) : lemma.getValue().toLowerCase(Locale.ROOT),
                pos == null ? "" : pos.getPosValue(),
                ner == null ? "O" : ner,
                head,
                rel.toLowerCase(Locale.ROOT),
                t.getBegin(),
                t.getEnd()));
      }
      result.add(
          new ParsedSentence(
              sentenceIndex++,
              sentence.getBegin(),
              sentence.getEnd(),
              original.substring(sentence.getBegin(), sentence.getEnd()),
              tokens));
    }
    return result;
  }

  /** Largest sentence the parser and tagger accept, in tokens; longer ones are skipped by them. */
  public int maxSentenceTokens() {
    return maxSentenceTokens;
  }

  @Override
  public void close() {
    engine.destroy();
  }
}
