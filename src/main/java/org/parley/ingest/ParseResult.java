package org.parley.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.Failure;

/** Articles and failures produced from one input file, in file order. */
public final class ParseResult {

  private final List<Article> articles = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();

  /** Returns the articles read from the file. */
  public List<Article> articles() {
    return Collections.unmodifiableList(articles);
  }

  /** Returns the records or whole-file problems that could not become articles. */
  public List<Failure> failures() {
    return Collections.unmodifiableList(failures);
  }

  void add(Article article) {
    articles.add(article);
  }

  void add(Failure failure) {
    failures.add(failure);
  }

  @Override
  public String toString() {
    return "ParseResult{articles=" + articles + ", failures=" + failures + "}";
  }
}
