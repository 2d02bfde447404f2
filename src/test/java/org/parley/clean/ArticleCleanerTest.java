package org.parley.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Article;

class ArticleCleanerTest {

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaultPatterns();

  @Test
  void curlyQuotesBecomeStraight() {
    assertEquals("\"Don't,\" she said, 'now'.", ArticleCleaner.normalize("\u201cDon\u2019t,\u201d she said, \u2018now\u2019."));
  }

  @Test
  void dashesBecomeHyphensOrSpacedHyphens() {
    assertEquals("calls - this was", ArticleCleaner.normalize("calls\u2014this was"));
    assertEquals("calls - this was", ArticleCleaner.normalize("calls \u2013 this was"));
    assertEquals("pages 10-12", ArticleCleaner.normalize("pages 10\u201312"));
    assertEquals("pro-Russian", ArticleCleaner.normalize("pro\u2010Russian"));
    assertEquals("- a quote", ArticleCleaner.normalize("\u2014a quote"));
  }

  @Test
  void oddSpacesControlAndZeroWidthCharactersGo() {
    assertEquals(
        "a b c d e f",
        ArticleCleaner.normalize("a\u00a0b\u2009c\u3000d\tе".replace("е", "e") + "\u200b \u0007f\ufeff"));
    assertEquals("zerowidth", ArticleCleaner.normalize("zero\u200bwidth"));
    assertEquals("co-operate", ArticleCleaner.normalize("co-op\u00aderate"));
  }

  @Test
  void spacesCollapseAndParagraphBreaksStay() {
    assertEquals(
        "One  two.".replace("  ", " ") + "\n\nThree.\nFour.",
        ArticleCleaner.normalize("  One   two.  \r\n\r\n\r\n\n  Three.\n   Four.  \n\n"));
  }

  @Test
  void compatibilityFormsAreFoldedButSuperscriptsAndFractionsKept() {
    assertEquals("office ABC 123", ArticleCleaner.normalize("o\ufb03ce \uff21\uff22\uff23 \uff11\uff12\uff13"));
    assertEquals("40 km\u00b2 and \u00bd cup", ArticleCleaner.normalize("40 km\u00b2 and \u00bd cup"));
    assertEquals("Wait...", ArticleCleaner.normalize("Wait\u2026"));
  }

  @Test
  void htmlEntitiesAreDecoded() {
    assertEquals("AT&T said \"yes\"", ArticleCleaner.normalize("AT&amp;T said &#8220;yes&#8221;"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Source link",
        "Leave a Reply",
        "Leave a comment",
        "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Share this article",
        "Share on Facebook Twitter WhatsApp",
        "Follow us on Twitter",
        "Subscribe to our newsletter",
        "Click here to read the full report.",
        "ADVERTISEMENT",
        "This website uses cookies to improve your experience. We'll assume you're ok with this.",
        "Related: Talks collapse after second day",
        "Read more: Why the summit matters",
        "Tags: diplomacy, Ukraine",
        "Copyright 2021 Example Media. All rights reserved."
      })
  void boilerplateLinesAreRemoved(String line) {
    String text = "The ministers met on Monday.\n\n" + line + "\n\nThey will meet again.";
    assertEquals("The ministers met on Monday.\n\nThey will meet again.", cleaner.removeBoilerplate(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The minister declined to make comments on the deal.",
        "Officials said they would share intelligence with Kyiv.",
        "Click here, the app said, and the money was gone, the victims told police.",
        "Readers were asked to subscribe to a government channel, which critics called propaganda.",
        "Related talks in Geneva ended without agreement."
      })
  void sentencesThatMentionBoilerplateWordsStay(String line) {
    String text = "The ministers met on Monday.\n\n" + line;
    assertEquals(text, cleaner.removeBoilerplate(text));
  }

  @Test
  void boilerplateInsideAParagraphRemovesOnlyThatLine() {
    assertEquals("Line one.\nLine two.", cleaner.removeBoilerplate("Line one.\nAdvertisement\nLine two."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WASHINGTON (Reuters) - The president said on Friday.|WASHINGTON (Reuters)|The president said on Friday.",
        "MOSCOW, Dec 31 (AP) \u2014 The Kremlin said on Friday.|MOSCOW, Dec 31 (AP)|The Kremlin said on Friday.",
        "KYIV, Ukraine \u2014 Ukrainian officials said.|KYIV, Ukraine|Ukrainian officials said.",
        "NEW DELHI: The government on Monday said.|NEW DELHI|The government on Monday said.",
        "Ahmedabad, March 2: Police arrested 12 people.|Ahmedabad, March 2|Police arrested 12 people.",
        "HANOI, Vietnam (AP) \u2014 U.S. Defense Secretary spoke.|HANOI, Vietnam (AP)|U.S. Defense Secretary spoke.",
        "NEW YORK, March 3 - Shares rose.|NEW YORK, March 3|Shares rose.",
        "Kyiv (Reuters) - Talks resumed.|Kyiv (Reuters)|Talks resumed.",
        "RIO DE JANEIRO, Brazil -- Floods hit.|RIO DE JANEIRO, Brazil|Floods hit.",
        "AMSTERDAM, 2 MARCH - The bank said.|AMSTERDAM, 2 MARCH|The bank said.",
        "SYDNEY, March 2 - <Qantas Airways Ltd> has placed an order.|SYDNEY, March 2|<Qantas Airways Ltd> has placed an order.",
        "'Friday, January 4, 2019\n\nAn apartment block collapsed.'|Friday, January 4, 2019|An apartment block collapsed."
      })
  void datelinesAreSplitOff(String text, String dateline, String body) {
    ArticleCleaner.DatelineSplit split = ArticleCleaner.splitDateline(ArticleCleaner.normalize(text));
    assertEquals(dateline, split.dateline());
    assertEquals(body, split.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "NATO said on Friday that it was ready for dialogue.",
        "Both sides confirmed that the call would take place on Sunday.",
        "Putin told reporters: \"We are ready.\"",
        "Biden said on Friday in his most direct language to date: \"No.\"",
        "BREAKING: Talks collapse in Geneva.",
        "On March 2 - the day of the vote - crowds gathered.",
        "U.S. officials have been trying their best.",
        "-The U.S. warns of severe sanctions-"
      })
  void ordinaryFirstSentencesAreNotDatelines(String text) {
    ArticleCleaner.DatelineSplit split = ArticleCleaner.splitDateline(ArticleCleaner.normalize(text));
    assertNull(split.dateline());
    assertEquals(ArticleCleaner.normalize(text), split.body());
  }

  @Test
  void duplicateKeyIgnoresCasePunctuationAndSpacing() {
    String a = ArticleCleaner.duplicateKey("\u201cTalks,\u201d he said.\n\nThey   ended.");
    String b = ArticleCleaner.duplicateKey("talks he said they ended");
    assertEquals(a, b);
    assertNotEquals(a, ArticleCleaner.duplicateKey("talks he said they began"));
  }

  @Test
  void cleanSetsDatelineAndNormalisesTitleAndText() {
    Article in =
        Article.builder()
            .setArticleId("x1")
            .setInputFile("/in/x.txt")
            .setFormat("txt")
            .setTitle("Talks\u00a0resume \u2014 again")
            .setText("GENEVA (AFP) \u2014 Talks resumed on Monday.\n\nShare this article\n\nMore to follow.")
            .setDuplicateOf("y")
            .build();
    Article out = cleaner.clean(in);
    assertEquals("Talks resume - again", out.getTitle());
    assertEquals("GENEVA (AFP)", out.getDateline());
    assertEquals("Talks resumed on Monday.\n\nMore to follow.", out.getText());
    assertEquals("y", out.getDuplicateOf());
    assertEquals("x1", out.getArticleId());
  }

  @Test
  void textWithoutBoilerplateOrDatelineIsOnlyNormalised() {
    Article in =
        Article.builder().setArticleId("x").setInputFile("f").setFormat("txt").setText("Plain  text.").build();
    Article out = cleaner.clean(in);
    assertEquals("Plain text.", out.getText());
    assertNull(out.getDateline());
    assertThat(out.getText(), not(containsString("  ")));
  }
}
