package org.parley.nlp;

import java.io.Serializable;

/**
 * One token of a parsed sentence: its text, lemma, Penn Treebank POS tag, named-entity label and its
 * Universal Dependencies head and relation.
 *
 * @param index position in the sentence, from 0
 * @param text surface form as in the document
 * @param lemma dictionary form, lower case
 * @param pos Penn Treebank tag (NNP, VBD, ...)
 * @param ner entity label (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 * @param head index of the syntactic head, -1 for the root
 * @param deprel dependency relation to the head (nsubj, obj, obl, ...), "root" for the root
 * @param begin character offset of the token in the document
 * @param end character offset after the token in the document
 */
public record Token(
    int index,
    String text,
    String lemma,
    String pos,
    String ner,
    int head,
    String deprel,
    int begin,
    int end)
    implements Serializable {

  /** True for verbs (VB, VBD, VBG, VBN, VBP, VBZ). */
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** True for common and proper nouns. */
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  /** True for proper nouns. */
  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
