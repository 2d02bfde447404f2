package org.parley.evaluate;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One coded event as the evaluation sees it: source actor code, target actor code and CAMEO event
 * code, all strings (CAMEO codes keep their leading zeros); an actor code is "" when the side is
 * unknown.
 */
public record CodedEvent(String sourceCode, String targetCode, String cameoCode) {

  /** Checks that no field is null and that the CAMEO code is present. */
  public CodedEvent {
    Objects.requireNonNull(sourceCode, "sourceCode");
    Objects.requireNonNull(targetCode, "targetCode");
    Objects.requireNonNull(cameoCode, "cameoCode");
    if (cameoCode.isBlank()) {
      throw new IllegalArgumentException("CAMEO code must not be blank");
    }
  }

  /** Country of the source actor, see {@link CameoCodes#country(String)}. */
  public String sourceCountry() {
    return CameoCodes.country(sourceCode);
  }

  /** Country of the target actor, see {@link CameoCodes#country(String)}. */
  public String targetCountry() {
    return CameoCodes.country(targetCode);
  }

  /** Root of the CAMEO code, see {@link CameoCodes#root(String)}. */
  public String root() {
    return CameoCodes.root(cameoCode);
  }

  /**
   * Compact form used in error listings: {@code SOURCE TARGET CODE}, with "-" for an empty side.
   */
  public String brief() {
    return (sourceCode.isEmpty() ? "-" : sourceCode)
        + " "
        + (targetCode.isEmpty() ? "-" : targetCode)
        + " "
        + cameoCode;
  }

  /** The {@link #brief()} forms of several events joined by "; ". */
  public static String briefs(List<CodedEvent> events) {
    return events.stream().map(CodedEvent::brief).collect(Collectors.joining("; "));
  }
}
