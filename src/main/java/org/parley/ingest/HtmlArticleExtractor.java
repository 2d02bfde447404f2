package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Readability4J;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Extracts the article body and its metadata (title, date, canonical URL, site name) from a web page. */
public final class HtmlArticleExtractor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "blogposting",
          "liveblogposting",
          "report",
          "scholarlyarticle",
          "techarticle");

  private static final String[] TITLE_META = {
    "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]", "meta[name=dc.title]"
  };

  private static final String[] DATE_META = {
    "meta[property=article:published_time]",
    "meta[name=article:published_time]",
    "meta[property=og:article:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=datePublished]",
    "meta[name=date]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=publish-date]",
    "meta[name=publish_date]",
    "meta[name=published_date]",
    "meta[name=dc.date]",
    "meta[name=dc.date.issued]",
    "meta[name=dc.date.created]",
    "meta[name=dcterms.created]",
    "meta[name=dcterms.issued]",
    "meta[name=sailthru.date]",
    "meta[name=parsely-pub-date]",
    "meta[name=original-publish-date]",
    "meta[property=og:published_time]",
    "meta[name=citation_publication_date]"
  };

  private HtmlArticleExtractor() {}

  /** What was found on a page; any metadata field may be null, the text may be empty. */
  public static final class Extraction {
    private final @Nullable String title;
    private final String text;
    private final @Nullable String publishedDate;
    private final @Nullable String url;
    private final @Nullable String siteName;

    Extraction(
        @Nullable String title,
        String text,
        @Nullable String publishedDate,
        @Nullable String url,
        @Nullable String siteName) {
      this.title = title;
      this.text = text;
      this.publishedDate = publishedDate;
      this.url = url;
      this.siteName = siteName;
    }

    /** Returns the headline from page metadata, else the document title. */
    public @Nullable String title() {
      return title;
    }

    /** Returns the article body as plain text, paragraphs separated by blank lines. */
    public String text() {
      return text;
    }

    /** Returns the publication date as written in the page (ISO, RFC 1123, ...), if found. */
    public @Nullable String publishedDate() {
      return publishedDate;
    }

    /** Returns the canonical URL of the page, if declared. */
    public @Nullable String url() {
      return url;
    }

    /** Returns the site name (og:site_name or the JSON-LD publisher), if declared. */
    public @Nullable String siteName() {
      return siteName;
    }
  }

  /** Extracts body and metadata from the page's HTML; {@code baseUri} resolves relative links. */
  public static Extraction extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    LinkedData ld = LinkedData.of(doc);
    String title = firstMeta(doc, TITLE_META);
    if (title == null) {
      title = ld.headline;
    }
    if (title == null && !doc.title().isBlank()) {
      title = doc.title();
    }
    String date = publishedDate(doc, ld);
    String url = attr(doc.selectFirst("link[rel=canonical][href]"), "abs:href");
    if (url == null) {
      url = firstMeta(doc, "meta[property=og:url]");
    }
    if (url == null) {
      url = ld.url;
    }
    String siteName = firstMeta(doc, "meta[property=og:site_name]", "meta[name=application-name]");
    if (siteName == null) {
      siteName = ld.publisher;
    }
    String text = body(doc, baseUri);
    return new Extraction(title, text, date, url, siteName);
  }

  private static String body(Document doc, String baseUri) {
    Document copy = doc.clone();
    net.dankito.readability4j.Article article = new Readability4J(baseUri, copy).parse();
    Element content = article.getArticleContent();
    if (content == null) {
      return "";
    }
    return toText(content);
  }

  private static @Nullable String publishedDate(Document doc, LinkedData ld) {
    for (String selector : DATE_META) {
      String v = firstMeta(doc, selector);
      if (v != null && PublicationDates.parse(v).isPresent()) {
        return v;
      }
    }
    if (ld.datePublished != null && PublicationDates.parse(ld.datePublished).isPresent()) {
      return ld.datePublished;
    }
    for (Element time : doc.select("time[datetime]")) {
      String v = time.attr("datetime");
      if (PublicationDates.parse(v).isPresent()) {
        return v;
      }
    }
    return null;
  }

  private static @Nullable String firstMeta(Document doc, String... selectors) {
    for (String selector : selectors) {
      for (Element e : doc.select(selector)) {
        String v = e.attr("content");
        if (!v.isBlank()) {
          return v.strip();
        }
      }
    }
    return null;
  }

  private static @Nullable String attr(@Nullable Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.attr(name);
    return v.isBlank() ? null : v.strip();
  }

  /** Renders an element as plain text: blocks become paragraphs separated by a blank line. */
  static String toText(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode) {
              String t = ((TextNode) node).getWholeText();
              if (inPre(node)) {
                sb.append(t);
              } else {
                appendCollapsed(sb, t);
              }
            } else if (node instanceof Element) {
              Element e = (Element) node;
              if (e.normalName().equals("br")) {
                sb.append('\n');
              } else if (isBlock(e)) {
                sb.append("\n\n");
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element && isBlock((Element) node)) {
              sb.append("\n\n");
            }
          }
        },
        root);
    return tidy(sb.toString());
  }

  private static void appendCollapsed(StringBuilder sb, String t) {
    String collapsed = t.replaceAll("[ \\t\\n\\r\\f\\u00a0]+", " ");
    if (collapsed.startsWith(" ")
        && (sb.length() == 0 || Character.isWhitespace(sb.charAt(sb.length() - 1)))) {
      collapsed = collapsed.substring(1);
    }
    sb.append(collapsed);
  }

  private static boolean inPre(Node node) {
    for (Node p = node.parent(); p != null; p = p.parent()) {
      if (p instanceof Element && ((Element) p).normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
          "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
          "tr", "td", "th", "figure", "figcaption", "hr", "address", "form", "fieldset", "details",
          "summary", "center");

  private static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  private static String tidy(String s) {
    List<String> out = new ArrayList<>();
    for (String line : s.split("\n", -1)) {
      out.add(line.strip());
    }
    return String.join("\n", out).replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Article metadata read from schema.org JSON-LD blocks. */
  private static final class LinkedData {
    @Nullable String headline;
    @Nullable String datePublished;
    @Nullable String articleBody;
    @Nullable String publisher;
    @Nullable String url;

    static LinkedData of(Document doc) {
      LinkedData ld = new LinkedData();
      for (Element script : doc.select("script[type=application/ld+json]")) {
        JsonNode root;
        try {
          root = JSON.readTree(script.data());
        } catch (java.io.IOException e) {
          // Broken JSON-LD is common on real pages; the page's other metadata still counts.
          continue;
        }
        ld.visit(root);
      }
      return ld;
    }

    private void visit(@Nullable JsonNode node) {
      if (node == null) {
        return;
      }
      if (node.isArray()) {
        node.forEach(this::visit);
        return;
      }
      if (!node.isObject()) {
        return;
      }
      if (node.has("@graph")) {
        visit(node.get("@graph"));
      }
      if (isArticle(node.get("@type"))) {
        headline = headline != null ? headline : text(node.get("headline"));
        datePublished = datePublished != null ? datePublished : text(node.get("datePublished"));
        articleBody = articleBody != null ? articleBody : text(node.get("articleBody"));
        url = url != null ? url : text(node.get("url"));
        JsonNode pub = node.get("publisher");
        if (publisher == null && pub != null) {
          publisher = pub.isObject() ? text(pub.get("name")) : text(pub);
        }
      }
    }

    private static boolean isArticle(@Nullable JsonNode type) {
      if (type == null) {
        return false;
      }
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (isArticle(t)) {
            return true;
          }
        }
        return false;
      }
      return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static @Nullable String text(@Nullable JsonNode v) {
      if (v == null || !v.isValueNode()) {
        return null;
      }
      String s = v.asText();
      return s.isBlank() ? null : s.strip();
    }
  }
}
