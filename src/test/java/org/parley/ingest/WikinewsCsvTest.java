package org.parley.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.testing.SharedData;

/** Reads the real Wikinews CSV (quoted multi-line bodies) from the shared data folder. */
class WikinewsCsvTest {

  @Test
  void readsEveryRowWithItsDate() throws IOException {
    Path csv = SharedData.data("corpus/wikinews-2019/wikinews_2019.csv");
    ParseResult r = new ArticleParser(ParseOptions.defaults()).parse(csv.toString(), Files.readAllBytes(csv));
    assertTrue(r.failures().isEmpty(), r.failures().toString());
    assertEquals(171, r.articles().size());
    Set<String> ids = new HashSet<>();
    for (Article a : r.articles()) {
      ids.add(a.getArticleId());
      assertEquals(Article.DateBasis.RECORD, a.getPublicationDateBasis(), a.getRecordRef());
      assertThat(a.getPublicationDate(), org.hamcrest.Matchers.startsWith("2019-"));
      assertThat(a.getUrl(), containsString("wikinews.org"));
      assertTrue(!a.getTitle().isEmpty(), a.getRecordRef());
    }
    assertEquals(171, ids.size(), "derived ids must be distinct across distinct articles");
    assertThat(r.articles().get(0).getText(), containsString("\n\n"));
    assertEquals("row 171", r.articles().get(170).getRecordRef());
  }
}
