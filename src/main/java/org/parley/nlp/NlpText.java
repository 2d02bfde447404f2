package org.parley.nlp;

import org.parley.model.Article;

/** The text the NLP components see for an article: the title as its own paragraph, then the body. */
public final class NlpText {

  private NlpText() {}

  /** Title, a paragraph break, then the cleaned body; single line breaks inside paragraphs become spaces. */
  public static String of(Article article) {
    String title = article.getTitle() == null ? "" : article.getTitle().strip();
    String body = article.getText() == null ? "" : article.getText().strip();
    StringBuilder sb = new StringBuilder();
    if (!title.isEmpty()) {
      sb.append(flatten(title)).append("\n\n");
    }
    String[] paragraphs = body.split("\\n\\s*\\n");
    for (String p : paragraphs) {
      String flat = flatten(p);
      if (!flat.isEmpty()) {
        sb.append(flat).append("\n\n");
      }
    }
    return sb.toString().strip();
  }

  private static String flatten(String paragraph) {
    return paragraph.replaceAll("\\s*\\n\\s*", " ").strip();
  }
}
