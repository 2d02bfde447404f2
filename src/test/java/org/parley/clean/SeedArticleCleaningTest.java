package org.parley.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleParser;
import org.parley.ingest.ParseOptions;
import org.parley.ingest.ParseResult;
import org.parley.model.Article;
import org.parley.testing.SharedData;

/** Cleans the project's sample article, whose body ends in web boilerplate lines. */
class SeedArticleCleaningTest {

  private static final List<String> BOILERPLATE =
      List.of("Source link", "Leave a Reply", "Your email address will not be published.");

  @Test
  void boilerplateLinesGoAndRealParagraphsStay() throws IOException {
    Path seed = SharedData.seed("000_c5adca8c7930ebcf.txt");
    ParseResult parsed =
        new ArticleParser(ParseOptions.defaults()).parse(seed.toString(), Files.readAllBytes(seed));
    assertEquals(1, parsed.articles().size(), parsed.toString());
    Article raw = parsed.articles().get(0);

    List<String> rawParagraphs = new ArrayList<>();
    for (String p : raw.getText().split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        rawParagraphs.add(ArticleCleaner.normalize(p));
      }
    }
    for (String b : BOILERPLATE) {
      assertThat("the seed should end in boilerplate", rawParagraphs, org.hamcrest.Matchers.hasItem(b));
    }
    List<String> real = new ArrayList<>(rawParagraphs);
    real.removeAll(BOILERPLATE);
    assertThat(real.size(), greaterThan(10));

    Article clean = ArticleCleaner.withDefaultPatterns().clean(raw);
    List<String> cleanParagraphs = Arrays.asList(clean.getText().split("\\n\\n"));
    assertEquals(real, cleanParagraphs);
    for (String b : BOILERPLATE) {
      assertFalse(clean.getText().contains(b), b);
    }
    assertThat(clean.getText(), startsWith(real.get(0)));
    assertThat(clean.getText(), endsWith(real.get(real.size() - 1)));
    assertNull(clean.getDateline());
    assertFalse(clean.getText().contains("\u2019"), "curly apostrophes are straightened");
    assertThat(clean.getText(), containsString(" - "));
  }
}
