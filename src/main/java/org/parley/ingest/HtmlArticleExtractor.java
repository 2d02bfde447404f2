package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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

  private static final Pattern ABSOLUTE_URI =
      Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

  private static final int MIN_DECLARED_BODY_CHARS = 250;

  private static final double MIN_SHARE_OF_DENSE = 0.5;

  /** Elements that never hold article text. */
  private static final String NEVER_CONTENT =
      "script, style, noscript, template, iframe, svg, canvas, button, input, select, textarea,"
          + " nav, aside, figure, figcaption, picture, video, audio, object, embed, map";

  /** Class or id words of page furniture inside an article container: captions, share bars, teasers. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:caption|credit|byline|share|sharing|social|related|recommend(?:ed|ations)?"
              + "|promo|newsletter|subscribe|signup|breadcrumbs?|tags|author|timestamp|comments?"
              + "|advert|advertisement|ad|ads|sponsor(?:ed)?|outbrain|taboola|popular|most-read|read-more"
              + "|readmore|more-stories|toolbar|print|gallery)(?:$|[\\s_-])");

  private static final String FURNITURE_MARK = "data-parley-furniture";

  /** Furniture elements are removed only while they hold less than this share of the article text. */
  private static final double MAX_FURNITURE_SHARE = 0.3;

  /** Blocks whose text is mostly link text are navigation or teasers. */
  private static final double MAX_LINK_DENSITY = 0.5;

  /** Lines that are page furniture rather than article text. */
  private static final Pattern NON_BODY_LINE =
      Pattern.compile(
          "(?i)^(?:"
              + "(?:https?://|www\\.)\\S+"
              + "|\\S+@\\S+\\.\\w+"
              + "|by\\s+[\\p{L}.'\\- ,]{2,60}"
              + "|(?:photo|image|picture|credit|source|video)s?\\s*(?:credit)?\\s*:.{0,120}"
              + "|\\((?:photo|image)s?:?\\s*[^)]{0,80}\\)"
              + "|(?:published|updated|posted|last updated|modified)\\b:?[^.]{0,60}\\d[^.]{0,40}"
              + "|share (?:this|on)\\b.{0,60}"
              + "|\\d{1,3}"
              + ")$");

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
    // Relative links resolve only against a real URL; a plain file path has no scheme.
    Document doc = Jsoup.parse(html, ABSOLUTE_URI.matcher(baseUri).find() ? baseUri : "");
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
    String text =
        body(doc, url != null && ABSOLUTE_URI.matcher(url).find() ? url : "http://localhost/", title);
    return new Extraction(title, text, date, url, siteName);
  }

  private static String body(Document doc, String pageUri, @Nullable String title) {
    Document copy = doc.clone();
    removeHidden(copy);
    copy.select(NEVER_CONTENT).remove();
    // Readability drops class attributes, so furniture is marked before it runs and pruned after.
    for (Element e : copy.getAllElements()) {
      if (FURNITURE.matcher(e.className() + " " + e.id()).find()) {
        e.attr(FURNITURE_MARK, "");
      }
    }
    Element content = declaredBody(copy);
    if (content == null) {
      net.dankito.readability4j.Article article = new Readability4J(pageUri, copy.clone()).parse();
      content = article.getArticleContent();
      Element dense = ParagraphDensity.bestContainer(copy);
      // Readability sometimes settles on the page head or a sliver of the page; the densest block of
      // paragraphs is the safer answer then.
      if (content == null
          || (dense != null && content.text().length() < MIN_SHARE_OF_DENSE * dense.text().length())) {
        content = dense;
      }
    }
    if (content == null) {
      return "";
    }
    prune(content);
    return dropNonBodyLines(toText(content), title);
  }

  /** Removes captions, share bars, teaser lists and link-dense blocks from the chosen container. */
  private static void prune(Element content) {
    int total = Math.max(1, content.text().length());
    for (Element e : content.select("*")) {
      if (e == content || e.parent() == null) {
        continue;
      }
      if (e.hasAttr(FURNITURE_MARK) && e.text().length() < MAX_FURNITURE_SHARE * total) {
        e.remove();
      }
    }
    for (Element e : content.select("p, li, ul, ol, dl, div, section, h1, h2, h3, h4, h5, h6, table")) {
      if (e == content || e.parent() == null) {
        continue;
      }
      String text = e.text();
      if (text.isEmpty() || text.length() > MAX_FURNITURE_SHARE * total) {
        continue;
      }
      int linkChars = 0;
      for (Element a : e.select("a")) {
        linkChars += a.text().length();
      }
      if (linkChars > MAX_LINK_DENSITY * text.length()) {
        e.remove();
      }
    }
  }

  /** Drops lines that repeat the title or are bylines, bare dates, URLs, photo credits or counters. */
  private static String dropNonBodyLines(String text, @Nullable String title) {
    String normTitle = title == null ? "" : squash(title);
    StringBuilder out = new StringBuilder();
    for (String para : text.split("\n\n")) {
      StringBuilder kept = new StringBuilder();
      for (String line : para.split("\n")) {
        String l = line.strip();
        if (l.isEmpty()
            || squash(l).equals(normTitle)
            || NON_BODY_LINE.matcher(l).matches()
            || isBareDate(l)) {
          continue;
        }
        if (kept.length() > 0) {
          kept.append('\n');
        }
        kept.append(l);
      }
      if (kept.length() > 0) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(kept);
      }
    }
    return out.toString();
  }

  private static boolean isBareDate(String line) {
    if (line.length() > 60 || PublicationDates.parse(line).isEmpty()) {
      return false;
    }
    // A date line has few words besides the date itself ("Updated 5:27 am CST, Wednesday, November 20").
    return line.split("\\s+").length <= 8;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /** The element the page itself marks as the article body (schema.org microdata), if it has real text. */
  private static @Nullable Element declaredBody(Document doc) {
    Element best = null;
    int bestLength = 0;
    for (Element e : doc.select("[itemprop=articleBody]")) {
      int length = e.text().length();
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return bestLength >= MIN_DECLARED_BODY_CHARS ? best : null;
  }

  /** Removes what a browser would not show: display:none, visibility:hidden, the hidden attribute. */
  private static void removeHidden(Document doc) {
    for (Element e : doc.select("[hidden], [style], [aria-hidden=true]")) {
      if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
        e.remove();
        continue;
      }
      String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        e.remove();
      }
    }
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
              if (e.normalName().equals("br") || e.normalName().equals("tr")) {
                sb.append('\n');
              } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                sb.append(' ');
              } else if (isBlock(e)) {
                sb.append("\n\n");
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element && ((Element) node).normalName().equals("tr")) {
              sb.append('\n');
            } else if (node instanceof Element && isBlock((Element) node)) {
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
          "figure", "figcaption", "hr", "address", "form", "fieldset", "details",
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
        } catch (IOException e) {
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
