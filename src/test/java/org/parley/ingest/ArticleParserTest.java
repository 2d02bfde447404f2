package org.parley.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Failure;

class ArticleParserTest {

  private final ArticleParser parser = new ArticleParser(ParseOptions.defaults());

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> refs(List<Failure> failures) {
    return failures.stream().map(Failure::getRecordRef).collect(Collectors.toList());
  }

  private static List<String> articleRefs(ParseResult r) {
    return r.articles().stream().map(Article::getRecordRef).collect(Collectors.toList());
  }

  @Test
  void txtTakesFirstNonEmptyLineAsTitle() {
    ParseResult r =
        parser.parse("/in/story.txt", utf8("\n\nLanders agree to talks\n\nFirst paragraph.\n\nSecond one.\n"));
    Article a = r.articles().get(0);
    assertEquals("Landers agree to talks", a.getTitle());
    assertEquals("First paragraph.\n\nSecond one.", a.getText());
    assertEquals("txt", a.getFormat());
    assertEquals("", a.getRecordRef());
    assertEquals("/in/story.txt", a.getInputFile());
    assertTrue(r.failures().isEmpty());
  }

  @Test
  void txtWithOnlyATitleIsAFailure() {
    ParseResult r = parser.parse("/in/story.txt", utf8("Just a headline\n\n"));
    assertTrue(r.articles().isEmpty());
    assertEquals("no body text after the title line", r.failures().get(0).getReason());
    assertEquals("parse", r.failures().get(0).getStage());
  }

  @Test
  void missingIdIsDerivedStablyFromTitleAndText() {
    byte[] bytes = utf8("Landers agree to talks\nThe two sides met on Monday.");
    Article first = parser.parse("/a/one.txt", bytes).articles().get(0);
    Article again = parser.parse("/b/other-name.txt", bytes).articles().get(0);
    assertEquals(first.getArticleId(), again.getArticleId());
    assertEquals(ArticleIds.derive("Landers agree to talks", "The two sides met on Monday."), first.getArticleId());
    assertEquals(16, first.getArticleId().length());
  }

  @Test
  void jsonlReadsFieldsAndAliases() {
    String jsonl =
        "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"source\":\"Example Times\",\"title\":\"T1\","
            + "\"date\":\"2020-05-04T10:00:00+02:00\",\"text\":\"Body one.\",\"extra\":[1,2]}\n"
            + "{\"id\":7,\"source_name\":\"Daily\",\"title\":\"T2\",\"published\":\"May 5, 2020\",\"body\":\"Body two.\"}\n"
            + "{\"outlet\":\"Weekly\",\"title\":\"T3\",\"publication_date\":\"6 May 2020\",\"content\":\"Body three.\"}\n";
    ParseResult r = parser.parse("/in/feed.jsonl", utf8(jsonl));
    assertTrue(r.failures().isEmpty(), r.toString());
    assertEquals(List.of("line 1", "line 2", "line 3"), articleRefs(r));
    Article a1 = r.articles().get(0);
    assertEquals("a1", a1.getArticleId());
    assertEquals("https://example.org/a1", a1.getUrl());
    assertEquals("Example Times", a1.getSourceName());
    assertEquals("2020-05-04", a1.getPublicationDate());
    assertEquals(Article.DateBasis.RECORD, a1.getPublicationDateBasis());
    assertEquals("7", r.articles().get(1).getArticleId());
    assertEquals("Daily", r.articles().get(1).getSourceName());
    assertEquals("2020-05-05", r.articles().get(1).getPublicationDate());
    assertEquals("Weekly", r.articles().get(2).getSourceName());
    assertEquals("2020-05-06", r.articles().get(2).getPublicationDate());
    assertEquals("Body three.", r.articles().get(2).getText());
  }

  @Test
  void jsonlBadLinesFailAloneAndOtherLinesStillParse() {
    String jsonl =
        "{\"title\":\"Good\",\"text\":\"Fine.\"}\n"
            + "{\"title\":\"Broken\",\"text\":\"no closing brace\"\n"
            + "\n"
            + "{\"title\":\"No text\"}\n"
            + "[1,2]\n"
            + "{\"title\":\"Also good\",\"text\":\"Fine too.\"}\n";
    ParseResult r = parser.parse("/in/feed.jsonl", utf8(jsonl));
    assertEquals(List.of("line 1", "line 6"), articleRefs(r));
    assertEquals(List.of("line 2", "line 4", "line 5"), refs(r.failures()));
    assertThat(r.failures().get(0).getReason(), startsWith("malformed JSON"));
    assertThat(r.failures().get(1).getReason(), startsWith("record has no text"));
    assertThat(r.failures().get(2).getReason(), containsString("expected a JSON object"));
  }

  @Test
  void jsonSingleObjectHasEmptyRecordRef() {
    ParseResult r =
        parser.parse(
            "/in/one.json",
            utf8("{\"title\":\"T\",\"text\":[\"Para one.\",\"Para two.\"],\"source\":{\"id\":\"x\",\"name\":\"Wire\"}}"));
    Article a = r.articles().get(0);
    assertEquals("", a.getRecordRef());
    assertEquals("Para one.\n\nPara two.", a.getText());
    assertEquals("Wire", a.getSourceName());
  }

  @Test
  void jsonArrayGivesElementRefs() {
    ParseResult r =
        parser.parse(
            "/in/many.json",
            utf8("[{\"title\":\"A\",\"text\":\"x\"}, {\"title\":\"B\"}, {\"title\":\"C\",\"text\":\"z\"}]"));
    assertEquals(List.of("element 1", "element 3"), articleRefs(r));
    assertEquals(List.of("element 2"), refs(r.failures()));
  }

  @Test
  void jsonSyntaxErrorKeepsElementsBeforeIt() {
    ParseResult r =
        parser.parse(
            "/in/many.json", utf8("[{\"title\":\"A\",\"text\":\"x\"}, {\"title\":\"B\",\"text\":\"y\"}, {\"title\":"));
    assertEquals(List.of("element 1", "element 2"), articleRefs(r));
    assertEquals(List.of("element 3"), refs(r.failures()));
    assertThat(r.failures().get(0).getReason(), startsWith("malformed JSON"));
  }

  @Test
  void malformedJsonDocumentIsAFailure() {
    ParseResult r = parser.parse("/in/bad.json", utf8("{\"title\": \"oops\""));
    assertTrue(r.articles().isEmpty());
    assertEquals("", r.failures().get(0).getRecordRef());
    assertThat(r.failures().get(0).getReason(), startsWith("malformed JSON"));
  }

  @Test
  void csvWithQuotedMultiLineBodies() {
    String csv =
        "id,url,date,title,text\n"
            + "c1,https://example.org/c1,2019-01-04,\"Talks, at last\",\"First para.\n\nSecond \"\"quoted\"\" para.\"\n"
            + "c2,,04 January 2019,Second,Short body.\n";
    ParseResult r = parser.parse("/in/news.csv", utf8(csv));
    assertTrue(r.failures().isEmpty(), r.toString());
    assertEquals(List.of("row 1", "row 2"), articleRefs(r));
    Article c1 = r.articles().get(0);
    assertEquals("Talks, at last", c1.getTitle());
    assertEquals("First para.\n\nSecond \"quoted\" para.", c1.getText());
    assertEquals("2019-01-04", c1.getPublicationDate());
    assertNull(r.articles().get(1).getUrl());
    assertEquals("2019-01-04", r.articles().get(1).getPublicationDate());
  }

  @Test
  void csvColumnsCanBeMapped() {
    ArticleParser mapped =
        new ArticleParser(
            ParseOptions.defaults()
                .withFieldMapping(ParseOptions.parseFieldMapping("text=body,date=published_at,title=headline_text")));
    String csv = "headline_text,published_at,body,text\nH,2018-07-09,The real body.,not this one\n";
    Article a = mapped.parse("/in/x.csv", utf8(csv)).articles().get(0);
    assertEquals("H", a.getTitle());
    assertEquals("The real body.", a.getText());
    assertEquals("2018-07-09", a.getPublicationDate());
  }

  @Test
  void csvUnterminatedQuoteKeepsEarlierRows() {
    String csv = "title,text\nA,one\nB,two\nC,\"never closed\nD,four\n";
    ParseResult r = parser.parse("/in/bad.csv", utf8(csv));
    assertEquals(List.of("row 1", "row 2"), articleRefs(r));
    assertEquals(List.of("row 3"), refs(r.failures()));
    assertThat(r.failures().get(0).getReason(), startsWith("malformed CSV"));
  }

  @Test
  void csvWithoutTextColumnIsAFileFailure() {
    ParseResult r = parser.parse("/in/x.csv", utf8("title,summary\nA,b\n"));
    assertTrue(r.articles().isEmpty());
    assertThat(r.failures().get(0).getReason(), startsWith("no text column"));
    assertThat(r.failures().get(0).getReason(), containsString("text=COLUMN"));
  }

  @Test
  void csvRowWithEmptyTextIsARowFailure() {
    ParseResult r = parser.parse("/in/x.csv", utf8("title,text\nA,\nB,body\n"));
    assertEquals(List.of("row 2"), articleRefs(r));
    assertEquals(List.of("row 1"), refs(r.failures()));
  }

  @Test
  void htmlTakesMetadataAndBodyWithoutFurniture() {
    String html =
        "<html><head><title>Fallback title | Site</title>"
            + "<meta property=\"og:title\" content=\"Ministers meet in Lisbon\">"
            + "<meta property=\"og:site_name\" content=\"The Harbour Post\">"
            + "<meta property=\"article:published_time\" content=\"2023-06-01T22:15:00-04:00\">"
            + "<link rel=\"canonical\" href=\"https://harbour.example/news/lisbon\">"
            + "<script>var tracking = 'script text must not appear';</script></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
            + "<article><h1>Ministers meet in Lisbon</h1>"
            + "<p>Foreign ministers from six countries met in Lisbon on Thursday to discuss fishing rights"
            + " in the Atlantic, officials said after the closed session ended late in the evening.</p>"
            + "<div class=\"ad-slot\">Advertisement: buy our boats now</div>"
            + "<p>The talks followed months of disputes over quotas, and a second round is planned for the"
            + " autumn, according to a statement released by the host government.</p>"
            + "<p>Delegates described the atmosphere as constructive but said no agreement had been signed"
            + " and that several technical questions remained open for the experts.</p>"
            + "</article><div id=\"comments\"><p>Reader comment: this is all nonsense and should not be"
            + " extracted as part of the article body at all.</p></div>"
            + "<footer>Copyright Harbour Post. Contact us. Privacy policy.</footer></body></html>";
    ParseResult r = parser.parse("/in/2023/06/02/page.html", utf8(html));
    assertTrue(r.failures().isEmpty(), r.toString());
    Article a = r.articles().get(0);
    assertEquals("Ministers meet in Lisbon", a.getTitle());
    assertEquals("The Harbour Post", a.getSourceName());
    assertEquals("https://harbour.example/news/lisbon", a.getUrl());
    assertEquals("2023-06-01", a.getPublicationDate());
    assertEquals(Article.DateBasis.RECORD, a.getPublicationDateBasis());
    assertEquals("html", a.getFormat());
    assertThat(a.getText(), startsWith("Foreign ministers from six countries"));
    assertThat(a.getText(), containsString("\n\nThe talks followed"));
    assertThat(a.getText(), containsString("open for the experts."));
    assertThat(a.getText(), not(containsString("script text")));
    assertThat(a.getText(), not(containsString("Advertisement")));
    assertThat(a.getText(), not(containsString("Reader comment")));
    assertThat(a.getText(), not(containsString("Sport")));
    assertThat(a.getText(), not(containsString("Privacy")));
  }

  @Test
  void htmlDateFromJsonLdOrTimeElement() {
    String body =
        "<p>Harbour authorities reopened the northern channel to shipping on Monday after two weeks"
            + " of dredging work, a spokeswoman for the port said in a short statement.</p>";
    String ld =
        "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@type\":\"NewsArticle\",\"headline\":\"Channel reopens\",\"datePublished\":\"2022-03-07T08:00:00Z\","
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Port News\"}}</script></head><body><article>"
            + body
            + "</article></body></html>";
    Article a = parser.parse("/in/ld.html", utf8(ld)).articles().get(0);
    assertEquals("2022-03-07", a.getPublicationDate());
    assertEquals("Channel reopens", a.getTitle());
    assertEquals("Port News", a.getSourceName());
    String time =
        "<html><head><title>Channel reopens</title></head><body><article><time datetime=\"2022-03-08\">8 March</time>"
            + body
            + "</article></body></html>";
    assertEquals("2022-03-08", parser.parse("/in/t.htm", utf8(time)).articles().get(0).getPublicationDate());
  }

  @Test
  void htmlWithoutAnyBodyIsAFailure() {
    ParseResult r = parser.parse("/in/empty.html", utf8("<html><head><title>Nothing</title></head><body></body></html>"));
    assertTrue(r.articles().isEmpty());
    assertEquals("no article body found in the HTML page", r.failures().get(0).getReason());
  }

  @Test
  void dateFallsBackFromRecordToPathToOptionToUnknown() {
    byte[] noDate = utf8("{\"title\":\"T\",\"text\":\"x\"}\n");
    byte[] badDate = utf8("{\"title\":\"T\",\"text\":\"x\",\"date\":\"sometime\"}\n");
    ArticleParser withOption = new ArticleParser(ParseOptions.defaults().withFallbackDate("2001-09-10"));

    Article fromPath = withOption.parse("/arch/2001/09/11/f.jsonl", noDate).articles().get(0);
    assertEquals("2001-09-11", fromPath.getPublicationDate());
    assertEquals(Article.DateBasis.PATH, fromPath.getPublicationDateBasis());

    Article fromOption = withOption.parse("/arch/f.jsonl", badDate).articles().get(0);
    assertEquals("2001-09-10", fromOption.getPublicationDate());
    assertEquals(Article.DateBasis.OPTION, fromOption.getPublicationDateBasis());

    Article unknown = parser.parse("/arch/f.jsonl", noDate).articles().get(0);
    assertNull(unknown.getPublicationDate());
    assertEquals(Article.DateBasis.UNKNOWN, unknown.getPublicationDateBasis());
  }

  @Test
  void forcedFormatOverridesExtension() {
    ArticleParser forced = new ArticleParser(ParseOptions.defaults().withForcedFormat(InputFormat.JSONL));
    ParseResult r = forced.parse("/in/dump.data", utf8("{\"title\":\"T\",\"text\":\"x\"}\n"));
    assertEquals("jsonl", r.articles().get(0).getFormat());
  }

  @Test
  void unknownExtensionIsAReadFailure() {
    ParseResult r = parser.parse("/in/reut2-000.sgm", utf8("<REUTERS>"));
    assertEquals("read", r.failures().get(0).getStage());
    assertThat(r.failures().get(0).getReason(), startsWith("unknown input format"));
  }

  @Test
  void gzippedJsonlIsRead() throws IOException {
    byte[] gz = FileDecoderTest.gzip(utf8("{\"title\":\"T\",\"text\":\"x\"}\n{\"title\":\"U\",\"text\":\"y\"}\n"));
    ParseResult r = parser.parse("/in/feed.jsonl.gz", gz);
    assertEquals(2, r.articles().size());
    assertEquals("jsonl", r.articles().get(0).getFormat());
  }

  @Test
  void fileLevelProblemsAreReadFailuresWithEmptyRecordRef() {
    Failure f = parser.parse("/in/empty.txt", new byte[0]).failures().get(0);
    assertEquals(Failure.of("/in/empty.txt", "", "read", "empty file", null, null), f);
  }

  @Test
  void fieldMappingRejectsUnknownFields() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> ParseOptions.parseFieldMapping("body=text"));
    assertThat(e.getMessage(), containsString("unknown article field 'body'"));
    assertEquals(Map.of("text", "body"), ParseOptions.parseFieldMapping(" text = body "));
  }

  @Test
  void fallbackDateMustBeReadable() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> ParseOptions.defaults().withFallbackDate("soon"));
    assertEquals("2002-03-02", ParseOptions.defaults().withFallbackDate("March 2, 2002").fallbackDate().get());
  }
}
