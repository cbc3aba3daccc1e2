package dev.llmgateway.admin.apigee.model;

import java.util.Locale;

/** The status of a developer; keys of inactive developers are rejected at runtime. */
public enum DeveloperStatus {
  /** {@code active}: the developer's approved keys work. */
  ACTIVE,
  /** {@code inactive}: the developer's keys are rejected. */
  INACTIVE;

  /**
   * Returns the wire value used as {@code action}, e.g. {@code active}.
   *
   * @return the lowercase name
   */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
