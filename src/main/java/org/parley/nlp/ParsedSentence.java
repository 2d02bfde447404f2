package org.parley.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an article with its tokens and dependency tree.
 *
 * @param index position of the sentence in the article, from 0
 * @param begin character offset in the cleaned article text
 * @param end character offset after the sentence
 * @param text the sentence as it appears in the text
 * @param tokens tokens in order, each knowing its head
 */
public record ParsedSentence(int index, int begin, int end, String text, List<Token> tokens)
    implements Serializable {

  public ParsedSentence {
    tokens = List.copyOf(tokens);
  }

  /** The dependents of a token, in sentence order. */
  public List<Token> children(int head) {
    List<Token> result = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head) {
        result.add(t);
      }
    }
    return result;
  }

  /** The dependents of a token whose relation starts with the given prefix ("obl" matches "obl:tmod"). */
  public List<Token> children(int head, String relationPrefix) {
    List<Token> result = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head && relationMatches(t.deprel(), relationPrefix)) {
        result.add(t);
      }
    }
    return result;
  }

  /** The token's head, or null for the root. */
  public Token head(Token token) {
    return token.head() < 0 ? null : tokens.get(token.head());
  }

  /** True when {@code ancestor} dominates {@code token} in the tree (a token dominates itself). */
  public boolean dominates(int ancestor, int token) {
    int current = token;
    int guard = 0;
    while (current >= 0 && guard++ <= tokens.size()) {
      if (current == ancestor) {
        return true;
      }
      current = tokens.get(current).head();
    }
    return false;
  }

  static boolean relationMatches(String deprel, String prefix) {
    return deprel.equals(prefix) || deprel.startsWith(prefix + ":");
  }
}
