package org.parley.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the element holding the most paragraph text, a simple fallback for article extraction. */
final class ParagraphDensity {

  private static final int MIN_PARAGRAPH_CHARS = 40;

  /** Class or id words of page regions that hold other people's text: comments, sidebars, footers. */
  private static final Pattern OUTSIDE_ARTICLE =
      Pattern.compile(
          "(?i)comment|disqus|respond|replies|sidebar|footer|related|recommend|outbrain|taboola");

  private ParagraphDensity() {}

  private static boolean outsideArticle(Element p) {
    for (Element e = p; e != null; e = e.parent()) {
      if (OUTSIDE_ARTICLE.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the container whose paragraphs (and its children's) add up to the most prose, or null. */
  static @Nullable Element bestContainer(Document doc) {
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element p : doc.body() == null ? doc.select("p") : doc.body().select("p, pre, blockquote")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH_CHARS || outsideArticle(p)) {
        continue;
      }
      int linkChars = 0;
      for (Element a : p.select("a")) {
        linkChars += a.text().length();
      }
      double score = text.length() * (1.0 - (double) linkChars / text.length());
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, score, Double::sum);
      Element grandParent = parent.parent();
      if (grandParent != null) {
        scores.merge(grandParent, score / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }
}
