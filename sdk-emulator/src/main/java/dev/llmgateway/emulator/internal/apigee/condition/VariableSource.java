package dev.llmgateway.emulator.internal.apigee.condition;

import org.jspecify.annotations.Nullable;

/** Resolves flow variables by name, for conditions and message templates. */
@FunctionalInterface
public interface VariableSource {

  /**
   * Returns the value of a flow variable.
   *
   * @param name the variable name, e.g. {@code request.header.x-api-key}
   * @return the value, or null when the variable is not set
   */
  @Nullable Object get(String name);

  /**
   * Returns the value as a string: {@code String.valueOf} of the value, or null.
   *
   * @param name the variable name
   * @return the text, or null when the variable is not set
   */
  default @Nullable String text(String name) {
    Object v = get(name);
    return v == null ? null : String.valueOf(v);
  }
}
