package org.parley.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/** Builds hand-written dependency parses for coder tests, without loading NLP models. */
final class Parses {

  private Parses() {}

  /**
   * Parses "Text/POS/head/rel" tokens (or "Text/lemma/POS/head/rel"), heads 1-based with 0 for the root,
   * separated by spaces; the sentence text is the tokens joined by spaces.
   */
  static ParsedSentence sentence(int index, String spec) {
    String[] parts = spec.trim().split("\\s+");
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String[] f = parts[i].split("/");
      String word = f[0].replace('_', ' ');
      String lemma = f.length == 5 ? f[1] : defaultLemma(word);
      String pos = f[f.length - 3];
      int head = Integer.parseInt(f[f.length - 2]) - 1;
      String rel = f[f.length - 1];
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(i, word, lemma, pos, "O", head, rel, begin, text.length()));
    }
    return new ParsedSentence(index, 0, text.length(), text.toString(), tokens);
  }

  private static String defaultLemma(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ed") && w.length() > 4) {
      return w.substring(0, w.length() - 2).replaceAll("([^aeiou])\\1$", "$1");
    }
    return w;
  }
}
