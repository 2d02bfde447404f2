package org.parley.nlp;

import java.io.Serializable;
import java.util.List;
import org.parley.model.Article;

/**
 * A cleaned article with its parsed sentences, passed from annotation to coding.
 *
 * @param article the article (cleaned text, metadata)
 * @param sentences its sentences, title first
 */
public record AnnotatedArticle(Article article, List<ParsedSentence> sentences) implements Serializable {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
  }
}
