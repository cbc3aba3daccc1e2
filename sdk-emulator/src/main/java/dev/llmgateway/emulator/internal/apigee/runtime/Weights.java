package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.apigee.condition.VariableSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code MessageWeight} reference: an unset variable weighs 1, a non-integer is a fault.
 */
final class Weights {

  private Weights() {}

  /**
   * Returns the weight, or -1 when the value is not a non-negative integer.
   *
   * @param vars the flow variables
   * @param ref the variable, or null for weight 1
   * @return the weight, or -1
   */
  static long of(VariableSource vars, @Nullable String ref) {
    String value = ref == null ? null : vars.text(ref);
    if (value == null) {
      return 1;
    }
    try {
      long w = Long.parseLong(value.strip());
      return w < 0 ? -1 : w;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
