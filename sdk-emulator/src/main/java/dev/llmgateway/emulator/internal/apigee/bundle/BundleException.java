package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.List;

/** A proxy bundle that cannot be imported, with every violation found. */
public final class BundleException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<BundleViolation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, at least one
   */
  public BundleException(List<BundleViolation> violations) {
    super(violations.toString(), null, false, false);
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns the violations.
   *
   * @return the violations
   */
  public List<BundleViolation> violations() {
    return violations;
  }
}
