package org.parley.coding;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * One verb or noun pattern: a head lemma, the other lemmas that must be its dependents, and where the
 * target comes from.
 *
 * @param id entry id cited in the events table ("verb:040:meet with *")
 * @param code CAMEO event code with leading zeros
 * @param head lemma of the verb or noun
 * @param required lemmas (particles, prepositions, object or complement lemmas) that must be present
 * @param targetPreposition preposition that introduces the target, "" for the direct object, null when
 *     the pattern has no target slot
 */
public record ActionPattern(
    String id, String code, String head, List<String> required, String targetPreposition)
    implements Serializable {

  /** Prepositions that can introduce a target in a pattern ("meet with *"). */
  static final Set<String> PREPOSITIONS = Set.of(
      "with", "to", "on", "against", "of", "for", "from", "at", "in", "into", "over", "about",
      "toward", "towards", "by", "upon", "between", "among", "across", "through", "onto", "off",
      "inside", "within", "near", "around", "behind", "under", "out", "outside", "like", "amid");

  /** Parses a pattern such as "impose sanction on *"; the file name and line go into errors. */
  static ActionPattern parse(String kind, String code, String pattern, String where) {
    String[] words = pattern.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    if (words.length == 0 || words[0].isEmpty() || words[0].equals("*")) {
      throw new DictionaryException(where + ": pattern '" + pattern + "' must start with a lemma");
    }
    String targetPreposition = null;
    List<String> required = new java.util.ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (w.equals("*")) {
        if (targetPreposition != null) {
          throw new DictionaryException(where + ": pattern '" + pattern + "' has two targets");
        }
        String previous = i > 1 ? words[i - 1] : null;
        if (previous != null && PREPOSITIONS.contains(previous) && !previous.equals("*")) {
          targetPreposition = previous;
          required.remove(required.size() - 1);
        } else {
          targetPreposition = "";
        }
      } else {
        required.add(w);
      }
    }
    return new ActionPattern(
        kind + ":" + code + ":" + pattern.strip(), code, words[0], List.copyOf(required), targetPreposition);
  }

  /** True when the pattern names where its target is. */
  public boolean hasTarget() {
    return targetPreposition != null;
  }

  /** Specificity used to choose among matching patterns: more words wins. */
  public int specificity() {
    return required.size() + (hasTarget() ? 1 : 0);
  }

  /** True for a pattern that says this sense of the word is not an event ("fight * election"). */
  public boolean blocks() {
    return code.equals(ActionDictionary.NOT_AN_EVENT);
  }
}
