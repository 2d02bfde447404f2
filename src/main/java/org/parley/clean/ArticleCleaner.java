package org.parley.clean;

import com.google.common.hash.Hashing;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.parser.Parser;
import org.parley.model.Article;

/**
 * Cleans article text: Unicode normalisation, removal of web boilerplate lines, dateline split-off,
 * and the duplicate key used to find exact duplicates.
 */
public final class ArticleCleaner implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#\\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});");

  /** Dash-like characters used as punctuation: figure, en, em and horizontal-bar dashes, minus. */
  private static final Pattern PUNCTUATION_DASH = Pattern.compile("[\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D\\u2E3A\\u2E3B]+");

  private static final Pattern DIGIT_DASH_DIGIT =
      Pattern.compile("(?<=\\d)[\\u2012\\u2013\\u2212](?=\\d)");

  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private static final String MONTH =
      "(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\\.?";

  /** Upper-case place name: WASHINGTON, NEW DELHI, ST. LOUIS, RIO DE JANEIRO. */
  private static final String CITY_UPPER = "[A-Z][A-Z.'/\\-]+(?: (?:[A-Z][A-Z.'/\\-]*|de|da|do|del|la|el)){0,3}";

  /** Mixed-case place name: Ahmedabad, New Delhi, Kyiv. */
  private static final String CITY_MIXED = "[A-Z][a-z]+(?:[ \\-][A-Z][a-z]+){0,2}";

  private static final String REGION = "(?:, [A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,3})";

  private static final String DATE =
      "(?:,? (?:" + MONTH + " \\d{1,2}(?:, \\d{4})?|\\d{1,2} " + MONTH + "(?: \\d{4})?))";

  private static final String AGENCY = "(?: ?\\([A-Za-z][A-Za-z0-9 .&'/\\-]{0,40}\\))";

  private static final String SEPARATOR = "\\s*(?:-{1,2}|:)\\s+";

  private static final List<Pattern> DATELINES =
      List.of(
          Pattern.compile("^(" + CITY_UPPER + REGION + "?" + DATE + "?" + AGENCY + "?)" + SEPARATOR),
          Pattern.compile("^(" + CITY_MIXED + REGION + "?" + DATE + AGENCY + "?)" + SEPARATOR),
          Pattern.compile("^(" + CITY_MIXED + REGION + "?" + AGENCY + ")" + SEPARATOR));

  /** Upper-case openers that are labels, not places. */
  private static final Pattern NOT_A_PLACE =
      Pattern.compile(
          "^(?:BREAKING(?: NEWS)?|UPDATE[D]?(?: \\d+)?|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|ANALYSIS|OPINION"
              + "|EDITORIAL|COMMENTARY|LIVE|NOTE|CORRECTION|FACT CHECK|REVIEW|INTERVIEW|FILE|URGENT"
              + "|FLASH|ALERT|Q|A|I"
              + "|On|In|At|By|For|From|Since|Until|Till|Before|After|Last|Next|This|That|The|Early|Late"
              + "|Through|During|Updated|Published|Posted|Monday|Tuesday|Wednesday|Thursday|Friday"
              + "|Saturday|Sunday|Today|Yesterday)\\b.*");

  private static final int MAX_DATELINE_CHARS = 80;

  /** A first line that is only a date ("Friday, January 4, 2019"), as Wikinews and blogs print it. */
  private static final Pattern DATE_ONLY_LINE =
      Pattern.compile(
          "^((?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?"
              + "(?:"
              + MONTH
              + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? "
              + MONTH
              + ",? \\d{4}|\\d{4}-\\d{2}-\\d{2}))\\s*\\n+");

  private final BoilerplatePatterns boilerplate;

  /** Creates a cleaner that removes lines matching the given boilerplate patterns. */
  public ArticleCleaner(BoilerplatePatterns boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** Creates a cleaner with the boilerplate patterns shipped with Parley. */
  public static ArticleCleaner withDefaultPatterns() {
    return new ArticleCleaner(BoilerplatePatterns.defaults());
  }

  /** A body with its dateline split off; the dateline is null when the body has none. */
  public static final class DatelineSplit {
    private final @Nullable String dateline;
    private final String body;

    DatelineSplit(@Nullable String dateline, String body) {
      this.dateline = dateline;
      this.body = body;
    }

    /** Returns the dateline ("WASHINGTON (Reuters)"), or null. */
    public @Nullable String dateline() {
      return dateline;
    }

    /** Returns the body without the dateline. */
    public String body() {
      return body;
    }
  }

  /** Returns the article with normalised title, body without boilerplate or dateline, and the dateline. */
  public Article clean(Article article) {
    String text = removeBoilerplate(normalize(article.getText()));
    DatelineSplit split = splitDateline(text);
    String title = normalize(article.getTitle()).replace("\n", " ");
    return article.toBuilder()
        .setTitle(title)
        .setText(split.body())
        .setDateline(split.dateline() != null ? split.dateline() : article.getDateline())
        .build();
  }

  /**
   * Normalises Unicode: NFKC except for superscripts and fractions, straight quotes, ASCII dashes,
   * plain spaces, no control or zero-width characters, single spaces, paragraphs split by a blank line.
   */
  public static String normalize(String text) {
    String s = Mojibake.repair(text);
    if (ENTITY.matcher(s).find()) {
      // Feeds often carry HTML-escaped text ("AT&amp;T", "&#8220;").
      s = Parser.unescapeEntities(s, false);
    }
    s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace("\u2029", "\n\n");
    s = nfkcWhereSafe(s);
    s = s.replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u2035\\u02BC\\uFF07`\\u00B4]", "'");
    s = s.replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u2036\\u00AB\\u00BB\\uFF02]", "\"");
    s = s.replaceAll("[\\u2010\\u2011\\u2043]", "-");
    s = DIGIT_DASH_DIGIT.matcher(s).replaceAll("-");
    s = PUNCTUATION_DASH.matcher(s).replaceAll(" - ");
    s = s.replace("\u2026", "...");
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\t') {
                sb.append((char) cp);
                return;
              }
              int type = Character.getType(cp);
              if (type == Character.CONTROL || type == Character.FORMAT) {
                // Zero-width spaces and joiners, BOM, bidi marks, soft hyphen: invisible, removed.
                return;
              }
              sb.appendCodePoint(cp);
            });
    s = SPACES.matcher(sb).replaceAll(" ");
    List<String> paragraphs = new ArrayList<>();
    for (String para : s.split("\\n\\s*\\n")) {
      StringBuilder p = new StringBuilder();
      for (String line : para.split("\\n")) {
        String l = line.strip();
        if (!l.isEmpty()) {
          if (p.length() > 0) {
            p.append('\n');
          }
          p.append(l);
        }
      }
      if (p.length() > 0) {
        paragraphs.add(p.toString());
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static String nfkcWhereSafe(String s) {
    if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    nfc.codePoints()
        .forEach(
            cp -> {
              String one = new String(Character.toChars(cp));
              // Superscripts, fractions and circled numbers lose meaning under NFKC (km² -> km2).
              if (Character.getType(cp) == Character.OTHER_NUMBER) {
                sb.append(one);
              } else {
                sb.append(Normalizer.normalize(one, Normalizer.Form.NFKC));
              }
            });
    return sb.toString();
  }

  /** Drops lines that match a boilerplate pattern and empty paragraphs left behind. */
  public String removeBoilerplate(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String para : text.split("\\n\\n")) {
      List<String> kept = new ArrayList<>();
      for (String line : para.split("\\n")) {
        if (!line.isBlank() && !boilerplate.matches(line)) {
          kept.add(line.strip());
        }
      }
      if (!kept.isEmpty()) {
        paragraphs.add(String.join("\n", kept));
      }
    }
    return String.join("\n\n", paragraphs);
  }

  /**
   * Splits a leading wire-style dateline ("MOSCOW, Dec 31 (AP) -", "NEW DELHI:"), or a first line that
   * holds only a date, off the body.
   */
  public static DatelineSplit splitDateline(String text) {
    Matcher dateOnly = DATE_ONLY_LINE.matcher(text);
    if (dateOnly.find() && !text.substring(dateOnly.end()).isBlank()) {
      return new DatelineSplit(dateOnly.group(1), text.substring(dateOnly.end()));
    }
    for (Pattern p : DATELINES) {
      Matcher m = p.matcher(text);
      if (!m.find()) {
        continue;
      }
      String dateline = m.group(1).strip();
      String rest = text.substring(m.end());
      if (dateline.length() > MAX_DATELINE_CHARS
          || NOT_A_PLACE.matcher(dateline).matches()
          || rest.isBlank()
          || !startsLikeSentence(rest)) {
        continue;
      }
      return new DatelineSplit(dateline, rest);
    }
    return new DatelineSplit(null, text);
  }

  private static boolean startsLikeSentence(String rest) {
    int cp = rest.codePointAt(0);
    // '<' opens company tags in Reuters wire copy ("<Qantas Airways Ltd> has placed...").
    return Character.isLetterOrDigit(cp) || cp == '"' || cp == '\'' || cp == '(' || cp == '<';
  }

  /** Returns the exact-duplicate key: SHA-256 of the normalised, lower-cased, alphanumeric-only text. */
  public static String duplicateKey(String text) {
    String key =
        normalize(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString();
  }
}
