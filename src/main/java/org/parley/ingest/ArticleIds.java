package org.parley.ingest;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Derives stable article ids from content, for records that carry no id of their own. */
public final class ArticleIds {

  private ArticleIds() {}

  /** Returns the first 16 hex characters of SHA-256 over {@code title + "\n" + text}. */
  public static String derive(String title, String text) {
    return Hashing.sha256()
        .hashString(title + "\n" + text, StandardCharsets.UTF_8)
        .toString()
        .substring(0, 16);
  }
}
